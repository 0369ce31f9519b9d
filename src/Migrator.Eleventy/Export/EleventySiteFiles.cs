using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrator.Core.Model;

namespace Migrator.Eleventy.Export;

/// <summary>
/// The site-wide files of an Eleventy site that builds with no theme (docs/eleventy.md#the-site-files): the
/// configuration, one layout, the site's data, a home page listing the posts (unless an item is the front page), and a
/// <c>package.json</c> naming Eleventy 3.
/// </summary>
internal static class EleventySiteFiles
{
    /// <summary>
    /// CommonJS, so it loads whatever the owner's <c>package.json</c> says of modules. Template engines never run over
    /// the content files (Markdown and HTML), permalinks are taken as written, <c>public/</c> is copied to the site root
    /// as it is, and categories are a collection of their own (tags are Eleventy's own collections).
    /// </summary>
    public const string Config = """
        // Written by Migrator (docs/eleventy.md in its repository). Build with: npx @11ty/eleventy
        module.exports = function (eleventyConfig) {
          // Bodies came from another site: no template engine runs over them, and permalinks are used as written.
          eleventyConfig.setDynamicPermalinks(false);
          // Old addresses without an extension (/2020/01/notes) are kept as they were.
          eleventyConfig.configureErrorReporting({ allowMissingExtensions: true });
          // Files served as they are (media, _redirects, .htaccess) are copied to the site root.
          eleventyConfig.addPassthroughCopy({ public: "/" });

          // collections.posts: the migrated posts, newest first.
          eleventyConfig.addCollection("posts", (api) =>
            api.getAll().filter((item) => item.data.kind === "post").sort((a, b) => b.date - a.date));
          // collections.categories: { "Category name": [items…] }; tags are Eleventy's own collections (collections["tag"]).
          eleventyConfig.addCollection("categories", (api) => {
            const byName = {};
            for (const item of api.getAll()) {
              for (const name of [].concat(item.data.categories || [])) {
                (byName[name] = byName[name] || []).push(item);
              }
            }
            return byName;
          });

          return {
            dir: { input: "content", includes: "_includes", data: "_data", output: "_site" },
            templateFormats: ["md", "html", "liquid"],
            markdownTemplateEngine: false,
            htmlTemplateEngine: false,
          };
        };

        """;

    /// <summary>The one layout: title, author, body, terms and the imported comments; every value escaped, the body and comments as HTML.</summary>
    public const string Layout = """
        <!doctype html>
        <html lang="{{ site.language | default: "en" }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ title | escape }} | {{ site.title | escape }}</title>
        </head>
        <body>
        <header><a href="/">{{ site.title | escape }}</a></header>
        <main>
        <article>
        <h1>{{ title | escape }}</h1>
        {% if kind == "post" and author %}<p class="author">{{ author | escape }}</p>{% endif %}
        {{ content }}
        {% if categories or tags %}<p class="terms">{% for name in categories %}<span class="category">{{ name | escape }}</span> {% endfor %}{% for name in tags %}<span class="tag">{{ name | escape }}</span> {% endfor %}</p>{% endif %}
        </article>
        {% if comments %}<section class="comments">
        <h2>Comments</h2>
        {% for c in comments %}<article class="comment" id="comment-{{ c.id }}">
        <p><strong>{% if c.author_url %}<a href="{{ c.author_url | escape }}" rel="nofollow ugc">{{ c.author | escape }}</a>{% else %}{{ c.author | escape }}{% endif %}</strong>{% if c.date %} <time datetime="{{ c.date | escape }}">{{ c.date | slice: 0, 10 }}</time>{% endif %}{% if c.parent and c.parent != 0 %} <a href="#comment-{{ c.parent }}">(reply)</a>{% endif %}</p>
        {{ c.content }}
        </article>
        {% endfor %}</section>{% endif %}
        </main>
        </body>
        </html>

        """;

    /// <summary>The home page when no item is the old front page: the posts, newest first.</summary>
    public const string Home = """
        ---
        permalink: /
        title: Home
        eleventyExcludeFromCollections: true
        ---
        <!doctype html>
        <html lang="{{ site.language | default: "en" }}">
        <head><meta charset="utf-8"><title>{{ site.title | escape }}</title></head>
        <body>
        <header><a href="/">{{ site.title | escape }}</a></header>
        <main>
        <ul>
        {% for post in collections.posts %}<li><a href="{{ post.url | escape }}">{{ post.data.title | escape }}</a></li>
        {% endfor %}</ul>
        </main>
        </body>
        </html>

        """;

    public const string Package = """
        {
          "private": true,
          "scripts": {
            "build": "eleventy",
            "start": "eleventy --serve"
          },
          "devDependencies": {
            "@11ty/eleventy": "^3.1.8"
          }
        }

        """;

    /// <summary><c>content/_data/site.json</c>: the site's title, address and language, for the layout.</summary>
    public static string SiteData(Site site, string? url)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Title ?? "");
            json.WriteString("url", url ?? "");
            json.WriteString("language", string.IsNullOrEmpty(site.Language) ? "en" : site.Language);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Every fixed file, by path relative to the output folder.</summary>
    public static IReadOnlyList<(string Path, string Content)> Fixed { get; } =
    [
        ("eleventy.config.js", Config),
        ("package.json", Package),
        (EleventySite.InputFolder + "/_includes/" + EleventySite.Layout, Layout),
    ];
}
