using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrator.Core.Model;

namespace Migrator.Astro.Export;

/// <summary>
/// The site-wide files of an Astro site (docs/astro.md#the-site-files): the configuration, the content schema, the two
/// routes that give every entry its page at its permalink, the one function that writes a page, the site's data, a
/// home page listing the posts (unless an item is the front page), and a <c>package.json</c> naming Astro.
/// </summary>
internal static class AstroSiteFiles
{
    public const string Package = """
        {
          "private": true,
          "type": "module",
          "scripts": {
            "build": "astro build",
            "dev": "astro dev"
          },
          "dependencies": {
            "astro": "^7.3.5"
          }
        }

        """;

    /// <summary>The content schema: every field the writer puts in front matter, typed; the source's own fields pass through.</summary>
    public const string ContentConfig = """
        // Written by Migrator (docs/astro.md in its repository): the migrated items and their comments.
        import { defineCollection } from "astro:content";
        import { glob } from "astro/loaders";
        import { z } from "astro/zod";

        // An entry's id is its path without the extension (posts/hello-world), the same in both collections.
        const id = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, "");
        const names = z.array(z.string()).default([]);

        const items = defineCollection({
          loader: glob({ pattern: "**/*.md", base: "./src/content/items", generateId: id }),
          schema: z.looseObject({
            title: z.string(),
            date: z.coerce.date().optional(),
            updated: z.coerce.date().optional(),
            // The old address's path, decoded; null for an item that is not published.
            permalink: z.string().nullable(),
            draft: z.boolean().default(false),
            kind: z.string(),
            tags: names,
            categories: names,
            excerpt: z.string().optional(),
            author: z.string().optional(),
            wp_slug: z.string(),
            image: z.string().optional(),
            disqus_identifier: z.string().optional(),
            disqus_url: z.string().optional(),
            dsq_thread_id: z.union([z.string(), z.array(z.string())]).optional(),
            wordpress_id: z.number().optional(),
            post_format: z.string().optional(),
            meta: z.record(z.string(), z.unknown()).optional(),
          }),
        });

        const comments = defineCollection({
          loader: glob({ pattern: "**/*.json", base: "./src/content/comments", generateId: id }),
          schema: z.object({
            comments: z.array(z.looseObject({
              id: z.number(),
              parent: z.number(),
              author: z.string(),
              author_url: z.string().optional(),
              date: z.string().optional(),
              content: z.string(),
              type: z.string(),
            })),
          }),
        });

        export const collections = { items, comments };

        """;

    /// <summary>The published entries and the page of one: every value escaped, the body and comments as the HTML they are.</summary>
    public const string PageLibrary = """
        // Written by Migrator (docs/astro.md in its repository): the published entries, and the page of one.
        import { getCollection } from "astro:content";
        import site from "../site.json";

        const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

        /** Every item with a permalink, with its comments. */
        export async function published() {
          const threads = new Map((await getCollection("comments")).map((thread) => [thread.id, thread.data.comments]));
          const items = await getCollection("items", (entry) => entry.data.permalink !== null);
          return items.map((entry) => ({ entry, comments: threads.get(entry.id) ?? [] }));
        }

        /** The page of one item: title, author, body, categories and tags, comments. */
        export function page(entry, comments) {
          const data = entry.data;
          const terms = [...data.categories.map((n) => `<span class="category">${escape(n)}</span>`), ...data.tags.map((n) => `<span class="tag">${escape(n)}</span>`)];
          const thread = comments.map((c) => `<article class="comment" id="comment-${escape(c.id)}">
        <p><strong>${c.author_url ? `<a href="${escape(c.author_url)}" rel="nofollow ugc">${escape(c.author)}</a>` : escape(c.author)}</strong>${c.date ? ` <time datetime="${escape(c.date)}">${escape(c.date.slice(0, 10))}</time>` : ""}${c.parent ? ` <a href="#comment-${escape(c.parent)}">(reply)</a>` : ""}</p>
        ${c.content}
        </article>`);
          return `<!doctype html>
        <html lang="${escape(site.language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>${escape(data.title)} | ${escape(site.title)}</title>
        </head>
        <body>
        <header><a href="/">${escape(site.title)}</a></header>
        <main>
        <article>
        <h1>${escape(data.title)}</h1>
        ${data.kind === "post" && data.author ? `<p class="author">${escape(data.author)}</p>` : ""}
        ${entry.rendered?.html ?? ""}
        ${terms.length ? `<p class="terms">${terms.join(" ")}</p>` : ""}
        </article>
        ${thread.length ? `<section class="comments">\n<h2>Comments</h2>\n${thread.join("\n")}\n</section>` : ""}
        </main>
        </body>
        </html>
        `;
        }

        """;

