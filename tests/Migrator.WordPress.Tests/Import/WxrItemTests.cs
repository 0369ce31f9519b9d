using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>docs/wordpress-wxr.md#items and the three sections after it: every field of an item lands in the model, as stored.</summary>
public sealed class WxrItemTests
{
    private const string FullItem =
        "<item>\n"
        + "<title>Tips &amp;amp; Tricks &amp;#8217;</title>\n"
        + "<link>http://blog.example/2020/07/tips/</link>\n"
        + "<pubDate>Wed, 01 Jul 2020 10:00:00 +0000</pubDate>\n"
        + "<dc:creator><![CDATA[ann]]></dc:creator>\n"
        + "<guid isPermaLink=\"false\">http://blog.example/?post_type=book&#038;p=87</guid>\n"
        + "<description></description>\n"
        + "<content:encoded><![CDATA[First &amp; <b>bold</b>\n\nSecond [gallery]]]></content:encoded>\n"
        + "<excerpt:encoded><![CDATA[Hand-written]]></excerpt:encoded>\n"
        + "<wp:post_id>87</wp:post_id>\n"
        + "<wp:post_date><![CDATA[2020-07-01 12:00:00]]></wp:post_date>\n"
        + "<wp:post_date_gmt><![CDATA[2020-07-01 10:00:00]]></wp:post_date_gmt>\n"
        + "<wp:comment_status><![CDATA[closed]]></wp:comment_status>\n"
        + "<wp:ping_status><![CDATA[open]]></wp:ping_status>\n"
        + "<wp:post_name><![CDATA[%e6%97%a5%e6%9c%ac-tips]]></wp:post_name>\n"
        + "<wp:status><![CDATA[private]]></wp:status>\n"
        + "<wp:post_parent>12</wp:post_parent>\n"
        + "<wp:menu_order>3</wp:menu_order>\n"
        + "<wp:post_type><![CDATA[book]]></wp:post_type>\n"
        + "<wp:post_password><![CDATA[s3cret]]></wp:post_password>\n"
        + "<wp:is_sticky>1</wp:is_sticky>\n"
        + "<category domain=\"category\" nicename=\"tips-tricks\"><![CDATA[Tips &amp; Tricks]]></category>\n"
        + "<category domain=\"post_tag\" nicename=\"%ce%b5%ce%bb\"><![CDATA[ελ]]></category>\n"
        + "<category domain=\"post_format\" nicename=\"post-format-aside\"><![CDATA[Aside]]></category>\n"
        + "<wp:postmeta>\n<wp:meta_key><![CDATA[_wp_old_slug]]></wp:meta_key>\n<wp:meta_value><![CDATA[old-one]]></wp:meta_value>\n</wp:postmeta>\n"
        + "<wp:postmeta>\n<wp:meta_key><![CDATA[_wp_old_slug]]></wp:meta_key>\n<wp:meta_value><![CDATA[old-two]]></wp:meta_value>\n</wp:postmeta>\n"
        + "<wp:postmeta>\n<wp:meta_key><![CDATA[data]]></wp:meta_key>\n<wp:meta_value><![CDATA[a:1:{s:5:\"héllo\";i:1;}]]></wp:meta_value>\n</wp:postmeta>\n"
        + "<wp:comment>\n"
        + "<wp:comment_id>50</wp:comment_id>\n"
        + "<wp:comment_author><![CDATA[Bob &amp; Co]]></wp:comment_author>\n"
        + "<wp:comment_author_email><![CDATA[bob@example.com]]></wp:comment_author_email>\n"
        + "<wp:comment_author_url>http://bob.example/</wp:comment_author_url>\n"
        + "<wp:comment_author_IP><![CDATA[192.0.2.1]]></wp:comment_author_IP>\n"
        + "<wp:comment_date><![CDATA[2020-07-02 08:00:00]]></wp:comment_date>\n"
        + "<wp:comment_date_gmt><![CDATA[2020-07-02 06:00:00]]></wp:comment_date_gmt>\n"
        + "<wp:comment_content><![CDATA[Nice\n\npost]]></wp:comment_content>\n"
        + "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>\n"
        + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>\n"
        + "<wp:comment_parent>49</wp:comment_parent>\n"
        + "<wp:comment_user_id>0</wp:comment_user_id>\n"
        + "<wp:commentmeta>\n<wp:meta_key><![CDATA[dsq_post_id]]></wp:meta_key>\n<wp:meta_value><![CDATA[123456]]></wp:meta_value>\n</wp:commentmeta>\n"
        + "</wp:comment>\n"
        + "<wp:comment>\n<wp:comment_id>51</wp:comment_id>\n<wp:comment_approved><![CDATA[0]]></wp:comment_approved>\n"
        + "<wp:comment_type><![CDATA[pingback]]></wp:comment_type>\n</wp:comment>\n"
        + "</item>\n";

