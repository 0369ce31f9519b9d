using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Export;

/// <summary>Bodies (Markdown or HTML files, the summary divider, shortcode syntax), comments data and site files.</summary>
public sealed class HugoBodyAndSiteTests
{
    [Theory]
    [InlineData("{{< youtube abc >}}", "{{</* youtube abc */>}}")]
    [InlineData("{{<youtube abc>}}", "{{</*youtube abc*/>}}")]
    [InlineData("{{% notice %}}x{{% /notice %}}", "{{%/* notice */%}}x{{%/* /notice */%}}")]
    [InlineData("already {{</* x */>}} escaped", "already {{</* x */>}} escaped")]
    [InlineData("open {{< never closed", "open {{&lt; never closed")]
    [InlineData("open {{% never closed", "open {{&#37; never closed")]
    [InlineData("{{ .Title }} and {{- x }} are not shortcodes", "{{ .Title }} and {{- x }} are not shortcodes")]
    public void Shortcode_syntax_is_escaped_as_Hugo_documents(string body, string expected)
    {
        Assert.Equal(expected, ShortcodeEscaper.Escape(body).Text);
    }

    [Fact]
    public void Escaping_a_shortcode_in_a_body_is_reported()
    {
        var post = Posts.Classic() with { Content = new Body("See {{< gist x >}} and {{< broken\n", BodyFormat.Markdown) };
        var (plan, diagnostics) = ExportRun.PlanOnly(post);
        Assert.EndsWith("---\nSee {{</* gist x */>}} and {{&lt; broken\n", ExportRun.MainFile(plan), StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG010" && d.Message.Contains("1 Hugo shortcode opening(s) ('{{<' or '{{%')", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG011");
    }

    [Fact]
    public void The_more_divider_is_kept_exactly_between_converted_parts()
    {
        var post = Posts.Classic() with { Content = new Body("<p>Intro.</p>\n<!--more-->\n<p>Rest.</p>\n", BodyFormat.Html) };
        var plan = (WritePlan)ExportRun.PlanOnly(post).Plan;
        Assert.EndsWith("---\nIntro.\n\n<!--more-->\n\nRest.\n", plan.Files[0].Content, StringComparison.Ordinal);
        Assert.Equal(".md", Path.GetExtension(plan.OutputPath));
        Assert.NotNull(plan.Fidelity);
    }

    [Fact]
    public void Html_body_mode_writes_html_content_files_unchanged()
    {
        var html = "<p>Intro.</p>\n<!--more-->\n<figure><img src=\"a.png\"></figure>\n";
        var post = Posts.Classic() with { Content = new Body(html, BodyFormat.Html) };
        var plan = (WritePlan)ExportRun.PlanOnly(post, new HugoExportOptions { Body = BodyMode.Html }).Plan;
        Assert.Equal("content/posts/hello-world.html", plan.OutputPath);
        Assert.EndsWith("---\n" + html, plan.Files[0].Content, StringComparison.Ordinal);
        Assert.Null(plan.Fidelity);
    }

