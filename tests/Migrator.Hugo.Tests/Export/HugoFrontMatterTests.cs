using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;

namespace Migrator.Hugo.Tests.Export;

/// <summary>The front matter the exporter writes, as exact text, in YAML and TOML (docs/hugo.md#front-matter-formats, docs/hugo.md#front-matter-fields).</summary>
public sealed class HugoFrontMatterTests
{
    private const string TrickyTitle = "Yes: \"quoted\" \\ back # hash";

    private static Post Rich() => Posts.Classic(slug: "new-name", title: TrickyTitle) with
    {
        Modified = new DateTimeOffset(2020, 1, 5, 8, 30, 0, Posts.Plus1),
        OldSlugs = ["old-name", "%e6%97%a5%e6%9c%ac"],
        Meta =
        [
            new MetaEntry("_wp_old_slug", "old-name"),
            new MetaEntry("_wp_old_slug", "%e6%97%a5%e6%9c%ac"),
            new MetaEntry("_edit_lock", "1580000000:1"),
            new MetaEntry("dsq_thread_id", "948010227"),
            new MetaEntry("views", "12"),
            new MetaEntry("views", "13"),
            new MetaEntry("enclosure", "http://x/a.mp3"),
        ],
        Terms = [new TermRef(Taxonomies.Category, "news", "News"), new TermRef(Taxonomies.Tag, "c", "C#"), new TermRef(Taxonomies.Tag, "yes", "yes")],
        Excerpt = "Short: summary",
        Author = "ann",
        Thread = new ThreadIdentity(["948010227"], "12 http://example.com/?p=12", "http://example.com/2020/01/02/new-name/"),
    };

