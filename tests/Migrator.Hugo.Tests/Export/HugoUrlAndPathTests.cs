using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Export;

/// <summary>Old URLs kept, aliases for old slugs (decoded, never query strings: docs/hugo.md#aliases), and safe file names.</summary>
public sealed class HugoUrlAndPathTests
{
    [Fact]
    public void The_old_url_is_kept_exactly_and_written_decoded()
    {
        var post = Posts.Classic(slug: "日本", link: "http://example.com/2020/01/02/%e6%97%a5%e6%9c%ac/");
        var plan = (WritePlan)ExportRun.PlanOnly(post).Plan;
        Assert.Equal("content/posts/日本.md", plan.OutputPath);
        Assert.Contains("\nslug: \"日本\"\nurl: \"/2020/01/02/日本/\"\n", plan.Files[0].Content, StringComparison.Ordinal);
        Assert.Equal("http://example.com/2020/01/02/日本/", plan.NewUrl);
    }

    [Fact]
    public void A_site_in_a_sub_folder_writes_urls_relative_to_its_base()
    {
        var site = Sites.Example with { Url = "http://example.com/blog" };
        var post = Posts.Classic(link: "http://example.com/blog/2020/01/02/hello-world/");
        var plan = (WritePlan)ExportRun.PlanOnly(post, site: site).Plan;
        Assert.Contains("\nurl: \"/2020/01/02/hello-world/\"\n", plan.Files[0].Content, StringComparison.Ordinal);
        Assert.Equal("http://example.com/blog/2020/01/02/hello-world/", plan.NewUrl);
    }

