using Migrator.Core.Input;
using System.Xml.Linq;
using Migrator.Core.Model;
using Migrator.WordPress.Export;
using static Migrator.WordPress.Tests.Export.WxrExportKit;

namespace Migrator.WordPress.Tests.Export;

/// <summary>The file as a whole: name, declaration, namespaces, channel order (docs/wordpress-wxr.md#versions-and-namespaces, docs/wordpress-wxr.md#required).</summary>
public sealed class WxrDocumentTests
{
    [Fact]
    public void File_is_named_like_a_WordPress_export_with_the_site_key_and_the_export_date_in_UTC()
    {
        using var kit = new WxrExportKit();
        var files = kit.Export(SiteNamed("Example Blog!"), [NewPost("hello")]);
        Assert.Equal(["exampleblog.wordpress.2026-03-04.000.xml"], files);
    }

    [Fact]
    public void Reproducible_output_without_an_export_date_has_no_date_in_its_name_or_header()
    {
        using var kit = new WxrExportKit();
        var files = kit.Export(SiteNamed("Example Blog!"), [NewPost("hello")], WordPressToWordPress with { ExportDate = null });
        Assert.Equal(["exampleblog.wordpress.000.xml"], files);
        var text = kit.Text(files[0]);
        Assert.Contains("<!-- generator=\"Migrator\" -->\n<rss", text, StringComparison.Ordinal);
        Assert.Null(kit.Parse(files[0]).Root!.Element("channel")!.Element("pubDate"));
    }