    [Fact]
    public void Markdown_bodies_are_kept_as_they_are()
    {
        var post = Posts.Classic() with { Content = new Body("# Title\n\n*x*", BodyFormat.Markdown) };
        Assert.EndsWith("---\n# Title\n\n*x*\n", ExportRun.MainFile(ExportRun.PlanOnly(post).Plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_public_comments_are_written_and_without_email_or_ip_by_default()
    {
        var post = Posts.Classic() with
        {
            Comments =
            [
                new Comment { Id = 1, Author = "Ann", AuthorEmail = "ann@example.com", AuthorIp = "10.0.0.1", AuthorUrl = "http://ann.example", Content = "Nice: \"yes\"", Date = new DateTimeOffset(2020, 1, 3, 9, 0, 0, Posts.Plus1) },
                new Comment { Id = 2, ParentId = 1, Author = "Bob", Content = "Thanks", Type = "pingback" },
                new Comment { Id = 3, Author = "Spam", Status = CommentStatus.Spam, StatusWord = "spam", Content = "Buy" },
                new Comment { Id = 4, Author = "Editor", Type = "note", Content = "private note" },
            ],
        };
        var plan = (WritePlan)ExportRun.PlanOnly(post).Plan;
        Assert.Equal(2, plan.CommentsWritten);
        var data = Assert.Single(plan.Files, f => f.RelativePath == "data/comments/posts/hello-world.yaml");
        Assert.Equal(
            "comments:\n" +
            "  - id: 1\n" +
            "    parent: 0\n" +
            "    author: \"Ann\"\n" +
            "    author_url: \"http://ann.example\"\n" +
            "    date: 2020-01-03T09:00:00+01:00\n" +
            "    content: \"Nice: \\\"yes\\\"\"\n" +
            "    type: \"comment\"\n" +
            "  - id: 2\n" +
            "    parent: 1\n" +
            "    author: \"Bob\"\n" +
            "    content: \"Thanks\"\n" +
            "    type: \"pingback\"\n",
            data.Content);

        var withPrivate = (WritePlan)ExportRun.PlanOnly(post, new HugoExportOptions { IncludePrivateData = true }).Plan;
        Assert.Contains("    author_email: \"ann@example.com\"\n    author_ip: \"10.0.0.1\"\n", withPrivate.Files[1].Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, "Etc/GMT-1")]
    [InlineData(-5, 0, "Etc/GMT+5")]
    [InlineData(0, 0, "Etc/UTC")]
    [InlineData(14, 0, "Etc/GMT-14")]
    [InlineData(5, 30, "Asia/Kolkata")]
    [InlineData(5, 15, null)]
    public void Fixed_offsets_map_to_Etc_zones_with_the_POSIX_sign_inverted(int hours, int minutes, string? expected)
    {
        Assert.Equal(expected, Migrator.Core.Publishing.SiteTimeZone.NameFor(new TimeSpan(hours, minutes, 0)));
    }

    [Fact]
    public void Site_config_builds_without_a_theme_and_keeps_url_case()
    {
        using var temp = Corpus.NewTempFolder();
        var winter = Posts.Classic();
        var summer = Posts.Classic(slug: "b") with { Date = new DateTimeOffset(2020, 7, 1, 10, 0, 0, TimeSpan.FromHours(2)) };
        var other = Posts.Classic(slug: "c") with { Date = new DateTimeOffset(2020, 2, 1, 10, 0, 0, Posts.Plus1) };
        var series = Posts.Classic(slug: "d") with { Terms = [new TermRef("series", "intro", "Intro")] };
        var run = ExportRun.Into(temp.Path, Sites.Example, [winter, summer, other, series], new HugoExportOptions { BaseUrl = "https://new.example/" });
        var config = run.Read("hugo.toml");
        Assert.Contains("\nbaseURL = \"https://new.example/\"\ntitle = \"Example Blog\"\nlanguageCode = \"en-US\"\ntimeZone = \"Etc/GMT-1\"\ndisablePathToLower = true\n", config, StringComparison.Ordinal);
        Assert.Contains("\n[taxonomies]\ncategory = \"categories\"\ntag = \"tags\"\nseries = \"series\"\n", config, StringComparison.Ordinal);
        Assert.Contains("\n[permalinks]\nposts = \"/:year/:month/:day/:slug/\"\n", config, StringComparison.Ordinal);
        Assert.Contains("\n[markup.goldmark.renderer]\nunsafe = true\n", config, StringComparison.Ordinal);
        Assert.Contains("\n[markup.goldmark.extensions]\ntypographer = false\n", config, StringComparison.Ordinal);
        Assert.Contains("\n# [services.disqus]\n# shortname = ", config, StringComparison.Ordinal);
        Assert.Contains("\nseries:\n  - \"Intro\"\n", run.Read("content/posts/d.md"), StringComparison.Ordinal);
        foreach (var layout in new[] { "layouts/_default/baseof.html", "layouts/_default/single.html", "layouts/_default/list.html", "layouts/index.html", "layouts/partials/disqus.html" })
            Assert.True(File.Exists(temp.Combine(layout)), layout);
    }

    [Fact]
    public void The_sources_own_time_zone_wins_over_the_derived_one()
    {
        using var temp = Corpus.NewTempFolder();
        var run = ExportRun.Into(temp.Path, Sites.Example with { TimeZone = "Europe/Berlin" }, [Posts.Classic()]);
        Assert.Contains("\ntimeZone = \"Europe/Berlin\"\n", run.Read("hugo.toml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_pages_gets_a_section_page_that_hugo_does_not_render()
    {
        using var temp = Corpus.NewTempFolder();
        var about = Posts.Classic(slug: "about", link: "http://example.com/about/") with { Type = PostTypes.Page };
        var team = Posts.Classic(slug: "team", link: "http://example.com/about/team/") with { Type = PostTypes.Page, Id = 13 };
        var run = ExportRun.Into(temp.Path, Sites.Example, [about, team], new HugoExportOptions { FrontMatter = FrontMatterSyntax.Toml });
        Assert.Equal("+++\n[_build]\nrender = \"never\"\nlist = \"never\"\n+++\n", run.Read("content/about/_index.md"));
        Assert.False(File.Exists(temp.Combine("content", "posts", "_index.md")));
    }

    [Fact]
    public void A_body_still_in_WordPress_form_is_written_as_html_and_reported()
    {
        var post = Posts.Classic() with { Content = new Body("a\n\nb [gallery]", BodyFormat.WordPress) };
        var (plan, diagnostics) = ExportRun.PlanOnly(post);
        Assert.Equal("content/posts/hello-world.html", ((WritePlan)plan).OutputPath);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG015" && d.Severity == Severity.Warning);
    }
}
