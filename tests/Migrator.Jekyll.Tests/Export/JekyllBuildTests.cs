using System.Text;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;
using Migrator.Jekyll.Export;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Export;

/// <summary>Exports a small site and builds it with the real Jekyll: it must build, and every page must be at its URL.</summary>
public sealed class JekyllBuildTests
{
    private static IReadOnlyList<Post> SmallSite() =>
    [
        TestPosts.Post(1, "classic", "Classic post", "<p>First paragraph with <strong>HTML</strong>.</p>\n<!--more-->\n<p>Second.</p>\n"),
        TestPosts.Page(2, "about", "http://example.com/about/", "About me"),
        TestPosts.Draft(3, "unfinished", "Unfinished thoughts"),
        TestPosts.Post(4, "日本語", "日本語のタイトル") with { Link = "http://example.com/2020/01/02/%e6%97%a5%e6%9c%ac%e8%aa%9e/" },
        TestPosts.Post(5, "angular", "Angular templates", "<p>Write {{ user.name }} and {% if x %} unclosed.</p>\n"),
        TestPosts.Post(6, "tricky", "yes: \"@x\" ---"),
        TestPosts.Post(7, "discussed", "A discussed post") with
        {
            Thread = new ThreadIdentity(["948010227"], "7 http://example.com/?p=7", "http://example.com/2020/01/02/discussed/"),
            Comments =
            [
                new Comment { Id = 10, Author = "Carol", Content = "First!", Date = new DateTimeOffset(2020, 1, 3, 9, 0, 0, TimeSpan.FromHours(1)) },
                new Comment { Id = 11, ParentId = 10, Author = "Dan", Content = "Reply to Carol", AuthorEmail = "dan@example.org" },
            ],
        },
        TestPosts.Post(8, "subfolder-page", "Child page") with { Type = "page", Link = "http://example.com/parent/child/" },
        TestPosts.Post(9, "dune", "Dune (a book)") with { Type = "book", Link = "http://example.com/book/dune/" },
        TestPosts.Post(10, "locked", "Locked post") with { Password = "secret" },
        TestPosts.Post(11, "later", "Scheduled post") with
        {
            Status = PublicationStatus.Scheduled,
            StatusWord = "future",
            Date = new DateTimeOffset(2099, 1, 1, 9, 0, 0, TimeSpan.FromHours(1)),
            Link = "http://example.com/2099/01/01/later/",
        },
    ];

