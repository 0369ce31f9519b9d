using System.Text;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Export;

namespace Migrator.Jekyll.Tests.Export;

public sealed class FileNamingTests
{
    [Fact]
    public void Posts_are_named_YYYY_MM_DD_slug_in_posts_with_the_date_in_the_posts_own_offset()
    {
        // 23:30 on Jan 2 in New York is already Jan 3 in UTC: the file keeps the local day.
        var post = TestPosts.Post(1, "late-night") with { Date = new DateTimeOffset(2020, 1, 2, 23, 30, 0, TimeSpan.FromHours(-5)) };
        using var run = ExportRun.Of(post);
        Assert.Equal("_posts/2020-01-02-late-night.html", run.Written(0).OutputPath);
        Assert.True(run.Exists("_posts/2020-01-02-late-night.html"));
    }

    [Fact]
    public void Markdown_mode_writes_md_files_and_html_mode_keeps_html_files()
    {
        using var markdown = new ExportRun([TestPosts.Post(1, "a")], options: new JekyllExportOptions(BodyMode.Markdown));
        using var html = new ExportRun([TestPosts.Post(1, "a")], options: new JekyllExportOptions(BodyMode.Html));
        Assert.Equal("_posts/2020-01-02-a.md", markdown.Written(0).OutputPath);
        Assert.Equal("_posts/2020-01-02-a.html", html.Written(0).OutputPath);
    }

    [Fact]
    public void Markdown_bodies_stay_markdown_even_in_html_mode()
    {
        var post = TestPosts.Post(1, "a") with { Content = new Body("# Hi\n", BodyFormat.Markdown, ".markdown") };
        using var run = ExportRun.Of(post);
        Assert.Equal("_posts/2020-01-02-a.markdown", run.Written(0).OutputPath);
    }

    [Fact]
    public void Other_body_formats_keep_their_extension_and_are_reported()
    {
        var post = TestPosts.Post(1, "a") with { Content = new Body("h1. Hi\n", BodyFormat.Other, ".textile") };
        using var run = ExportRun.Of(post);
        Assert.Equal("_posts/2020-01-02-a.textile", run.Written(0).OutputPath);
        Assert.Contains("JKW007", run.Codes);
    }