    [Theory]
    [InlineData("1700000000", "2023-11-14T22:13:20+00:00")]
    [InlineData("0", "1970-01-01T00:00:00+00:00")]
    [InlineData("", null)]
    public void Reproducible_output_reads_SOURCE_DATE_EPOCH_as_seconds_since_1970(string value, string? expected)
    {
        var date = Core.Pipeline.SourceDateEpoch.Parse(value);
        Assert.Equal(expected, date?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("2024-05-01")]
    [InlineData("99999999999999999999")]
    public void Reproducible_output_refuses_a_SOURCE_DATE_EPOCH_that_is_not_whole_seconds(string value) =>
        Assert.Throws<Core.Input.InputException>(() => Core.Pipeline.SourceDateEpoch.Parse(value));

    [Fact]
    public void Site_without_a_title_is_named_after_its_host()
    {
        var name = WxrExporter.FileStem(new Site { Url = "https://blog.example.org/" }, Today);
        Assert.Equal("blog-example-org.wordpress.2026-03-04", name);
    }

    [Fact]
    public void Declaration_is_UTF8_and_a_generator_comment_precedes_rss()
    {
        using var kit = new WxrExportKit();
        var text = kit.Text(kit.Export(SiteNamed(), [NewPost("hello")])[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", text, StringComparison.Ordinal);
        var generator = text.IndexOf("<!-- generator=\"Migrator\" created=\"2026-03-04 05:06\" -->", StringComparison.Ordinal);
        Assert.InRange(generator, 1, text.IndexOf("<rss", StringComparison.Ordinal));
        Assert.EndsWith("</channel>\n</rss>\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("<!DOCTYPE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_declares_exactly_the_five_WXR_prefixes_with_the_1_2_http_URIs()
    {
        using var kit = new WxrExportKit();
        var root = kit.Parse(kit.Export(SiteNamed(), [NewPost("hello")])[0]).Root!;
        Assert.Equal("rss", root.Name.LocalName);
        Assert.Equal("2.0", root.Attribute("version")?.Value);
        var declared = root.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => $"{a.Name.LocalName}={a.Value}");
        Assert.Equal(
        [
            "excerpt=http://wordpress.org/export/1.2/excerpt/",
            "content=http://purl.org/rss/1.0/modules/content/",
            "wfw=http://wellformedweb.org/CommentAPI/",
            "dc=http://purl.org/dc/elements/1.1/",
            "wp=http://wordpress.org/export/1.2/",
        ], declared);
        Assert.Single(root.Elements("channel"));
        // No element redeclares a namespace: the importer's event parser matches literal "wp:" names.
        Assert.DoesNotContain(root.Descendants().SelectMany(e => e.Attributes()), a => a.IsNamespaceDeclaration);
    }

    [Fact]
    public void Channel_children_come_in_WordPress_export_order()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with
        {
            Terms =
            [
                new Term(Taxonomies.Tag, "t", "T"),
                new Term("genre", "g", "G"),
                new Term(Taxonomies.Category, "news", "News"),
            ],
        };
        var channel = kit.Parse(kit.Export(site, [NewPost("hello")])[0]).Root!.Element("channel")!;
        var names = channel.Elements().Select(e => e.Name.Namespace == XNamespace.None ? e.Name.LocalName : "wp:" + e.Name.LocalName);
        Assert.Equal(
        [
            "title", "link", "description", "pubDate", "language", "wp:wxr_version", "wp:base_site_url", "wp:base_blog_url",
            "wp:author", "wp:category", "wp:tag", "wp:term", "generator", "item",
        ], names);
        Assert.Equal("1.2", channel.Element(Wp + "wxr_version")!.Value);
        Assert.Equal("Wed, 04 Mar 2026 05:06:07 +0000", channel.Element("pubDate")!.Value);
        Assert.Equal("https://example.com", channel.Element(Wp + "base_blog_url")!.Value);
    }

    [Fact]
    public void Item_elements_come_in_WordPress_export_order_and_none_is_missing()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("hello", id: 10) with
        {
            Modified = new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.Zero),
            Terms = [new TermRef(Taxonomies.Category, "news", "News")],
            Meta = [new MetaEntry("k", "v")],
            Comments = [new Comment { Id = 1, Author = "Bob", Content = "Hi" }],
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        var names = item.Elements().Select(e => e.Name.Namespace == XNamespace.None ? e.Name.LocalName : e.GetPrefixOfNamespace(e.Name.Namespace) + ":" + e.Name.LocalName);
        Assert.Equal(
        [
            "title", "link", "pubDate", "dc:creator", "guid", "description", "content:encoded", "excerpt:encoded",
            "wp:post_id", "wp:post_date", "wp:post_date_gmt", "wp:post_modified", "wp:post_modified_gmt",
            "wp:comment_status", "wp:ping_status", "wp:post_name", "wp:status", "wp:post_parent", "wp:menu_order",
            "wp:post_type", "wp:post_password", "wp:is_sticky", "category", "wp:postmeta", "wp:comment",
        ], names);
        Assert.Equal("false", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        var comment = item.Element(Wp + "comment")!.Elements().Select(e => e.Name.LocalName);
        Assert.Equal(
        [
            "comment_id", "comment_author", "comment_author_email", "comment_author_url", "comment_author_IP", "comment_date",
            "comment_date_gmt", "comment_content", "comment_approved", "comment_type", "comment_parent", "comment_user_id",
        ], comment);
    }

    [Fact]
    public void Attachment_items_carry_attachment_url()
    {
        using var kit = new WxrExportKit();
        var attachment = NewPost("photo", id: 5) with
        {
            Type = PostTypes.Attachment,
            Status = PublicationStatus.Attached,
            StatusWord = "inherit",
            AttachmentUrl = "https://example.com/wp-content/uploads/2020/01/photo.jpg",
        };
        var item = Assert.Single(kit.Items(SiteNamed(), attachment));
        Assert.Equal("https://example.com/wp-content/uploads/2020/01/photo.jpg", item.Element(Wp + "attachment_url")!.Value);
        Assert.Equal("inherit", item.Element(Wp + "status")!.Value);
        Assert.Equal("attachment", item.Element(Wp + "post_type")!.Value);
    }

    [Fact]
    public void Free_text_is_in_CDATA_and_numbers_links_and_guids_are_plain_text()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("hello", title: "Tips & Tricks", id: 10) with
        {
            Link = "https://example.com/?a=1&b=2",
            Comments = [new Comment { Id = 1, Author = "Bob", AuthorUrl = "http://bob.example/?x=1&y=2" }],
        };
        var text = kit.Text(kit.Export(SiteNamed(), [post])[0]);
        Assert.Contains("<title><![CDATA[Tips & Tricks]]></title>", text, StringComparison.Ordinal);
        Assert.Contains("<link>https://example.com/?a=1&amp;b=2</link>", text, StringComparison.Ordinal);
        Assert.Contains("<wp:post_id>10</wp:post_id>", text, StringComparison.Ordinal);
        Assert.Contains("<dc:creator><![CDATA[ann]]></dc:creator>", text, StringComparison.Ordinal);
        Assert.Contains("<wp:comment_author_url>http://bob.example/?x=1&amp;y=2</wp:comment_author_url>", text, StringComparison.Ordinal);
        Assert.Contains("<description></description>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_appears_under_the_WXR_name_before_Complete()
    {
        using var kit = new WxrExportKit();
        var exporter = new WxrExporter(new WxrExportOptions());
        var session = exporter.Begin(SiteNamed(), new Core.Output.OutputFolder(kit.Folder), kit.Diagnostics);
        session.Commit(session.Plan(NewPost("a"), kit.Diagnostics), kit.Diagnostics);
        Assert.Empty(Directory.GetFiles(kit.Folder, "*.xml"));
        session.Complete(kit.Diagnostics);
        Assert.Single(Directory.GetFiles(kit.Folder, "*.xml"));
    }

    [Fact]
    public void Plan_names_the_WXR_file_and_the_item_link()
    {
        using var kit = new WxrExportKit();
        kit.Export(SiteNamed(), [NewPost("a", id: 7) with { Link = "https://example.com/2020/01/02/a/" }]);
        var plan = Assert.IsAssignableFrom<Core.Pipeline.WritePlan>(Assert.Single(kit.Committed));
        Assert.Equal("exampleblog.wordpress.2026-03-04.000.xml", plan.OutputPath);
        Assert.Equal("https://example.com/2020/01/02/a/", plan.NewUrl);
    }

    [Fact]
    public void A_new_base_URL_moves_links_and_base_URLs_but_not_guids()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a", id: 7) with { Link = "https://example.com/2020/01/02/a/", Guid = "https://example.com/?p=7" };
        var doc = kit.Parse(kit.Export(SiteNamed(), [post], new WxrExportOptions { BaseUrl = "https://new.example.net" })[0]);
        var channel = doc.Root!.Element("channel")!;
        Assert.Equal("https://new.example.net", channel.Element(Wp + "base_site_url")!.Value);
        var item = channel.Element("item")!;
        Assert.Equal("https://new.example.net/2020/01/02/a/", item.Element("link")!.Value);
        Assert.Equal("https://example.com/?p=7", item.Element("guid")!.Value);
    }

    [Fact]
    public void Plan_is_pure_and_gives_the_same_fragments_on_several_threads()
    {
        using var kit = new WxrExportKit();
        var posts = Enumerable.Range(1, 200).Select(i => NewPost($"p{i}", body: $"<p>line\n{i}</p>") with
        {
            Comments = [new Comment { Id = 2, ParentId = 1 }, new Comment { Id = 1 }],
        }).ToList();
        var session = new WxrExporter(new WxrExportOptions()).Begin(SiteNamed(), new Core.Output.OutputFolder(kit.Folder), kit.Diagnostics);
        var sequential = posts.Select(p => session.Plan(p, kit.Diagnostics)).Cast<Core.Pipeline.WritePlan>().Select(Fragment).ToList();
        var parallel = new string[posts.Count];
        Parallel.For(0, posts.Count, i => parallel[i] = Fragment((Core.Pipeline.WritePlan)session.Plan(posts[i], kit.Diagnostics)));
        Assert.Equal(sequential, parallel);
        Assert.Empty(Directory.GetFiles(kit.Folder, "*.xml"));
        session.Complete(kit.Diagnostics);
    }

    private static string Fragment(Core.Pipeline.WritePlan plan) =>
        (string)plan.GetType().GetProperty("Fragment")!.GetValue(plan)!;

    [Fact]
    public void A_dry_run_writes_nothing_but_still_plans_the_file()
    {
        using var kit = new WxrExportKit();
        var session = new WxrExporter(new WxrExportOptions()).Begin(SiteNamed(), new Core.Output.OutputFolder(kit.Folder, dryRun: true), kit.Diagnostics);
        var plan = session.Commit(session.Plan(NewPost("a") with { Author = "someone else" }, kit.Diagnostics), kit.Diagnostics);
        session.Complete(kit.Diagnostics);
        Assert.Empty(Directory.GetFiles(kit.Folder));
        Assert.Matches(@"^exampleblog\.wordpress\.000\.xml$", Assert.IsAssignableFrom<Core.Pipeline.WritePlan>(plan).OutputPath);
    }
}
