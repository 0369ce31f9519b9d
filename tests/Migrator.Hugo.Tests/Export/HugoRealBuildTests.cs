using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Export;

/// <summary>
/// Exports a small site and builds it with the real Hugo (skipped when <c>hugo</c> is not installed): the build must
/// succeed with no theme, every page must be at its expected URL, and every alias must redirect to its page.
/// </summary>
public sealed class HugoRealBuildTests
{
    private static readonly TimeSpan Plus1 = TimeSpan.FromHours(1);
    private const string TrickyTitle = "Yes: \"quoted\" \\ back # hash {{< x >}} ---";

    /// <summary>The site: what each post is, and the URL path Hugo must serve it at.</summary>
    internal static IReadOnlyList<(Post Post, string? ExpectedPath)> Model()
    {
        var hello = Posts.Classic() with
        {
            Content = new Body("<p>Summary here.</p>\n<!--more-->\n<p>The rest, with <figure><img src=\"/a.png\" alt=\"a\"></figure>.</p>\n", BodyFormat.Html),
            Terms = [new TermRef(Taxonomies.Category, "news", "News"), new TermRef(Taxonomies.Tag, "c-sharp", "C#")],
            Thread = new ThreadIdentity(["948010227"], "12 http://example.com/?p=12", "http://example.com/2020/01/02/hello-world/"),
            Comments =
            [
                new Comment { Id = 1, Author = "Ann", AuthorEmail = "ann@example.com", Content = "Nice.", Date = new DateTimeOffset(2020, 1, 3, 9, 0, 0, Plus1) },
                new Comment { Id = 2, Author = "Spam", Status = CommentStatus.Spam, StatusWord = "spam", Content = "Buy." },
            ],
        };
        var about = Page("about", "About Us", "http://example.com/about/", 20);
        var team = Page("team", "Team", "http://example.com/about/team/", 21) with { ParentId = 20 };
        var draft = Posts.Classic(slug: "", title: "My Draft") with
        {
            Id = 30, Status = PublicationStatus.Draft, StatusWord = "draft", Link = null, Source = new SourceRef("export.xml", 30, "30"),
        };
        var renamed = Posts.Classic(slug: "new-name", title: "Renamed") with
        {
            Id = 40, Date = new DateTimeOffset(2020, 2, 3, 8, 0, 0, Plus1), Link = "http://example.com/2020/02/03/new-name/",
            OldSlugs = ["old-name"],
            Meta = [new MetaEntry("_wp_old_slug", "old-name"), new MetaEntry("_edit_lock", "1580000000:1")],
            Source = new SourceRef("export.xml", 40, "40"),
        };
        var japanese = Posts.Classic(slug: "日本", title: "日本について") with
        {
            Id = 50, Date = new DateTimeOffset(2020, 3, 4, 8, 0, 0, Plus1), Link = "http://example.com/2020/03/04/%e6%97%a5%e6%9c%ac/",
            Source = new SourceRef("export.xml", 50, "50"),
        };
        var tricky = Posts.Classic(slug: "tricky", title: TrickyTitle) with
        {
            Id = 60, Date = new DateTimeOffset(2020, 4, 5, 8, 0, 0, Plus1), Link = "http://example.com/2020/04/05/tricky/",
            Content = new Body("<p>Use {{< youtube abc >}} and {{% notice %}}x{{% /notice %}}, or {{< broken.</p>\n", BodyFormat.Html),
            Source = new SourceRef("export.xml", 60, "60"),
        };
        var fromQuery = Posts.Classic(slug: "from-query", title: "From Query") with
        {
            Id = 70, Date = new DateTimeOffset(2020, 5, 6, 23, 30, 0, TimeSpan.FromHours(-5)), Link = "http://example.com/?p=70",
            Source = new SourceRef("export.xml", 70, "70"),
        };
        var mixedCase = Posts.Classic(slug: "Hello-Case", title: "Mixed Case") with
        {
            Id = 80, Date = new DateTimeOffset(2020, 6, 7, 8, 0, 0, Plus1), Link = "http://example.com/2020/06/07/Hello-Case/",
            Source = new SourceRef("export.xml", 80, "80"),
        };
        return
        [
            (hello, "/2020/01/02/hello-world/"),
            (about, "/about/"),
            (team, "/about/team/"),
            (draft, null),
            (renamed, "/2020/02/03/new-name/"),
            (japanese, "/2020/03/04/日本/"),
            (tricky, "/2020/04/05/tricky/"),
            // No usable old URL: Hugo's permalink, with the date's own offset deciding the day.
            (fromQuery, "/2020/05/06/from-query/"),
            (mixedCase, "/2020/06/07/Hello-Case/"),
        ];
    }

