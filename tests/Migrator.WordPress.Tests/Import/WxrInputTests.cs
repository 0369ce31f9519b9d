using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Import;
using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>docs/wordpress-wxr.md#versions-and-namespaces, docs/wordpress-wxr.md#channel, docs/wordpress-wxr.md#several-files-one-site: what is WXR, the channel header, and several files read as one site.</summary>
public sealed class WxrInputTests
{
    private const string Terms =
        "<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[news]]></wp:category_nicename>"
        + "<wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[News &amp; Views]]></wp:cat_name>"
        + "<wp:category_description><![CDATA[What happens]]></wp:category_description>"
        + "<wp:termmeta><wp:meta_key><![CDATA[color]]></wp:meta_key><wp:meta_value><![CDATA[red]]></wp:meta_value></wp:termmeta></wp:category>\n"
        + "<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename><![CDATA[%e6%97%a5]]></wp:category_nicename>"
        + "<wp:category_parent><![CDATA[news]]></wp:category_parent><wp:cat_name><![CDATA[日]]></wp:cat_name></wp:category>\n"
        + "<wp:tag><wp:term_id>6</wp:term_id><wp:tag_slug><![CDATA[dotnet]]></wp:tag_slug><wp:tag_name><![CDATA[.NET]]></wp:tag_name></wp:tag>\n"
        + "<wp:term><wp:term_id>7</wp:term_id><wp:term_taxonomy><![CDATA[nav_menu]]></wp:term_taxonomy><wp:term_slug><![CDATA[main]]></wp:term_slug>"
        + "<wp:term_parent><![CDATA[]]></wp:term_parent><wp:term_name><![CDATA[Main]]></wp:term_name></wp:term>\n"
        + "<generator>https://wordpress.org/?v=6.4</generator>\n";

    private const string Ann = "<wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[ann]]></wp:author_login></wp:author>\n";
    private const string Bob = "<wp:author><wp:author_id>4</wp:author_id><wp:author_login><![CDATA[bob]]></wp:author_login></wp:author>\n";

    [Fact]
    public void The_channel_header_becomes_the_site()
    {
        var site = ReadAll(Document("", header: Ann + Terms)).Site;
        Assert.Equal(("Sample blog", "Just a blog", "en-US", "http://blog.example", "http://blog.example", "1.2"),
            (site.Title, site.Description, site.Language, site.Url, site.BaseSiteUrl, site.SourceVersion));
        Assert.Equal([new Author("ann") { Id = 3 }], site.Authors);
        Assert.Equal(
            [
                ("category", "news", "News &amp; Views", 4L, (string?)null, "What happens"),
                ("category", "日", "日", 5L, "news", null),
                ("post_tag", "dotnet", ".NET", 6L, null, null),
                ("nav_menu", "main", "Main", 7L, null, null),
            ],
            site.Terms.Select(t => (t.Taxonomy, t.Slug, t.Name, t.Id!.Value, t.ParentSlug, t.Description)));
        Assert.Equal([new MetaEntry("color", "red")], site.Terms[0].Meta);
        Assert.Contains(new KeyValuePair<string, object?>("generator", "https://wordpress.org/?v=6.4"), site.Extra);
    }

    [Fact]
    public void A_split_export_is_one_site_with_authors_and_terms_once_and_items_of_every_file_in_order()
    {
        var read = ReadAll(Document(Item(1) + Item(2), header: Ann + Terms), Document(Item(3), header: Ann + Bob + Terms));
        Assert.Equal(["ann", "bob"], read.Site.Authors.Select(a => a.Login));
        Assert.Equal(4, read.Site.Terms.Count);
        Assert.Equal([1L, 2L, 3L], read.Posts.Select(p => p.Id!.Value));
        Assert.Equal(["export.xml", "export.xml", "export-2.xml"], read.Posts.Select(p => Path.GetFileName(p.Source.File)));
        Assert.Equal(2, read.Site.SourceFiles.Count);
        Assert.DoesNotContain("WXR004", read.Codes);
    }

