using Migrator.Core.FrontMatter;

namespace Migrator.Jekyll.Export;

/// <summary>
/// The minimal theme written with every export, so the site builds without a theme gem: <c>_layouts/default.html</c>,
/// <c>post.html</c>, <c>page.html</c>, <c>_includes/comments.html</c> (the comments in <c>_data/comments</c>), and,
/// when the site had Disqus threads, <c>_includes/disqus.html</c>, which sends <c>page.disqus_identifier</c> and
/// <c>page.disqus_url</c> so the old threads stay attached (docs/disqus.md#how-disqus-finds-a-thread, docs/disqus.md#what-themes-send).
/// </summary>
internal static class JekyllTemplates
{
    public const string DefaultLayout = """
        <!DOCTYPE html>
        <html lang="{{ site.lang | default: 'en' }}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
          {% if site.description %}<meta name="description" content="{{ site.description | escape }}">{% endif %}
        </head>
        <body>
          <header><a href="{{ '/' | relative_url }}">{{ site.title | escape }}</a></header>
          <main>
        {{ content }}
          </main>
        </body>
        </html>

        """;

    public static string PostLayout(bool withDisqus) => Layout("default") + """
        <article>
          <h1>{{ page.title | escape }}</h1>
          <p><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%Y-%m-%d" }}</time>{% if page.author %} · {{ page.author | escape }}{% endif %}</p>
        {{ content }}
        </article>
        {% include comments.html %}

        """ + (withDisqus ? "{% include disqus.html %}\n" : "");

    public static string PageLayout(bool withDisqus) => Layout("default") + """
        <article>
          <h1>{{ page.title | escape }}</h1>
        {{ content }}
        </article>
        {% include comments.html %}

        """ + (withDisqus ? "{% include disqus.html %}\n" : "");

    /// <summary>A collection's own layout, so a theme can style it; it looks like a post.</summary>
    public static string CollectionLayout() => Layout("post") + "{{ content }}\n";

    public const string CommentsInclude = """
        {% assign comment_data = site.data.comments[page.comments_key] %}
        {% if comment_data and comment_data.comments.size > 0 %}
        <section class="comments">
          <h2>Comments</h2>
          {% for c in comment_data.comments %}
          <article class="comment" id="comment-{{ c.id }}">
            <p><strong>{% if c.author_url %}<a href="{{ c.author_url | escape }}" rel="nofollow ugc">{{ c.author | escape }}</a>{% else %}{{ c.author | escape }}{% endif %}</strong>
            {% if c.date %}<time datetime="{{ c.date | date_to_xmlschema }}">{{ c.date | date: "%Y-%m-%d %H:%M" }}</time>{% endif %}
            {% if c.parent != 0 %}<a href="#comment-{{ c.parent }}">(reply)</a>{% endif %}</p>
            {{ c.content | newline_to_br }}
          </article>
          {% endfor %}
        </section>
        {% endif %}

        """;

    public const string DisqusInclude = """
        {% if site.disqus.shortname and site.disqus.shortname != "" %}
        <div id="disqus_thread"></div>
        <script>
          var disqus_config = function () {
            this.page.url = {{ page.disqus_url | default: page.url | absolute_url | jsonify }};
            {% if page.disqus_identifier %}this.page.identifier = {{ page.disqus_identifier | jsonify }};{% endif %}
          };
          (function () {
            var d = document, s = d.createElement('script');
            s.src = 'https://{{ site.disqus.shortname }}.disqus.com/embed.js';
            s.setAttribute('data-timestamp', +new Date());
            (d.head || d.body).appendChild(s);
          })();
        </script>
        {% endif %}

        """;

    /// <summary>The home page, written when no page claims <c>/</c>: the posts, newest first.</summary>
    public static string Index() => Layout("default") + """
        <ul class="posts">
          {% for post in site.posts %}
          <li><a href="{{ post.url | relative_url }}">{{ post.title | default: "(untitled)" | escape }}</a> <time datetime="{{ post.date | date_to_xmlschema }}">{{ post.date | date: "%Y-%m-%d" }}</time></li>
          {% endfor %}
        </ul>

        """;

    private static string Layout(string parent) => FrontMatterWriter.Write([new("layout", parent)]);
}
