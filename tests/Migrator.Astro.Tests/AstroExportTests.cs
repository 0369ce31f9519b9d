using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.PermalinkSites;
using Migrator.Core.Pipeline;
using Migrator.Astro.Export;
using Migrator.Testing;

namespace Migrator.Astro.Tests;

/// <summary>
/// The Astro writer: what each item becomes (permalinks keep old addresses, drafts get no page, keys Migrator writes or
/// Astro reads are renamed in the source) and, with the real Astro (skipped when absent), that the site builds, every
/// front matter passing the content schema, every page at its address, no body text run as a template.
/// </summary>
public sealed class AstroExportTests
{
    private static readonly TimeSpan Plus1 = TimeSpan.FromHours(1);

    internal static Site Example { get; } = new() { Title = "Example Blog", Url = "http://example.com", Language = "en-US" };

    internal static Post Classic(string slug = "hello-world", string title = "Hello World", string? link = null, long id = 12) => new()
    {
        Source = new SourceRef("export.xml", (int)id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Id = id,
        Type = PostTypes.Post,
        Title = title,
        Slug = slug,
        Date = new DateTimeOffset(2020, 1, 2, 10, 0, 0, Plus1),
        Link = link ?? $"http://example.com/2020/01/02/{slug}/",
        Content = new Body("<p>Hello.</p>\n", BodyFormat.Html),
    };

    /// <summary>The site: each item and the URL path Astro must serve it at (null: not published).</summary>
    internal static IReadOnlyList<(Post Post, string? ExpectedPath)> Model()
    {
        var hello = Classic() with
        {
            Content = new Body("<p>Summary.</p>\n<!--more-->\n<p>With <figure><img src=\"/a.png\" alt=\"a\"></figure> and a table.</p>\n", BodyFormat.Html),
            Terms = [new TermRef(Taxonomies.Category, "news", "News"), new TermRef(Taxonomies.Tag, "c-sharp", "C#")],
            Comments =
            [
                new Comment { Id = 1, Author = "Ann <b>", AuthorEmail = "ann@example.com", Content = "Nice.", Date = new DateTimeOffset(2020, 1, 3, 9, 0, 0, Plus1) },
                new Comment { Id = 2, Author = "Spam", Status = CommentStatus.Spam, StatusWord = "spam", Content = "Buy." },
            ],
        };
        var templates = Classic("templates", "Braces {{ title }} {% raw %}", id: 20) with
        {
            Link = "http://example.com/2020/01/03/templates/",
            Content = new Body("<p>Liquid {{ x }} and {% y %} and {{ 'a' | upcase }}; Nunjucks {# c #}.</p>\n", BodyFormat.Html),
            Extra =
            [
                new("permalink", "/elsewhere/"), new("slug", "other"), new("title", 3), new("tags", "x"),
                new("layout", "none"), new("mood", "calm"),
            ],
        };
        // A relative image Astro would look for among the project's files, failing the build (AST001).
        var about = Classic("about", "About", "http://example.com/about/", 30) with
        {
            Type = PostTypes.Page,
            Content = new Body("<p>Us: <img src=\"../images/us.png\" alt=\"us\"></p>\n", BodyFormat.Html),
        };
        var draft = Classic("", "My Draft", id: 40) with { Status = PublicationStatus.Draft, StatusWord = "draft", Link = null };
        var japanese = Classic("%e6%97%a5%e6%9c%ac", "日本について", "http://example.com/2020/03/04/%e6%97%a5%e6%9c%ac/", 50);
        var noExtension = Classic("notes", "Notes", "http://example.com/2020/01/notes", 60);
        var html = Classic("old-page", "Old page", "http://example.com/old-page.html", 70) with { Type = PostTypes.Page };
        var fromQuery = Classic("from-query", "From Query", "http://example.com/?p=80", 80);
        var twin = Classic("hello-world", "Same address", id: 90);
        return
        [
            (hello, "/2020/01/02/hello-world/"),
            (templates, "/2020/01/03/templates/"),
            (about, "/about/"),
            (draft, null),
            (japanese, "/2020/03/04/日本/"),
            (noExtension, "/2020/01/notes"),
            (html, "/old-page.html"),
            (fromQuery, "/2020/01/02/from-query/"),
            (twin, "/2020/01/02/hello-world-2/"),
        ];
    }

    internal static (IReadOnlyList<ExportPlan> Plans, DiagnosticBag Diagnostics) Export(string folder, IEnumerable<Post> posts, PermalinkSiteOptions? options = null, Site? site = null)
    {
        var diagnostics = new DiagnosticBag();
        var session = new AstroExporter(options ?? new PermalinkSiteOptions()).Begin(site ?? Example, new OutputFolder(folder), diagnostics);
        var plans = posts.Select(p => session.Commit(session.Plan(p, diagnostics), diagnostics)).ToList();
        session.Complete(diagnostics);
        return (plans, diagnostics);
    }

    [Fact]
    public void Items_keep_their_old_addresses_as_permalinks_and_report_what_they_could_not_keep()
    {
        using var temp = Corpus.NewTempFolder();
        var model = Model();
        var (plans, diagnostics) = Export(temp.Path, model.Select(m => m.Post));
        for (var i = 0; i < model.Count; i++)
        {
            var plan = Assert.IsType<PermalinkWritePlan>(plans[i]);
            Assert.Equal(model[i].ExpectedPath, plan.Permalink);
        }
        Assert.Equal("http://example.com/2020/03/04/%E6%97%A5%E6%9C%AC/", ((WritePlan)plans[4]).NewUrl);
        Assert.Null(((WritePlan)plans[3]).NewUrl);
        Assert.Contains(diagnostics.Items, d => d.Code == "SIT001" && d.Message.Contains("/2020/01/02/from-query/", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == "SIT002" && d.Message.Contains("hello-world-2", StringComparison.Ordinal));
        // The second hello-world also had the first one's file name.
        Assert.Equal("src/content/items/posts/hello-world-2.md", ((WritePlan)plans[8]).OutputPath);

        var draft = File.ReadAllText(temp.Combine("src", "content", "items", "posts", "my-draft.md"));
        Assert.Contains("permalink: null\ndraft: true\n", draft, StringComparison.Ordinal);
        var templates = File.ReadAllText(temp.Combine("src", "content", "items", "posts", "templates.md"));
        Assert.Contains("source_permalink: \"/elsewhere/\"", templates, StringComparison.Ordinal);
        Assert.Contains("source_slug:", templates, StringComparison.Ordinal);
        Assert.Contains("source_title: 3", templates, StringComparison.Ordinal);
        Assert.Contains("\nmood: \"calm\"", templates, StringComparison.Ordinal);
        Assert.Equal(5, diagnostics.Items.Count(d => d.Code == "SIT003"));
    }

    [Fact]
    public void Relative_images_are_resolved_against_the_old_address_and_said_so()
    {
        using var temp = Corpus.NewTempFolder();
        var (plans, diagnostics) = Export(temp.Path, [Model()[2].Post]);
        var text = ((WritePlan)plans[0]).Files[0].Content;
        Assert.Contains("![us](/images/us.png)", text, StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == "AST001" && d.Message.Contains("../images/us.png", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_are_template_data_beside_the_post_without_visitors_addresses()
    {
        using var temp = Corpus.NewTempFolder();
        var (plans, _) = Export(temp.Path, [Model()[0].Post]);
        Assert.Equal(1, ((WritePlan)plans[0]).CommentsWritten);
        var data = File.ReadAllText(temp.Combine("src", "content", "comments", "posts", "hello-world.json"));
        Assert.Contains("\"author\": \"Ann <b>\"", data, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2020-01-03T09:00:00+01:00\"", data, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.com", data, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy.", data, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_site_under_a_folder_the_permalink_is_below_it_and_the_address_keeps_it()
    {
        using var temp = Corpus.NewTempFolder();
        var site = Example with { Url = "http://example.com/blog" };
        var (plans, _) = Export(temp.Path, [Classic(link: "http://example.com/blog/2020/01/02/hello-world/")], site: site);
        var plan = Assert.IsType<PermalinkWritePlan>(plans[0]);
        Assert.Equal("/2020/01/02/hello-world/", plan.Permalink);
        Assert.Equal("http://example.com/blog/2020/01/02/hello-world/", plan.NewUrl);
    }

    [Fact]
    public void HTML_bodies_are_written_as_Markdown_and_said_so()
    {
        using var temp = Corpus.NewTempFolder();
        var (plans, diagnostics) = Export(temp.Path, [Classic()], new PermalinkSiteOptions { Body = BodyMode.Html });
        Assert.EndsWith(".md", ((WritePlan)plans[0]).OutputPath, StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == "SIT006");
    }

    [Fact]
    public void The_real_Astro_builds_the_site_with_every_page_at_its_address_and_no_body_run_as_a_template()
    {
        NodeSiteBuild.RequireAstro();
        using var temp = Corpus.NewTempFolder();
        var model = Model();
        Export(temp.Path, model.Select(m => m.Post));
        var build = NodeSiteBuild.Astro(temp.Path);
        Assert.True(build.ExitCode == 0, build.ToString());
        var built = temp.Combine("dist");

        foreach (var (post, path) in model.Where(m => m.ExpectedPath is not null))
        {
            var page = NodeSiteBuild.PageFile(built, path!);
            Assert.True(File.Exists(page), $"'{post.Title}' is not at {path}");
            Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(post.Title)}</h1>", File.ReadAllText(page), StringComparison.Ordinal);
        }
        var pages = Directory.GetFiles(built, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(pages, p => File.ReadAllText(p).Contains("My Draft", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(built, "elsewhere")));

        var templates = System.Net.WebUtility.HtmlDecode(File.ReadAllText(NodeSiteBuild.PageFile(built, "/2020/01/03/templates/")));
        Assert.Contains("Liquid {{ x }} and {% y %} and {{ 'a' | upcase }}; Nunjucks {# c #}.", templates, StringComparison.Ordinal);
        Assert.Contains("<h1>Braces {{ title }} {% raw %}</h1>", templates, StringComparison.Ordinal);
        Assert.Contains("<h1>Old page</h1>", File.ReadAllText(Path.Combine(built, "old-page.html")), StringComparison.Ordinal);

        var hello = File.ReadAllText(NodeSiteBuild.PageFile(built, "/2020/01/02/hello-world/"));
        Assert.Contains("<figure><img src=\"/a.png\" alt=\"a\"", hello, StringComparison.Ordinal);
        Assert.Contains("<section class=\"comments\">", hello, StringComparison.Ordinal);
        Assert.Contains("<strong>Ann &lt;b&gt;</strong>", hello, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy.", hello, StringComparison.Ordinal);
        Assert.Contains("<span class=\"category\">News</span>", hello, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">C#</span>", hello, StringComparison.Ordinal);

        // The home page lists the posts (no item was the old front page).
        var home = File.ReadAllText(Path.Combine(built, "index.html"));
        Assert.Contains("href=\"/2020/01/02/hello-world/\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/2020/03/04/%E6%97%A5%E6%9C%AC/\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/about/", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_public_are_served_at_the_site_root_and_an_old_front_page_is_the_home_page()
    {
        NodeSiteBuild.RequireAstro();
        using var temp = Corpus.NewTempFolder();
        var front = Classic("home", "Welcome", "http://example.com/", 5) with { Type = PostTypes.Page };
        Export(temp.Path, [front, Classic()]);
        Directory.CreateDirectory(temp.Combine("public", "wp-content", "uploads"));
        File.WriteAllText(temp.Combine("public", "wp-content", "uploads", "a.txt"), "a");
        File.WriteAllText(temp.Combine("public", ".htaccess"), "# rules");
        File.WriteAllText(temp.Combine("public", "_redirects"), "/old /new 301");
        var build = NodeSiteBuild.Astro(temp.Path);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(File.Exists(temp.Combine("src", "pages", "index.astro")));
        Assert.Contains("<h1>Welcome</h1>", File.ReadAllText(temp.Combine("dist", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("dist", "wp-content", "uploads", "a.txt")));
        Assert.True(File.Exists(temp.Combine("dist", ".htaccess")));
        Assert.True(File.Exists(temp.Combine("dist", "_redirects")));
    }
}