    [Fact]
    public void Exports_of_different_sites_are_refused_naming_both_sites()
    {
        var other = Document(Item(3)).Replace("http://blog.example</wp:base_blog_url>", "http://other.example</wp:base_blog_url>", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => ReadAll(Document(Item(1)), other));
        Assert.Contains("http://blog.example", ex.Message, StringComparison.Ordinal);
        Assert.Contains("http://other.example", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--merge", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exports_of_different_sites_are_merged_when_the_options_say_so()
    {
        var other = Document(Item(3)).Replace("http://blog.example</wp:base_blog_url>", "http://other.example</wp:base_blog_url>", StringComparison.Ordinal);
        using var temp = Corpus.NewTempFolder();
        var paths = new[] { WriteFile(temp, "a.xml", Document(Item(1))), WriteFile(temp, "b.xml", other) };
        var bag = new DiagnosticBag();
        var imported = new WxrImporter(new WxrImportOptions { MergeUnrelatedSites = true }).Open(paths, bag);
        Assert.Equal(2, imported.Items.Count());
        Assert.Contains(bag.Items, d => d.Code == "WXR004" && d.Message.Contains("http://other.example", StringComparison.Ordinal));
        Assert.Equal("http://blog.example", imported.Site.Url);
    }

    [Fact]
    public void An_export_without_a_blog_url_is_told_apart_by_its_channel_link()
    {
        var withoutUrls = Document(Item(1)).Replace("<wp:base_blog_url>http://blog.example</wp:base_blog_url>\n", "", StringComparison.Ordinal);
        var other = withoutUrls.Replace("<link>http://blog.example</link>", "<link>http://other.example</link>", StringComparison.Ordinal);
        Assert.Throws<InputException>(() => ReadAll(withoutUrls, other));
        Assert.Equal(2, ReadAll(withoutUrls, withoutUrls.Replace(">1<", ">2<", StringComparison.Ordinal)).Posts.Count);
    }

    [Fact]
    public void Attachments_are_indexed_before_any_item_is_read()
    {
        var meta = "<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[A lake]]></wp:meta_value></wp:postmeta>\n";
        var attachment = Item(21, title: "Lake", type: "attachment", status: "inherit", extra:
                "<wp:attachment_url><![CDATA[http://blog.example/wp-content/uploads/lake.JPG]]></wp:attachment_url>\n" + meta)
            .Replace("<wp:post_parent>0<", "<wp:post_parent>1<", StringComparison.Ordinal)
            .Replace("<wp:menu_order>0<", "<wp:menu_order>2<", StringComparison.Ordinal)
            .Replace("<excerpt:encoded><![CDATA[]]>", "<excerpt:encoded><![CDATA[Sunset]]>", StringComparison.Ordinal);
        using var temp = Corpus.NewTempFolder();
        var path = WriteFile(temp, "export.xml", Document(Item(1) + attachment));
        var site = new WxrImporter().Open([path], new DiagnosticBag()).Site;
        var info = Assert.Single(site.Attachments).Value;
        Assert.Equal(
            new AttachmentInfo(21, "http://blog.example/wp-content/uploads/lake.JPG")
            {
                ParentId = 1, MenuOrder = 2, Title = "Lake", Caption = "Sunset", Alt = "A lake", MimeType = "image/jpeg",
                Link = "http://blog.example/?p=21",
            },
            info);
    }

    [Fact]
    public void A_file_that_is_not_rss_is_refused_with_its_name()
    {
        using var temp = Corpus.NewTempFolder();
        var path = WriteFile(temp, "page.xml", "<!DOCTYPE html>\n<html><body>OneDrive</body></html>");
        var ex = Assert.Throws<InputException>(() => new WxrImporter().Open([path], new DiagnosticBag()));
        Assert.Contains("page.xml", ex.Message, StringComparison.Ordinal);
        var xhtml = WriteFile(temp, "x.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        Assert.Contains("<html>", Assert.Throws<InputException>(() => new WxrImporter().Open([xhtml], new DiagnosticBag())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_rss_feed_is_refused()
    {
        var feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><item><title>x</title></item></channel></rss>";
        var ex = Assert.Throws<InputException>(() => ReadAll(feed));
        Assert.Contains("export.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("wxr_version", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        Assert.Throws<InputException>(() => new WxrImporter().Open([temp.Combine("nope.xml")], new DiagnosticBag()));
    }

    [Fact]
    public void A_missing_wxr_version_is_read_with_a_warning_when_the_WordPress_namespace_is_there()
    {
        var text = Document(Item()).Replace("<wp:wxr_version>1.2</wp:wxr_version>\n", "", StringComparison.Ordinal);
        var read = ReadAll(text);
        Assert.Single(read.Posts);
        Assert.Contains("WXR001", read.Codes);
        Assert.Equal("1.2", read.Site.SourceVersion);
    }

    [Fact]
    public void A_wxr_version_that_is_not_a_number_is_read_with_a_warning()
    {
        var read = ReadAll(Document(Item(), version: "abc"));
        Assert.Single(read.Posts);
        Assert.Contains("WXR002", read.Codes);
    }

    [Fact]
    public void A_future_version_is_read_with_a_warning()
    {
        var read = ReadAll(Document(Item(), version: "1.3"));
        Assert.Single(read.Posts);
        Assert.Equal(["WXR003"], read.Codes);
    }

    [Fact]
    public void The_declared_encoding_is_honoured()
    {
        using var temp = Corpus.NewTempFolder();
        var text = Document(Item(title: "Café")).Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal);
        var path = temp.Combine("latin1.xml");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(text));
        Assert.Equal("Café", ReadFiles([path]).Post.Title);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_read_as_replacement_characters_and_reported_once()
    {
        using var temp = Corpus.NewTempFolder();
        var path = temp.Combine("mixed.xml");
        var bytes = System.Text.Encoding.UTF8.GetBytes(Document(Item(1, title: "Caf@") + Item(2, title: "@@")));
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'@')
                bytes[i] = 0xE9;
        File.WriteAllBytes(path, bytes);
        var read = ReadFiles([path]);
        Assert.Equal(["Caf\uFFFD", "\uFFFD\uFFFD"], read.Posts.Select(p => p.Title));
        Assert.Single(read.Diagnostics, d => d.Code == "WXR009");
    }

    [Fact]
    public void A_byte_order_mark_is_fine()
    {
        using var temp = Corpus.NewTempFolder();
        var path = temp.Combine("bom.xml");
        File.WriteAllText(path, Document(Item(title: "Café")), new System.Text.UTF8Encoding(true));
        Assert.Equal("Café", ReadFiles([path]).Post.Title);
    }

    [Fact]
    public void CanRead_looks_for_rss_and_the_WordPress_namespace()
    {
        using var temp = Corpus.NewTempFolder();
        var importer = new WxrImporter();
        Assert.True(importer.CanRead(WriteFile(temp, "a.xml", Document(Item()))));
        Assert.False(importer.CanRead(WriteFile(temp, "b.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>")));
        Assert.False(importer.CanRead(WriteFile(temp, "c.md", "---\ntitle: x\n---\n")));
        Assert.False(importer.CanRead(temp.Path));
        Assert.False(importer.CanRead(temp.Combine("missing.xml")));
        var utf16 = temp.Combine("utf16.xml");
        File.WriteAllText(utf16, Document(Item()).Replace("UTF-8", "UTF-16", StringComparison.Ordinal), System.Text.Encoding.Unicode);
        Assert.True(importer.CanRead(utf16));
        Assert.Equal("Hello", ReadFiles([utf16]).Post.Title);
        Assert.Equal("wxr", importer.Name);
    }

    [Fact]
    public void Items_are_read_only_when_enumerated()
    {
        using var temp = Corpus.NewTempFolder();
        var path = WriteFile(temp, "export.xml", Document(Item(1)));
        var imported = new WxrImporter().Open([path], new DiagnosticBag());
        File.WriteAllText(path, Document(Item(2)));
        Assert.Equal(2, Assert.IsType<ReadPost>(Assert.Single(imported.Items)).Post.Id);
    }

    [Fact]
    public void An_author_listed_differently_in_two_files_keeps_the_first_listing()
    {
        var renamed = Ann.Replace("</wp:author>", "<wp:author_display_name><![CDATA[Ann S.]]></wp:author_display_name></wp:author>", StringComparison.Ordinal);
        var read = ReadAll(Document(Item(1), header: Ann), Document(Item(2), header: renamed));
        Assert.Equal([new Author("ann") { Id = 3 }], read.Site.Authors);
        Assert.Equal(["WXR006"], read.Codes);
    }

    [Fact]
    public void Channel_elements_WXR_does_not_define_are_kept_in_the_site_s_Extra()
    {
        var read = ReadAll(Document(Item(), header: "<cloud domain=\"blog.example\" port=\"80\"/>\n<blogChannel:blogRoll xmlns:blogChannel=\"http://backend.userland.com/blogChannelModule\">x</blogChannel:blogRoll>\n"));
        Assert.Equal(["cloud", "blogChannel:blogRoll"], read.Site.Extra.Select(e => e.Key).Where(k => k is not ("pubDate" or "generator")));
        Assert.Equal(2, read.Codes.Count(c => c == "WXR008"));
    }
}