    [Fact]
    public void Old_slugs_become_aliases_of_the_old_path_with_the_last_segment_replaced()
    {
        var post = Posts.Classic(slug: "new", link: "http://example.com/2020/01/02/new.html") with
        {
            OldSlugs = ["old", "new"],
        };
        var text = ExportRun.MainFile(ExportRun.PlanOnly(post).Plan);
        Assert.Contains("\nurl: \"/2020/01/02/new.html\"\naliases:\n  - \"/2020/01/02/old.html\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_string_url_cannot_be_kept_or_aliased_and_is_reported()
    {
        var post = Posts.Classic(slug: "from-query", link: "http://example.com/?p=70") with
        {
            Date = new DateTimeOffset(2020, 5, 6, 23, 30, 0, TimeSpan.FromHours(-5)),
            OldSlugs = ["older"],
        };
        var (plan, diagnostics) = ExportRun.PlanOnly(post);
        var write = (WritePlan)plan;
        Assert.DoesNotContain("\nurl:", write.Files[0].Content, StringComparison.Ordinal);
        Assert.DoesNotContain("aliases", write.Files[0].Content, StringComparison.Ordinal);
        // Hugo's permalink for posts, the day taken in the date's own offset.
        Assert.Equal("http://example.com/2020/05/06/from-query/", write.NewUrl);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG012");
    }

    [Fact]
    public void Source_aliases_are_decoded_and_refused_when_hugo_cannot_serve_them()
    {
        var post = Posts.Classic() with
        {
            Extra = [new("aliases", new List<object?> { "/?p=123", "/caf%C3%A9/", "/", "/../up/", "/2020/01/02/hello-world/", "old-page" })],
        };
        var (plan, diagnostics) = ExportRun.PlanOnly(post);
        Assert.Contains("\naliases:\n  - \"/café/\"\n  - \"old-page\"\n", ExportRun.MainFile(plan), StringComparison.Ordinal);
        Assert.Equal(
            ["/?p=123", "/", "/../up/"],
            diagnostics.Items.Where(d => d.Code == "HUG019").Select(d => d.Message.Split('\'')[1]).ToList());
    }

    [Theory]
    [InlineData("../../etc/passwd", "content/posts/-..-etc-passwd.md")]
    [InlineData("a/b", "content/posts/a-b.md")]
    [InlineData("tab\there", "content/posts/tab-here.md")]
    [InlineData("nul\u0000x", "content/posts/nul-x.md")]
    [InlineData("con", "content/posts/con-.md")]
    [InlineData("what?*", "content/posts/what-.md")]
    public void Hostile_slugs_never_leave_the_folder(string slug, string expectedPath)
    {
        var post = Posts.Classic(slug: slug, link: "http://example.com/?p=12");
        var (plan, diagnostics) = ExportRun.PlanOnly(post);
        var write = (WritePlan)plan;
        Assert.Equal(expectedPath, write.OutputPath);
        Assert.Contains(diagnostics.Items, d => d.Code == "MIG005");
    }

    [Fact]
    public void A_hostile_old_url_is_not_kept()
    {
        var post = Posts.Classic(link: "/2020/../../x/");
        var write = (WritePlan)ExportRun.PlanOnly(post).Plan;
        Assert.DoesNotContain("\nurl:", write.Files[0].Content, StringComparison.Ordinal);
        Assert.Equal("content/posts/hello-world.md", write.OutputPath);
    }

    [Fact]
    public void A_draft_without_slug_gets_one_from_its_title_and_a_warning()
    {
        var post = Posts.Classic(slug: "", title: "My Draft!") with { Status = PublicationStatus.Draft, Link = null };
        var (plan, diagnostics) = ExportRun.PlanOnly(post);
        Assert.Equal("content/posts/my-draft.md", ((WritePlan)plan).OutputPath);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG017");
    }

    [Fact]
    public void A_slug_named_index_is_not_written_as_a_bundle_file()
    {
        var plan = (WritePlan)ExportRun.PlanOnly(Posts.Classic(slug: "index")).Plan;
        Assert.Equal("content/posts/index-page.md", plan.OutputPath);
        Assert.Contains("\nslug: \"index\"\n", plan.Files[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundles_put_posts_in_their_own_folder_but_pages_stay_files()
    {
        var options = new HugoExportOptions { Bundles = true };
        var post = (WritePlan)ExportRun.PlanOnly(Posts.Classic(), options).Plan;
        var page = (WritePlan)ExportRun.PlanOnly(Posts.Classic(slug: "about", link: "http://example.com/about/") with { Type = PostTypes.Page }, options).Plan;
        Assert.Equal("content/posts/hello-world/index.md", post.OutputPath);
        Assert.Equal("content/about.md", page.OutputPath);
    }

    [Fact]
    public void Custom_types_go_to_a_section_named_after_the_type()
    {
        var book = Posts.Classic(slug: "dune") with { Type = "book", Link = null };
        var plan = (WritePlan)ExportRun.PlanOnly(book).Plan;
        Assert.Equal("content/book/dune.md", plan.OutputPath);
        Assert.Equal("http://example.com/book/dune/", plan.NewUrl);
        Assert.Contains("\ntype: \"book\"\n", plan.Files[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachments_and_trash_are_skipped_with_the_shared_publication_rules()
    {
        var attachment = Posts.Classic() with { Type = PostTypes.Attachment };
        var trashed = Posts.Classic() with { Status = PublicationStatus.Trashed };
        Assert.IsType<SkipPlan>(ExportRun.PlanOnly(attachment).Plan);
        Assert.IsType<SkipPlan>(ExportRun.PlanOnly(trashed).Plan);
    }

    [Fact]
    public void Two_posts_with_the_same_file_keep_both_the_second_with_a_suffix()
    {
        using var temp = Corpus.NewTempFolder();
        var first = Posts.Classic();
        var second = Posts.Classic() with { Id = 13, Source = new SourceRef("export.xml", 99, "13") };
        var run = ExportRun.Into(temp.Path, Sites.Example, [first, second]);
        var one = Assert.IsType<HugoWritePlan>(run.Plans[0]);
        var two = Assert.IsType<HugoWritePlan>(run.Plans[1]);
        Assert.Equal(one.OutputPath.Replace(".md", "-2.md", StringComparison.Ordinal), two.OutputPath);
        Assert.True(File.Exists(Path.Combine(temp.Path, one.OutputPath)));
        Assert.True(File.Exists(Path.Combine(temp.Path, two.OutputPath)));
    }

    [Theory]
    [InlineData("Hello-World", "hello-world")] // one file on Windows and macOS
    [InlineData("caf\u00e9", "cafe\u0301")] // NFC and NFD: one file on macOS
    public void File_names_that_differ_only_in_case_or_normalisation_are_a_collision_and_kept_apart(string firstSlug, string secondSlug)
    {
        using var temp = Corpus.NewTempFolder();
        var first = Posts.Classic(slug: firstSlug, link: "http://example.com/a/");
        var second = Posts.Classic(slug: secondSlug, link: "http://example.com/b/") with { Id = 13, Source = new SourceRef("export.xml", 99, "13") };
        var run = ExportRun.Into(temp.Path, Sites.Example, [first, second]);
        var one = Assert.IsType<HugoWritePlan>(run.Plans[0]);
        var two = Assert.IsType<HugoWritePlan>(run.Plans[1]);
        Assert.Equal($"content/posts/{firstSlug}.md", one.OutputPath);
        Assert.Equal($"content/posts/{secondSlug}-2.md", two.OutputPath);
        Assert.Equal(["HUG025"], run.Codes.Where(c => c is "HUG022" or "HUG025"));
        Assert.Contains("/b/", File.ReadAllText(Path.Combine(temp.Path, two.OutputPath)), StringComparison.Ordinal);
    }

    [Fact]
    public void File_names_equal_in_every_letter_are_still_reported_as_taken_not_as_a_case_collision()
    {
        using var temp = Corpus.NewTempFolder();
        var run = ExportRun.Into(temp.Path, Sites.Example, [Posts.Classic(link: "http://example.com/a/"), Posts.Classic(link: "http://example.com/b/")]);
        Assert.Equal(["HUG022"], run.Codes.Where(c => c is "HUG022" or "HUG025"));
    }
}