    private static Post Page(string slug, string title, string link, long id) => new()
    {
        Source = new SourceRef("export.xml", (int)id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Id = id,
        Type = PostTypes.Page,
        Title = title,
        Slug = slug,
        Date = new DateTimeOffset(2019, 12, 1, 12, 0, 0, Plus1),
        Link = link,
        Content = new Body($"<p>{title} page.</p>\n", BodyFormat.Html),
    };

    public static TheoryData<FrontMatterSyntax, BodyMode, bool> Variants => new()
    {
        { FrontMatterSyntax.Yaml, BodyMode.Markdown, false },
        { FrontMatterSyntax.Toml, BodyMode.Markdown, false },
        { FrontMatterSyntax.Yaml, BodyMode.Html, true },
        { FrontMatterSyntax.Toml, BodyMode.Html, true },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Exported_site_builds_with_no_theme_and_serves_every_page_at_its_url(FrontMatterSyntax syntax, BodyMode body, bool bundles)
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var model = Model();
        var options = new HugoExportOptions { FrontMatter = syntax, Body = body, Bundles = bundles };
        var run = ExportRun.Into(temp.Path, Sites.Example, model.Select(m => m.Post), options);
        Assert.All(run.Plans, p => Assert.IsType<HugoWritePlan>(p));

        var publicDir = temp.Combine("public");
        var build = HugoBuild.Build(temp.Path, publicDir);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("WARN", build.Output + build.Errors, StringComparison.Ordinal);

        foreach (var (post, path) in model.Where(m => m.ExpectedPath is not null))
        {
            var page = Path.Combine(publicDir, path!.Trim('/'), "index.html");
            Assert.True(File.Exists(page), $"'{post.Title}' is not at {path}");
            Assert.Contains($"<h1>{post.Title}</h1>", System.Net.WebUtility.HtmlDecode(File.ReadAllText(page)), StringComparison.Ordinal);
        }
        // The draft is kept in content but not published.
        Assert.Contains("My Draft", Directory.GetFiles(temp.Combine("content"), "*", SearchOption.AllDirectories)
            .Select(File.ReadAllText).First(t => t.Contains("My Draft", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(publicDir, "posts", "my-draft")));
        Assert.False(Directory.Exists(Path.Combine(publicDir, "0001")));

        // The public comment is shown under the post (data/comments, read by layouts/partials/comments.html); spam is not.
        var helloPage = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(publicDir, "2020", "01", "02", "hello-world", "index.html")));
        Assert.Contains("<section class=\"comments\">", helloPage, StringComparison.Ordinal);
        Assert.Contains("<strong>Ann</strong>", helloPage, StringComparison.Ordinal);
        Assert.Contains("Nice.", helloPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy.", helloPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.com", helloPage, StringComparison.Ordinal);

        // The old slug redirects to the page's URL.
        var alias = File.ReadAllText(Path.Combine(publicDir, "2020", "02", "03", "old-name", "index.html"));
        Assert.Contains("http-equiv=\"refresh\"", alias, StringComparison.Ordinal);
        Assert.Contains("url=http://example.com/2020/02/03/new-name/", alias, StringComparison.Ordinal);

        // Shortcode syntax shows as text; raw HTML kept in Markdown (unsafe = true).
        var tricky = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(publicDir, "2020", "04", "05", "tricky", "index.html")));
        Assert.Contains("Use {{< youtube abc >}} and", tricky, StringComparison.Ordinal);
        Assert.Contains("or {{< broken.", tricky, StringComparison.Ordinal);
        Assert.Contains("{{% notice %}}x{{% /notice %}}", tricky, StringComparison.Ordinal);
        var hello = File.ReadAllText(Path.Combine(publicDir, "2020", "01", "02", "hello-world", "index.html"));
        Assert.Contains("<figure><img src=\"/a.png\" alt=\"a\"", hello, StringComparison.Ordinal);
        Assert.DoesNotContain("raw HTML omitted", hello, StringComparison.Ordinal);
        Assert.Contains("/categories/News/", hello, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_whose_names_make_no_usable_path_link_by_slug_and_keep_their_names()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var post = Posts.Classic() with
        {
            Terms =
            [
                new TermRef(Taxonomies.Category, "csharp", "C#"), new TermRef(Taxonomies.Category, "dotnet", ".NET"),
                new TermRef(Taxonomies.Tag, "c-2", "C++"), new TermRef(Taxonomies.Tag, "dots", ".."),
            ],
        };
        var run = ExportRun.Into(temp.Path, Sites.Example, [post]);
        Assert.Equal("---\ntitle: \"C#\"\n---\n", File.ReadAllText(temp.Combine("content", "categories", "csharp", "_index.md")));
        var build = HugoBuild.Build(temp.Path, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());

        var page = File.ReadAllText(temp.Combine("public", "2020", "01", "02", "hello-world", "index.html"));
        Assert.Contains("<a href=\"/categories/csharp/\">C#</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/categories/dotnet/\">.NET</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tags/C&#43;&#43;/\">C&#43;&#43;</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tags/dots/\">..</a>", page, StringComparison.Ordinal);
        var exporter = new HugoExporter();
        Assert.Equal("/categories/csharp/", exporter.ArchiveUrl(new Term(Taxonomies.Category, "csharp", "C#")));
        Assert.True(File.Exists(temp.Combine("public", "categories", "csharp", "index.html")));
        Assert.True(File.Exists(temp.Combine("public", "tags", "dots", "index.html")));
    }

    // Goldmark's typographer (on by default in Hugo) would turn -- into an en dash, << into «, "x" into curly quotes:
    // text WordPress showed as typed (docs/hugo.md#typography). The written hugo.toml turns it off.
    [Theory]
    [InlineData(BodyMode.Markdown)]
    [InlineData(BodyMode.Html)]
    public void The_built_page_shows_the_source_punctuation_as_written(BodyMode body)
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        const string text = "Arrows >> and <<, dashes -- and ---, dots ... and \"straight quotes\" aren't retyped.";
        var post = Posts.Classic() with { Content = new Body("<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>\n", BodyFormat.Html) };
        ExportRun.Into(temp.Path, Sites.Example, [post], new HugoExportOptions { Body = body });
        var build = HugoBuild.Build(temp.Path, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var page = System.Net.WebUtility.HtmlDecode(File.ReadAllText(temp.Combine("public", "2020", "01", "02", "hello-world", "index.html")));
        Assert.Contains(text, page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_front_page_is_the_home_page_content()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var run = ExportRun.Into(temp.Path, Sites.Example, [Page("home", "Welcome", "http://example.com/", 50), Posts.Classic()]);
        Assert.Equal("content/_index.md", Assert.IsType<HugoWritePlan>(run.Plans[0]).OutputPath);
        var build = HugoBuild.Build(temp.Path, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var home = File.ReadAllText(temp.Combine("public", "index.html"));
        Assert.Contains("Welcome page.", home, StringComparison.Ordinal);
        Assert.Contains("/2020/01/02/hello-world/", home, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_site_under_a_folder_the_header_links_to_the_folder()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = Sites.Example with { Url = "http://example.com/blog" };
        ExportRun.Into(temp.Path, site, [Posts.Classic(link: "http://example.com/blog/2020/01/02/hello-world/")]);
        var build = HugoBuild.Build(temp.Path, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var home = File.ReadAllText(temp.Combine("public", "index.html"));
        Assert.Contains("<header><a href=\"/blog/\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_disqus_shortname_pages_send_the_old_thread_identifier_and_url()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        ExportRun.Into(temp.Path, Sites.Example, Model().Select(m => m.Post));
        var config = File.ReadAllText(temp.Combine("hugo.toml"))
            .Replace("# [services.disqus]\n# shortname = \"your-forum-shortname\"", "[services.disqus]\nshortname = \"oldblog\"", StringComparison.Ordinal);
        File.WriteAllText(temp.Combine("hugo.toml"), config);
        var build = HugoBuild.Build(temp.Path, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var hello = File.ReadAllText(temp.Combine("public", "2020", "01", "02", "hello-world", "index.html"));
        Assert.Contains("this.page.identifier = \"12 http://example.com/?p=12\";", hello, StringComparison.Ordinal);
        Assert.Contains("this.page.url = \"http://example.com/2020/01/02/hello-world/\";", hello, StringComparison.Ordinal);
        Assert.Contains("\"https://\" + \"oldblog\" + \".disqus.com/embed.js\"", hello, StringComparison.Ordinal);
    }
}