    [Fact]
    public void Decoded_unicode_slugs_are_kept_in_file_names()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "日本語-ελληνικά"));
        Assert.Equal("_posts/2020-01-02-日本語-ελληνικά.html", run.Written(0).OutputPath);
        Assert.DoesNotContain("MIG005", run.Codes);
    }

    [Theory]
    [InlineData("../../x", "x")]
    [InlineData("/etc/passwd", "etc-passwd")]
    [InlineData("a\\b", "a-b")]
    [InlineData(".hidden", "hidden")]
    [InlineData("_ignored", "ignored")]
    [InlineData("tab\there", "tab-here")]
    [InlineData("what?*:", "what")]
    [InlineData("con", "con-")]
    [InlineData("trailing.", "trailing")]
    public void Hostile_or_unusable_slugs_become_safe_names_inside_the_folder_and_are_reported(string slug, string safe)
    {
        using var run = ExportRun.Of(TestPosts.Post(1, slug) with { Link = null });
        Assert.Equal($"_posts/2020-01-02-{safe}.html", run.Written(0).OutputPath);
        Assert.Contains("MIG005", run.Codes);
        Assert.All(run.Files(), f => Assert.DoesNotContain("..", f, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_slug_is_made_from_the_title()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "", "My Draft Title") with { Link = null });
        Assert.Equal("_posts/2020-01-02-my-draft-title.html", run.Written(0).OutputPath);
    }

    [Fact]
    public void An_empty_slug_and_title_give_post_and_the_id()
    {
        using var run = ExportRun.Of(TestPosts.Post(7, "", "") with { Link = null });
        Assert.Equal("_posts/2020-01-02-post-7.html", run.Written(0).OutputPath);
    }

    [Fact]
    public void Long_slugs_are_cut_to_180_bytes_at_a_character_boundary()
    {
        var slug = string.Concat(Enumerable.Repeat("日本", 60)) + "x"; // 361 bytes; a CJK character is 3 bytes
        using var run = ExportRun.Of(TestPosts.Post(1, slug) with { Link = null });
        var name = Path.GetFileNameWithoutExtension(run.Written(0).OutputPath)["2020-01-02-".Length..];
        Assert.Equal(180, Encoding.UTF8.GetByteCount(name));
        Assert.StartsWith(name, slug, StringComparison.Ordinal);
    }

    [Fact]
    public void Emoji_are_never_cut_in_half()
    {
        // An emoji is 4 bytes (a surrogate pair in UTF-16): it is kept whole or not at all.
        Assert.Equal(new string('a', 176) + "😀", FileNameSegment.Of(new string('a', 176) + "😀😀"));
        Assert.Equal(new string('a', 178), FileNameSegment.Of(new string('a', 178) + "😀😀"));
    }

    [Fact]
    public void Pages_are_written_at_their_old_path_as_index_files()
    {
        using var run = ExportRun.Of(
            TestPosts.Page(2, "about", "http://example.com/about/"),
            TestPosts.Page(3, "child", "http://example.com/parent/child/"));
        Assert.Equal("about/index.html", run.Written(0).OutputPath);
        Assert.Equal("parent/child/index.html", run.Written(1).OutputPath);
    }

    [Fact]
    public void Page_paths_are_taken_relative_to_the_site_base_path_and_decoded()
    {
        var site = TestPosts.Site("http://example.com/blog");
        using var run = new ExportRun([TestPosts.Page(2, "über", "http://example.com/blog/%c3%bcber-uns/")], site);
        Assert.Equal("über-uns/index.html", run.Written(0).OutputPath);
        Assert.Equal("/über-uns/", run.Written(0).Permalink);
    }

    [Fact]
    public void Pages_without_a_path_in_their_link_use_the_slug()
    {
        using var run = ExportRun.Of(TestPosts.Page(2, "contact", "http://example.com/?page_id=2"));
        Assert.Equal("contact/index.html", run.Written(0).OutputPath);
    }

    [Fact]
    public void A_page_at_the_site_root_becomes_the_home_page()
    {
        using var run = ExportRun.Of(TestPosts.Page(2, "home", "http://example.com/"));
        Assert.Equal("index.html", run.Written(0).OutputPath);
        Assert.Contains("permalink: \"/\"\n", run.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_page_links_never_leave_the_folder()
    {
        using var run = ExportRun.Of(TestPosts.Page(2, "x", "http://example.com/a/../../../etc/"));
        Assert.Equal("a/etc/index.html", run.Written(0).OutputPath);
        Assert.Equal("/a/etc/", run.Written(0).Permalink);
    }

    [Fact]
    public void Custom_types_go_to_their_collection_folder()
    {
        var book = TestPosts.Post(4, "dune", "Dune") with { Type = "book", Link = "http://example.com/book/dune/" };
        using var run = ExportRun.Of(book);
        Assert.Equal("_book/dune.html", run.Written(0).OutputPath);
        Assert.StartsWith("---\nlayout: \"book\"\n", run.Read("_book/dune.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_type_named_like_a_Jekyll_folder_gets_another_collection_name()
    {
        var item = TestPosts.Post(4, "x") with { Type = "posts" };
        using var run = ExportRun.Of(item);
        Assert.Equal("_posts_items/x.html", run.Written(0).OutputPath);
        Assert.Contains("JKW016", run.Codes);
    }

    [Fact]
    public void A_second_post_with_the_same_path_gets_a_numbered_suffix_and_a_warning()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "same"), TestPosts.Post(2, "same") with { Link = "http://example.com/other/" });
        Assert.Equal("_posts/2020-01-02-same.html", run.Written(0).OutputPath);
        Assert.Equal("_posts/2020-01-02-same-2.html", run.Written(1).OutputPath);
        Assert.Equal("_posts/2020-01-02-same-2.html", run.Written(1).Files[0].RelativePath);
        Assert.Contains("JKW009", run.Codes);
        Assert.True(run.Exists("_posts/2020-01-02-same.html"));
        Assert.True(run.Exists("_posts/2020-01-02-same-2.html"));
    }

    [Theory]
    [InlineData("Same", "same")] // one file on Windows and macOS
    [InlineData("caf\u00e9", "cafe\u0301")] // NFC and NFD: one file on macOS
    public void File_names_that_differ_only_in_case_or_normalisation_are_a_collision_and_kept_apart(string firstSlug, string secondSlug)
    {
        using var run = ExportRun.Of(
            TestPosts.Post(1, firstSlug),
            TestPosts.Post(2, secondSlug) with { Link = "http://example.com/other/" });
        Assert.Equal($"_posts/2020-01-02-{firstSlug}.html", run.Written(0).OutputPath);
        Assert.Equal($"_posts/2020-01-02-{secondSlug}-2.html", run.Written(1).OutputPath);
        Assert.Equal(["JKW025"], run.Codes.Where(c => c is "JKW009" or "JKW025"));
        Assert.True(run.Exists($"_posts/2020-01-02-{firstSlug}.html"));
        Assert.True(run.Exists($"_posts/2020-01-02-{secondSlug}-2.html"));
    }

    [Fact]
    public void Page_folders_that_differ_only_in_case_are_a_collision_and_kept_apart()
    {
        using var run = ExportRun.Of(
            TestPosts.Page(2, "about", "http://example.com/About/"),
            TestPosts.Page(3, "about", "http://example.com/about/"));
        Assert.Equal("About/index.html", run.Written(0).OutputPath);
        Assert.Equal("about-2/index.html", run.Written(1).OutputPath);
        Assert.Contains("JKW025", run.Codes);
    }

    [Fact]
    public void A_second_page_with_the_same_folder_gets_the_suffix_on_the_folder()
    {
        using var run = ExportRun.Of(
            TestPosts.Page(2, "about", "http://example.com/about/"),
            TestPosts.Page(3, "about", "http://example.com/?page_id=3"));
        Assert.Equal("about-2/index.html", run.Written(1).OutputPath);
    }

    [Fact]
    public void Plan_writes_nothing()
    {
        using var temp = Migrator.Testing.Corpus.NewTempFolder();
        var session = new JekyllExporter(new JekyllExportOptions()).Begin(
            TestPosts.Site(), new Migrator.Core.Output.OutputFolder(temp.Path), Migrator.Core.Diagnostics.NullDiagnosticSink.Instance);
        session.Plan(TestPosts.Post(1, "a"), Migrator.Core.Diagnostics.NullDiagnosticSink.Instance);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