    /// <summary>Pages at addresses ending in <c>/</c> (<c>/2020/01/02/hello/</c> → <c>dist/2020/01/02/hello/index.html</c>).</summary>
    public const string FolderRoute = """
        ---
        // Written by Migrator (docs/astro.md in its repository): every item whose address ends in "/".
        import { published, page } from "../lib/page.js";

        export async function getStaticPaths() {
          return (await published())
            .filter(({ entry }) => entry.data.permalink.endsWith("/"))
            .map(({ entry, comments }) => ({ params: { path: entry.data.permalink.replace(/^\/+|\/+$/g, "") || undefined }, props: { entry, comments } }));
        }

        const { entry, comments } = Astro.props;
        ---
        <Fragment set:html={page(entry, comments)} />

        """;

    /// <summary>Pages at addresses naming a file (<c>/old-page.html</c>, <c>/2020/01/notes</c>), written as that very file.</summary>
    public const string FileRoute = """
        // Written by Migrator (docs/astro.md in its repository): every item whose address names a file
        // (/old-page.html, /2020/01/notes), written as that file; a page route would make it a folder.
        import { published, page } from "../lib/page.js";

        export async function getStaticPaths() {
          return (await published())
            .filter(({ entry }) => !entry.data.permalink.endsWith("/"))
            .map(({ entry, comments }) => ({ params: { file: entry.data.permalink.replace(/^\/+/, "") }, props: { entry, comments } }));
        }

        export function GET({ props }) {
          return new Response(page(props.entry, props.comments), { headers: { "Content-Type": "text/html; charset=utf-8" } });
        }

        """;

    /// <summary>The home page when no item is the old front page: the posts, newest first.</summary>
    public const string Home = """
        ---
        // Written by Migrator (docs/astro.md in its repository): the posts, newest first.
        import { getCollection } from "astro:content";
        import site from "../site.json";

        const posts = (await getCollection("items", (entry) => entry.data.permalink !== null && entry.data.kind === "post"))
          .sort((a, b) => (b.data.date?.valueOf() ?? 0) - (a.data.date?.valueOf() ?? 0));
        ---
        <html lang={site.language}>
        <head><meta charset="utf-8"><title>{site.title}</title></head>
        <body>
        <header><a href="/">{site.title}</a></header>
        <main>
        <ul>
        {posts.map((post) => <li><a href={encodeURI(post.data.permalink)}>{post.data.title}</a></li>)}
        </ul>
        </main>
        </body>
        </html>

        """;

    /// <summary><c>astro.config.mjs</c>: the site's address, addresses as written, no typographic quotes.</summary>
    public static string Config(string? siteUrl)
    {
        var site = Uri.TryCreate(siteUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"  site: {JsonSerializer.Serialize(uri.AbsoluteUri.TrimEnd('/'))},\n"
            : "";
        return "// Written by Migrator (docs/astro.md in its repository). Build with: npx astro build\n"
            + "import { defineConfig } from \"astro/config\";\n\n"
            + "export default defineConfig({\n"
            + site
            + "  // Old addresses are kept as they were, with or without a final slash.\n"
            + "  trailingSlash: \"ignore\",\n"
            + "  build: { format: \"directory\" },\n"
            + "  // The text is the old site's: no quotes or dashes turned typographic.\n"
            + "  markdown: { smartypants: false },\n"
            + "});\n";
    }

    /// <summary><c>src/site.json</c>: the site's title, address and language, for the pages.</summary>
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
        ("package.json", Package),
        ("src/content.config.ts", ContentConfig),
        ("src/lib/page.js", PageLibrary),
        ("src/pages/[...path].astro", FolderRoute),
        ("src/pages/[...file].js", FileRoute),
    ];
}