    [Theory]
    [InlineData(BodyMode.Html)]
    [InlineData(BodyMode.Markdown)]
    public void The_exported_site_builds_and_every_page_is_at_its_url(BodyMode mode)
    {
        JekyllBuild.Require();
        using var run = new ExportRun(SmallSite(), options: new JekyllExportOptions(mode));

        var (exitCode, output) = JekyllBuild.Run(run.Root);

        Assert.True(exitCode == 0, $"jekyll build failed ({exitCode}):\n{output}");
        Assert.DoesNotContain("Error", output, StringComparison.Ordinal);
        var posts = SmallSite();
        var published = run.Plans.Select((plan, i) => (Plan: plan as JekyllWritePlan, posts[i].Title))
            .Where(p => p.Plan is { NewUrl: not null, Publication: not Published { Scheduled: true } }).ToList();
        Assert.Equal(8, published.Count);
        foreach (var (plan, title) in published)
        {
            var page = JekyllBuild.ExpectedPage(run.Root, plan!.NewUrl!);
            Assert.True(File.Exists(page), $"{plan.OutputPath}: expected {page} for {plan.NewUrl}");
            Assert.Contains(HtmlEscape(title), File.ReadAllText(page, Encoding.UTF8), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Literal_liquid_survives_the_build_and_drafts_are_not_published()
    {
        JekyllBuild.Require();
        using var run = new ExportRun(SmallSite(), options: new JekyllExportOptions(BodyMode.Html));
        var (exitCode, output) = JekyllBuild.Run(run.Root);
        Assert.True(exitCode == 0, output);

        var angular = File.ReadAllText(JekyllBuild.ExpectedPage(run.Root, "/2020/01/02/angular/"));
        Assert.Contains("Write {{ user.name }} and {% if x %} unclosed.", angular, StringComparison.Ordinal);
        var home = File.ReadAllText(Path.Combine(run.Root, "_site", "index.html"));
        Assert.DoesNotContain("Unfinished thoughts", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Locked post", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheduled post", home, StringComparison.Ordinal);
        Assert.False(File.Exists(JekyllBuild.ExpectedPage(run.Root, "/2020/01/02/locked/")));
        Assert.False(File.Exists(JekyllBuild.ExpectedPage(run.Root, "/2099/01/01/later/")));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(run.Root, "_site"), "*", SearchOption.AllDirectories),
            f => f.Contains("unfinished", StringComparison.Ordinal));
    }

    [Fact]
    public void Prose_that_kramdown_reads_as_syntax_renders_as_written()
    {
        JekyllBuild.Require();
        const string html =
            "<p>Shell: ls | grep foo</p>\n" +
            "<p>It costs $$5 or $$10.</p>\n" +
            "<p>Type &amp;lt;b&amp;gt; to show a tag.</p>\n" +
            "<p>Something above.</p>\n<p>: starts with a colon</p>\n" +
            "<ol start=\"3\"><li>three</li><li>four</li></ol>\n" +
            "<p><img src=\"/a.png\" alt=\"see [1]\" title='The \"best\" one'></p>\n";
        using var run = new ExportRun([TestPosts.Post(1, "prose", "Prose", html)], options: new JekyllExportOptions(BodyMode.Markdown));
        var (exitCode, output) = JekyllBuild.Run(run.Root);
        Assert.True(exitCode == 0, output);

        var page = File.ReadAllText(JekyllBuild.ExpectedPage(run.Root, "/2020/01/02/prose/"));
        Assert.Contains("<p>Shell: ls | grep foo</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
        Assert.Contains("<p>It costs $$5 or $$10.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p>Type &amp;lt;b&amp;gt; to show a tag.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p>: starts with a colon</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<dl", page, StringComparison.Ordinal);
        Assert.Contains("<ol start=\"3\">", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"see [1]\"", page, StringComparison.Ordinal);
        Assert.Contains("title=\"The &quot;best&quot; one\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_are_shown_without_email_and_disqus_gets_the_old_identifier()
    {
        JekyllBuild.Require();
        using var run = new ExportRun(SmallSite(), options: new JekyllExportOptions(BodyMode.Html));
        var config = run.Read("_config.yml").Replace("shortname: \"\"", "shortname: \"exampleblog\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(run.Root, "_config.yml"), config);
        var (exitCode, output) = JekyllBuild.Run(run.Root);
        Assert.True(exitCode == 0, output);

        var page = File.ReadAllText(JekyllBuild.ExpectedPage(run.Root, "/2020/01/02/discussed/"));
        Assert.Contains("First!", page, StringComparison.Ordinal);
        Assert.Contains("Reply to Carol", page, StringComparison.Ordinal);
        Assert.DoesNotContain("dan@example.org", page, StringComparison.Ordinal);
        Assert.Contains("this.page.identifier = \"7 http://example.com/?p=7\";", page, StringComparison.Ordinal);
        Assert.Contains("this.page.url = \"http://example.com/2020/01/02/discussed/\";", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_slugs_redirect_to_the_new_page_with_jekyll_redirect_from()
    {
        JekyllBuild.RequirePlugin("jekyll-redirect-from");
        var post = TestPosts.Post(1, "new-name", "Renamed post") with { OldSlugs = ["old-name"], Meta = [new MetaEntry("_wp_old_slug", "old-name")] };
        using var run = new ExportRun([post], options: new JekyllExportOptions(BodyMode.Html, RedirectFrom: true));
        var (exitCode, output) = JekyllBuild.Run(run.Root);
        Assert.True(exitCode == 0, output);

        var redirect = File.ReadAllText(JekyllBuild.ExpectedPage(run.Root, "/2020/01/02/old-name/"));
        Assert.Contains("http://example.com/2020/01/02/new-name/", redirect, StringComparison.Ordinal);
        Assert.True(File.Exists(JekyllBuild.ExpectedPage(run.Root, "/2020/01/02/new-name/")));
    }

    [Fact]
    public void Expected_page_maps_urls_to_the_files_jekyll_writes()
    {
        Assert.Equal(Path.Combine("s", "_site", "a", "b", "index.html"), JekyllBuild.ExpectedPage("s", "http://x.org/a/b/"));
        Assert.Equal(Path.Combine("s", "_site", "a", "b.html"), JekyllBuild.ExpectedPage("s", "/a/b"));
        Assert.Equal(Path.Combine("s", "_site", "a", "b.html"), JekyllBuild.ExpectedPage("s", "/a/b.html"));
        Assert.Equal(Path.Combine("s", "_site", "日本", "index.html"), JekyllBuild.ExpectedPage("s", "/%E6%97%A5%E6%9C%AC/"));
        Assert.Equal(Path.Combine("s", "_site", "index.html"), JekyllBuild.ExpectedPage("s", "http://x.org"));
    }

    /// <summary>What Liquid's <c>escape</c> filter does (Ruby CGI.escapeHTML).</summary>
    private static string HtmlEscape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