    private const string Authors =
        "<wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[ann]]></wp:author_login>"
        + "<wp:author_email><![CDATA[ann@example.com]]></wp:author_email><wp:author_display_name><![CDATA[Ann Smith]]></wp:author_display_name>"
        + "<wp:author_first_name><![CDATA[Ann]]></wp:author_first_name><wp:author_last_name><![CDATA[Smith]]></wp:author_last_name></wp:author>\n";

    [Fact]
    public void Every_field_of_an_item_is_read_as_stored()
    {
        var document = Document(FullItem, header: Authors);
        var itemLine = document.Split('\n').ToList().IndexOf("<item>") + 1;
        var read = ReadAll(document);
        var post = read.Post;
        Assert.Equal(87, post.Id);
        Assert.Equal("book", post.Type);
        Assert.Equal(PublicationStatus.Private, post.Status);
        Assert.Equal("private", post.StatusWord);
        Assert.Equal("Tips &amp; Tricks &#8217;", post.Title);
        Assert.Equal("日本-tips", post.Slug);
        Assert.Equal(new DateTimeOffset(2020, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)), post.Date);
        Assert.Equal("ann", post.Author);
        Assert.Equal(new Body("First &amp; <b>bold</b>\n\nSecond [gallery]", BodyFormat.WordPress), post.Content);
        Assert.Equal("Hand-written", post.Excerpt);
        Assert.Equal("http://blog.example/2020/07/tips/", post.Link);
        Assert.Equal("http://blog.example/?post_type=book&p=87", post.Guid);
        Assert.Equal(12, post.ParentId);
        Assert.Equal(3, post.MenuOrder);
        Assert.True(post.Sticky);
        Assert.Equal("s3cret", post.Password);
        Assert.Equal("closed", post.CommentStatus);
        Assert.Equal("open", post.PingStatus);
        Assert.Null(post.AttachmentUrl);
        Assert.Equal(new SourceRef(read.Site.SourceFiles[0], itemLine, "87"), post.Source);
        Assert.Empty(read.ItemDiagnostics);
    }

    [Fact]
    public void Terms_keep_their_taxonomy_decoded_slug_and_raw_name()
    {
        var post = ReadAll(Document(FullItem, header: Authors)).Post;
        Assert.Equal(
            [
                new TermRef("category", "tips-tricks", "Tips &amp; Tricks"),
                new TermRef("post_tag", "ελ", "ελ"),
                new TermRef("post_format", "post-format-aside", "Aside"),
            ],
            post.Terms);
    }

    [Fact]
    public void Meta_rows_keep_their_order_repeated_keys_and_values()
    {
        var post = ReadAll(Document(FullItem, header: Authors)).Post;
        Assert.Equal(
            [new MetaEntry("_wp_old_slug", "old-one"), new MetaEntry("_wp_old_slug", "old-two"), new MetaEntry("data", "a:1:{s:5:\"héllo\";i:1;}")],
            post.Meta);
    }

    [Fact]
    public void Comments_have_every_field_and_their_meta()
    {
        var comments = ReadAll(Document(FullItem, header: Authors)).Post.Comments;
        Assert.Equal(2, comments.Count);
        var c = comments[0];
        Assert.Equal(
            (50L, 49L, "Bob &amp; Co", "bob@example.com", "http://bob.example/", "192.0.2.1", "Nice\n\npost", CommentStatus.Approved, "1", "comment", 0L),
            (c.Id, c.ParentId, c.Author, c.AuthorEmail, c.AuthorUrl, c.AuthorIp, c.Content, c.Status, c.StatusWord, c.Type, c.UserId));
        Assert.Equal(new DateTimeOffset(2020, 7, 2, 8, 0, 0, TimeSpan.FromHours(2)), c.Date);
        Assert.Equal([new MetaEntry("dsq_post_id", "123456")], c.Meta);
        Assert.Equal((51L, CommentStatus.Pending, "pingback", 0L), (comments[1].Id, comments[1].Status, comments[1].Type, comments[1].ParentId));
        Assert.Null(comments[1].Date);
    }

    [Fact]
    public void An_empty_excerpt_is_none_and_an_empty_password_is_no_protection()
    {
        var post = ReadAll(Document(Item())).Post;
        Assert.Null(post.Excerpt);
        Assert.Null(post.Password);
        Assert.Null(post.ParentId);
        Assert.False(post.IsProtected);
    }

    [Fact]
    public void Percent_encoded_slugs_are_decoded_and_invalid_utf8_is_kept_encoded()
    {
        var read = ReadAll(Document(
            Item(1, slug: "%ce%b5%ce%bb%ce%bb%ce%b7%ce%bd%ce%b9%ce%ba%ce%ac-%ce%ba%ce%b5%ce%af%ce%bc%ce%b5%ce%bd%ce%bf")
            + Item(2, slug: "%E6%97%A5%E6%9C%AC")
            + Item(3, slug: "bad-%ff%fe-100%")));
        Assert.Equal(["ελληνικά-κείμενο", "日本", "bad-%ff%fe-100%"], read.Posts.Select(p => p.Slug));
        Assert.Equal(["WXR037"], read.ItemCodes);
    }

    [Fact]
    public void WXR_1_0_attribute_less_category_twins_are_dropped_and_tag_is_post_tag()
    {
        var categories = "<category><![CDATA[News]]></category>\n"
            + "<category domain=\"category\" nicename=\"news\"><![CDATA[News]]></category>\n"
            + "<category domain=\"tag\"><![CDATA[ludum dare]]></category>\n"
            + "<category domain=\"tag\" nicename=\"ludum-dare\"><![CDATA[ludum dare]]></category>\n";
        var read = ReadAll(Document(Item(extra: categories), version: "1.0"));
        Assert.Equal([new TermRef("category", "news", "News"), new TermRef("post_tag", "ludum-dare", "ludum dare")], read.Post.Terms);
        Assert.Empty(read.ItemDiagnostics);
    }

    [Fact]
    public void An_attribute_less_category_without_a_twin_becomes_a_category_with_a_simple_slug()
    {
        var read = ReadAll(Document(Item(extra: "<category><![CDATA[Road Trips 2020!]]></category>\n"), version: "1.0"));
        Assert.Equal([new TermRef("category", "road-trips-2020", "Road Trips 2020!")], read.Post.Terms);
        Assert.Equal(["WXR038"], read.ItemCodes);
    }

    [Fact]
    public void Statuses_map_to_the_enum_and_a_plugin_status_is_Other_with_its_text()
    {
        var statuses = new[] { "publish", "future", "draft", "pending", "private", "trash", "inherit", "auto-draft", "spam" };
        var read = ReadAll(Document(string.Concat(statuses.Select((s, i) => Item(i + 1, status: s)))));
        Assert.Equal(
            [PublicationStatus.Published, PublicationStatus.Scheduled, PublicationStatus.Draft, PublicationStatus.PendingReview, PublicationStatus.Private, PublicationStatus.Trashed,
             PublicationStatus.Attached, PublicationStatus.Placeholder, PublicationStatus.Unknown],
            read.Posts.Select(p => p.Status));
        Assert.Equal(statuses, read.Posts.Select(p => p.StatusWord));
        Assert.Equal(["WXR036"], read.ItemCodes);
    }

    [Fact]
    public void Attachments_carry_their_file_url()
    {
        var post = ReadAll(Document(Item(type: "attachment", status: "inherit",
            extra: "<wp:attachment_url><![CDATA[http://blog.example/wp-content/uploads/2020/07/a.jpg]]></wp:attachment_url>\n"))).Post;
        Assert.Equal("http://blog.example/wp-content/uploads/2020/07/a.jpg", post.AttachmentUrl);
    }

    [Fact]
    public void A_missing_post_type_is_read_as_a_post_and_reported()
    {
        var read = ReadAll(Document("<item><title>T</title><wp:post_id>3</wp:post_id><wp:status>publish</wp:status></item>\n"));
        Assert.Equal("post", read.Post.Type);
        Assert.Contains("WXR034", read.ItemCodes);
    }

    [Fact]
    public void A_bad_number_is_reported_on_the_item_and_the_item_is_still_read()
    {
        var read = ReadAll(Document(Item().Replace("<wp:menu_order>0<", "<wp:menu_order>first<", StringComparison.Ordinal)));
        Assert.Equal(0, read.Post.MenuOrder);
        Assert.Equal(["WXR033"], read.ItemCodes);
    }

    [Fact]
    public void An_item_with_no_id_title_or_content_is_unreadable_but_still_an_item()
    {
        var read = ReadAll(Document("<item><wp:post_type>post</wp:post_type></item>\n" + Item(2)));
        var unreadable = Assert.IsType<UnreadableItem>(read.Items[0]);
        Assert.Equal("WXR022", unreadable.Error.Code);
        Assert.Equal("post", unreadable.Type);
        Assert.Equal(2, Assert.IsType<ReadPost>(read.Items[1]).Post.Id);
    }

    [Fact]
    public void Elements_WXR_does_not_define_are_kept_in_Extra_and_reported_once_per_file()
    {
        var extra = "<wp:author>alice</wp:author>\n<slash:comments xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">4</slash:comments>\n";
        var read = ReadAll(Document(Item(1, extra: extra) + Item(2, extra: extra)));
        Assert.Equal([new("wp:author", "alice"), new("slash:comments", "4")], read.Posts[0].Extra);
        Assert.Equal(2, read.ItemCodes.Count(c => c == "WXR040"));
    }

    [Fact]
    public void A_creator_that_is_no_author_login_is_reported()
    {
        var read = ReadAll(Document(Item(), header: Authors));
        var diagnostic = Assert.Single(read.ItemDiagnostics);
        Assert.Equal("WXR039", diagnostic.Code);
        Assert.StartsWith("item 1 (export.xml line ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_comments_inside_a_title_are_kept_as_written()
    {
        var item = Item().Replace("<title><![CDATA[Hello]]></title>", "<title><!--:fr-->Bonjour<!--:--><!--:en-->Hello<!--:--></title>", StringComparison.Ordinal);
        Assert.Equal("<!--:fr-->Bonjour<!--:--><!--:en-->Hello<!--:-->", ReadAll(Document(item)).Post.Title);
    }

    [Fact]
    public void Mojibake_from_an_old_export_is_reported_and_kept()
    {
        var read = ReadAll(Document(Item(title: "CafÃ© â€“ menu")));
        Assert.Equal("CafÃ© â€“ menu", read.Post.Title);
        Assert.Equal(["WXR043"], read.ItemCodes);
    }

    [Fact]
    public void A_trashed_post_s_renamed_slug_is_kept_and_its_original_reported()
    {
        var meta = "<wp:postmeta><wp:meta_key>_wp_desired_post_slug</wp:meta_key><wp:meta_value><![CDATA[hello-world]]></wp:meta_value></wp:postmeta>\n";
        var read = ReadAll(Document(Item(status: "trash", slug: "hello-world__trashed", extra: meta)));
        Assert.Equal("hello-world__trashed", read.Post.Slug);
        Assert.Contains(read.ItemDiagnostics, d => d.Code == "WXR044" && d.Message.Contains("'hello-world'", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_line_breaks_are_LF_whatever_the_file_uses()
    {
        var text = Document(Item(content: "@@BODY@@")).Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("@@BODY@@", "a\r\n\r\nb\rc", StringComparison.Ordinal);
        Assert.Equal("a\n\nb\nc", ReadAll(text).Post.Content.Text);
    }

    [Fact]
    public void A_missing_status_is_a_draft_as_WordPress_would_insert_it()
    {
        var read = ReadAll(Document("<item><title>T</title><wp:post_id>3</wp:post_id><wp:post_type>post</wp:post_type></item>\n"));
        Assert.Equal((PublicationStatus.Draft, "draft"), (read.Post.Status, read.Post.StatusWord));
        Assert.Contains("WXR035", read.ItemCodes);
    }

    [Fact]
    public void A_repeated_field_with_another_value_keeps_the_first_and_is_reported()
    {
        var read = ReadAll(Document(Item(5).Replace("</item>", "<wp:post_id>999</wp:post_id>\n</item>", StringComparison.Ordinal)));
        Assert.Equal(5, read.Post.Id);
        Assert.Equal(["WXR042"], read.ItemCodes);
    }
}