    [Fact]
    public void The_featured_image_is_written_as_images_as_Hugos_own_templates_read_it()
    {
        var post = Posts.Classic(slug: "a") with
        {
            FeaturedImage = "https://example.com/wp-content/uploads/a.jpg",
            Meta = [new MetaEntry("_thumbnail_id", "9")],
        };
        var (plan, _) = ExportRun.PlanOnly(post);
        var text = Assert.IsType<WritePlan>(plan, exactMatch: false).Files[0].Content;
        Assert.Contains("\nimages:\n  - \"https://example.com/wp-content/uploads/a.jpg\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_thumbnail_id", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_front_matter_quotes_every_string_and_writes_rfc3339_dates_with_offset()
    {
        var (plan, diagnostics) = ExportRun.PlanOnly(Rich());
        Assert.Equal(
            "---\n" +
            "title: \"Yes: \\\"quoted\\\" \\\\ back # hash\"\n" +
            "date: 2020-01-02T10:00:00+01:00\n" +
            "lastmod: 2020-01-05T08:30:00+01:00\n" +
            "slug: \"new-name\"\n" +
            "url: \"/2020/01/02/new-name/\"\n" +
            "aliases:\n" +
            "  - \"/2020/01/02/old-name/\"\n" +
            "  - \"/2020/01/02/日本/\"\n" +
            "categories:\n" +
            "  - \"News\"\n" +
            "tags:\n" +
            "  - \"c\"\n" + // C#: a "#" makes no usable URL, so the slug (with a term page titled C#)
            "  - \"yes\"\n" +
            "summary: \"Short: summary\"\n" +
            "author: \"ann\"\n" +
            "disqus_identifier: \"12 http://example.com/?p=12\"\n" +
            "disqus_url: \"http://example.com/2020/01/02/new-name/\"\n" +
            "dsq_thread_id: \"948010227\"\n" +
            "wordpress_id: 12\n" +
            "meta:\n" +
            "  views:\n" +
            "    - \"12\"\n" +
            "    - \"13\"\n" +
            "  enclosure: \"http://x/a.mp3\"\n" +
            "---\n",
            FrontMatterOf(ExportRun.MainFile(plan)));
        var dropped = Assert.Single(diagnostics.Items, d => d.Code == "HUG013");
        Assert.Contains("_edit_lock", dropped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Toml_front_matter_escapes_strings_and_puts_tables_after_plain_keys()
    {
        var (plan, _) = ExportRun.PlanOnly(Rich(), new HugoExportOptions { FrontMatter = FrontMatterSyntax.Toml });
        Assert.Equal(
            "+++\n" +
            "title = \"Yes: \\\"quoted\\\" \\\\ back # hash\"\n" +
            "date = 2020-01-02T10:00:00+01:00\n" +
            "lastmod = 2020-01-05T08:30:00+01:00\n" +
            "slug = \"new-name\"\n" +
            "url = \"/2020/01/02/new-name/\"\n" +
            "aliases = [\"/2020/01/02/old-name/\", \"/2020/01/02/日本/\"]\n" +
            "categories = [\"News\"]\n" +
            "tags = [\"c\", \"yes\"]\n" +
            "summary = \"Short: summary\"\n" +
            "author = \"ann\"\n" +
            "disqus_identifier = \"12 http://example.com/?p=12\"\n" +
            "disqus_url = \"http://example.com/2020/01/02/new-name/\"\n" +
            "dsq_thread_id = \"948010227\"\n" +
            "wordpress_id = 12\n" +
            "[meta]\n" +
            "views = [\"12\", \"13\"]\n" +
            "enclosure = \"http://x/a.mp3\"\n" +
            "+++\n",
            FrontMatterOf(ExportRun.MainFile(plan)));
    }

    [Theory]
    [InlineData(-5, 0, "2020-07-01T23:30:00-05:00")]
    [InlineData(0, 0, "2020-07-01T23:30:00+00:00")]
    [InlineData(5, 30, "2020-07-01T23:30:00+05:30")]
    public void Dates_keep_the_posts_own_offset_so_Hugo_does_not_read_them_as_UTC(int hours, int minutes, string expected)
    {
        var post = Posts.Classic() with { Date = new DateTimeOffset(2020, 7, 1, 23, 30, 0, new TimeSpan(hours, minutes, 0)) };
        var yaml = ExportRun.MainFile(ExportRun.PlanOnly(post).Plan);
        var toml = ExportRun.MainFile(ExportRun.PlanOnly(post, new HugoExportOptions { FrontMatter = FrontMatterSyntax.Toml }).Plan);
        Assert.Contains($"\ndate: {expected}\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"\ndate = {expected}\n", toml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_is_written_with_draft_true_and_never_with_published()
    {
        var draft = Posts.Classic() with
        {
            Status = PublicationStatus.Draft,
            StatusWord = "draft",
            Extra = [new("published", false), new("layout", "post")],
        };
        var (plan, diagnostics) = ExportRun.PlanOnly(draft);
        var text = ExportRun.MainFile(plan);
        Assert.Contains("\ndraft: true\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\npublished:", text, StringComparison.Ordinal);
        Assert.Contains("\nsource_published: false\n", text, StringComparison.Ordinal);
        Assert.Contains("\nlayout: \"post\"\n", text, StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG020");
        Assert.Equal("draft: not published on the old site", ((WritePlan)plan).Note);
    }

    [Fact]
    public void A_published_date_from_the_source_that_is_a_date_is_kept()
    {
        var post = Posts.Classic() with { Extra = [new("publishDate", "2020-01-03T00:00:00Z")] };
        var text = ExportRun.MainFile(ExportRun.PlanOnly(post).Plan);
        Assert.Contains("\npublishDate: \"2020-01-03T00:00:00Z\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_gets_type_page_and_no_posts_section()
    {
        var page = Posts.Classic(slug: "team", title: "Team", link: "http://example.com/about/team/") with { Type = PostTypes.Page };
        var plan = (WritePlan)ExportRun.PlanOnly(page).Plan;
        Assert.Equal("content/about/team.md", plan.OutputPath);
        Assert.Equal("http://example.com/about/team/", plan.NewUrl);
        Assert.Contains("\nurl: \"/about/team/\"\ntype: \"page\"\n", plan.Files[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_values_cannot_be_written_in_toml_and_are_reported()
    {
        var post = Posts.Classic() with { Extra = [new("subtitle", null)] };
        var (plan, diagnostics) = ExportRun.PlanOnly(post, new HugoExportOptions { FrontMatter = FrontMatterSyntax.Toml });
        Assert.DoesNotContain("subtitle", ExportRun.MainFile(plan), StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG021" && d.Message.Contains("'subtitle'", StringComparison.Ordinal));
    }

    private static string FrontMatterOf(string file)
    {
        var delimiter = file[..4];
        var end = file.IndexOf(delimiter, 4, StringComparison.Ordinal);
        return file[..(end + 4)];
    }
}
