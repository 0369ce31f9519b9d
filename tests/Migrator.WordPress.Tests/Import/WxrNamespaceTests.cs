using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>docs/wordpress-wxr.md#versions-and-namespaces: elements are matched by namespace URI, never by prefix.</summary>
public sealed class WxrNamespaceTests
{
    [Theory]
    [InlineData("http://wordpress.org/export/1.0/", "http://wordpress.org/export/1.0/excerpt/")]
    [InlineData("http://wordpress.org/export/1.1/", "http://wordpress.org/export/1.1/excerpt/")]
    [InlineData("http://wordpress.org/export/1.2/", "http://wordpress.org/export/1.2/excerpt/")]
    [InlineData("https://wordpress.org/export/1.0/", "https://wordpress.org/export/1.0/excerpt/")]
    [InlineData("https://wordpress.org/export/1.1/", "https://wordpress.org/export/1.1/excerpt/")]
    [InlineData("https://wordpress.org/export/1.2/", "https://wordpress.org/export/1.2/excerpt/")]
    public void Every_wp_and_excerpt_uri_is_read(string wp, string excerpt)
    {
        var namespaces = Namespaces.Replace("http://wordpress.org/export/1.2/excerpt/", excerpt, StringComparison.Ordinal)
            .Replace("\"http://wordpress.org/export/1.2/\"", $"\"{wp}\"", StringComparison.Ordinal);
        var item = Item(42).Replace("<excerpt:encoded><![CDATA[]]>", "<excerpt:encoded><![CDATA[Short]]>", StringComparison.Ordinal);
        var read = ReadAll(Document(item, namespaces: namespaces));
        Assert.Equal(42, read.Post.Id);
        Assert.Equal("Short", read.Post.Excerpt);
        Assert.Equal("hello", read.Post.Slug);
    }

    [Fact]
    public void Renamed_prefixes_are_read_by_their_uris()
    {
        var namespaces = "xmlns:wxr_excerpt=\"http://wordpress.org/export/1.1/excerpt/\" "
            + "xmlns:rss_content=\"http://purl.org/rss/1.0/modules/content/\" "
            + "xmlns:dublin_core=\"http://purl.org/dc/elements/1.1/\" xmlns:wxr=\"http://wordpress.org/export/1.1/\"";
        var item = "<item><title>T</title><dublin_core:creator>ann</dublin_core:creator>"
            + "<rss_content:encoded><![CDATA[Body]]></rss_content:encoded><wxr_excerpt:encoded><![CDATA[Ex]]></wxr_excerpt:encoded>"
            + "<wxr:post_id>7</wxr:post_id><wxr:post_type>page</wxr:post_type><wxr:status>draft</wxr:status></item>\n";
        var text = Document(item, namespaces: namespaces).Replace("wp:", "wxr:", StringComparison.Ordinal);
        var read = ReadAll(text);
        var post = read.Post;
        Assert.Equal((7L, "page", "Body", "Ex", "ann"), (post.Id!.Value, post.Type, post.Content.Text, post.Excerpt, post.Author));
        Assert.Equal("http://blog.example", read.Site.Url);
    }

    [Fact]
    public void A_default_namespace_declaration_is_as_good_as_a_prefix()
    {
        var item = "<item><title>T</title><post_id xmlns=\"http://wordpress.org/export/1.2/\">9</post_id><wp:post_type>post</wp:post_type></item>\n";
        Assert.Equal(9, ReadAll(Document(item)).Post.Id);
    }

    [Fact]
    public void A_wp_prefix_bound_to_another_uri_is_not_WordPress_s()
    {
        var item = "<item xmlns:wp=\"http://example.com/fake/\"><title>T</title><wp:post_id>5</wp:post_id></item>\n";
        var read = ReadAll(Document(item));
        Assert.Null(read.Post.Id);
        Assert.Contains(read.Post.Extra, e => e.Key == "{http://example.com/fake/}post_id" || e.Key == "wp:post_id");
        Assert.Contains("WXR041", read.ItemCodes);
    }
}
