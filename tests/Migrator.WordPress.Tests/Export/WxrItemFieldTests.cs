using Migrator.Core.Model;
using Migrator.WordPress.Export;
using static Migrator.WordPress.Tests.Export.WxrExportKit;

namespace Migrator.WordPress.Tests.Export;

/// <summary>Item fields: slugs, dates, CDATA, control characters, meta and Disqus identity (docs/wordpress-wxr.md#items, docs/disqus.md#thread-ids-and-identifiers).</summary>
public sealed class WxrItemFieldTests
{
    /// <summary>Items of a Jekyll or Hugo site: not a re-export.</summary>
    private static readonly WxrExportOptions FromStaticSite = new() { ExportDate = WxrExportKit.Today };

    [Fact]
    public void Post_name_is_written_percent_encoded_with_lower_case_hex_as_WordPress_stores_it()
    {
        using var kit = new WxrExportKit();
        var item = Assert.Single(kit.Items(SiteNamed(), NewPost("ελληνικά-κείμενο")));
        // docs/wordpress-wxr.md#slugs-and-percent-encoding: sanitize_title("Ελληνικά κείμενο").
        Assert.Equal("%ce%b5%ce%bb%ce%bb%ce%b7%ce%bd%ce%b9%ce%ba%ce%ac-%ce%ba%ce%b5%ce%af%ce%bc%ce%b5%ce%bd%ce%bf", item.Element(Wp + "post_name")!.Value);
    }

    [Fact]
    public void A_type_WordPress_does_not_know_from_a_static_site_is_written_as_a_page_keeping_its_type()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed();
        var items = kit.Items(site, FromStaticSite, NewPost("pie") with { Type = "recipes" }, NewPost("a"));
        Assert.Equal("page", items[0].Element(Wp + "post_type")!.Value);
        Assert.Contains(items[0].Elements(Wp + "postmeta"), m => m.Element(Wp + "meta_key")!.Value == "_migrator_source_type" && m.Element(Wp + "meta_value")!.Value == "recipes");
        Assert.Equal("post", items[1].Element(Wp + "post_type")!.Value);

        // From a WordPress export, a custom type is the site's own (a plugin registers it) and stays.
        var fromWordPress = kit.Items(SiteNamed(), WxrExportKit.WordPressToWordPress, NewPost("pie") with { Type = "recipes" });
        Assert.Equal("recipes", Assert.Single(fromWordPress).Element(Wp + "post_type")!.Value);
    }

    [Fact]
    public void A_nested_page_from_a_static_site_without_a_parent_is_reported()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with { Url = "https://example.com/blog" };
        var team = NewPost("team") with { Type = "page", Link = "https://example.com/blog/about/team/" };
        var about = NewPost("about") with { Type = "page", Link = "https://example.com/blog/about/" };
        kit.Items(site, FromStaticSite, team, about);
        Assert.Equal(["WXW021"], kit.Diagnostics.Items.Where(d => d.Code == "WXW021").Select(d => d.Code));
    }

    [Fact]
    public void Post_date_is_local_and_post_date_gmt_is_UTC()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a") with
        {
            Date = new DateTimeOffset(2020, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)),
            Modified = new DateTimeOffset(2021, 1, 1, 0, 30, 0, TimeSpan.FromHours(1)),
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        Assert.Equal("2020-07-01 12:00:00", item.Element(Wp + "post_date")!.Value);
        Assert.Equal("2020-07-01 10:00:00", item.Element(Wp + "post_date_gmt")!.Value);
        Assert.Equal("Wed, 01 Jul 2020 10:00:00 +0000", item.Element("pubDate")!.Value);
        Assert.Equal("2021-01-01 00:30:00", item.Element(Wp + "post_modified")!.Value);
        Assert.Equal("2020-12-31 23:30:00", item.Element(Wp + "post_modified_gmt")!.Value);
    }

    [Theory]
    [InlineData(PublicationStatus.Draft, "draft", "0000-00-00 00:00:00")]
    [InlineData(PublicationStatus.PendingReview, "pending", "0000-00-00 00:00:00")]
    [InlineData(PublicationStatus.Published, "publish", "2020-01-02 09:00:00")]
    public void Floating_dates_get_a_zero_GMT_date_only_on_drafts_and_pending_posts(PublicationStatus status, string word, string gmt)
    {
        using var kit = new WxrExportKit();
        var item = Assert.Single(kit.Items(SiteNamed(), NewPost("a") with { Status = status, StatusWord = word, DateIsFloating = true }));
        Assert.Equal("2020-01-02 10:00:00", item.Element(Wp + "post_date")!.Value);
        Assert.Equal(gmt, item.Element(Wp + "post_date_gmt")!.Value);
        Assert.Equal(word, item.Element(Wp + "status")!.Value);
    }

    [Fact]
    public void Unknown_status_words_are_written_as_the_source_had_them()
    {
        using var kit = new WxrExportKit();
        var item = Assert.Single(kit.Items(SiteNamed(), NewPost("a") with { Status = PublicationStatus.Unknown, StatusWord = "wc-completed" }));
        Assert.Equal("wc-completed", item.Element(Wp + "status")!.Value);
    }

    [Fact]
    public void CDATA_end_marker_is_split_as_WordPress_wxr_cdata_does_and_reads_back_whole()
    {
        using var kit = new WxrExportKit();
        var file = kit.Export(SiteNamed(), [NewPost("a", title: "x]]>y", body: "<p>a]]>b]]>c</p>")])[0];
        var text = kit.Text(file);
        Assert.Contains("<title><![CDATA[x]]]]><![CDATA[>y]]></title>", text, StringComparison.Ordinal);
        Assert.Contains("<![CDATA[<p>a]]]]><![CDATA[>b]]]]><![CDATA[>c</p>]]>", text, StringComparison.Ordinal);
        var item = kit.Parse(file).Root!.Element("channel")!.Element("item")!;
        Assert.Equal("x]]>y", item.Element("title")!.Value);
        Assert.Equal("<p>a]]>b]]>c</p>", item.Element(Content + "encoded")!.Value);
    }

    [Fact]
    public void XML_illegal_control_characters_are_removed_and_reported()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a", title: "Tab\tkept, vertical\vtab and back\bspace removed", body: "<p>x\u0001y\uFFFEz</p>") with
        {
            Comments = [new Comment { Id = 1, Author = "Bob", Content = "lone \uD800 surrogate" }],
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        Assert.Equal("Tab\tkept, verticaltab and backspace removed", item.Element("title")!.Value);
        Assert.Equal("<p>xyz</p>", item.Element(Content + "encoded")!.Value);
        Assert.Equal("lone  surrogate", item.Element(Wp + "comment")!.Element(Wp + "comment_content")!.Value);
        Assert.Equal(3, kit.Codes.Count(c => c == "WXW001"));
    }

    [Fact]
    public void Carriage_returns_are_written_as_LF()
    {
        using var kit = new WxrExportKit();
        var file = kit.Export(SiteNamed(), [NewPost("a", body: "<pre>a\r\nb\rc</pre>") with { Excerpt = "e\r\nf" }])[0];
        Assert.DoesNotContain('\r', kit.Text(file));
        var item = kit.Parse(file).Root!.Element("channel")!.Element("item")!;
        Assert.Equal("<pre>a\nb\nc</pre>", item.Element(Content + "encoded")!.Value);
        Assert.Equal("e\nf", item.Element(Excerpt + "encoded")!.Value);
    }

    [Fact]
    public void Every_meta_row_is_written_in_order_and_serialized_values_keep_valid_lengths()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a") with
        {
            Meta = [new("b", "1"), new("a", "2"), new("b", "3"), new("_wp_attachment_metadata", "a:1:{s:1:\"k\";s:8:\"x\u000Bhé\r\nl\";}")],
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        var rows = item.Elements(Wp + "postmeta").Select(m => $"{m.Element(Wp + "meta_key")!.Value}={m.Element(Wp + "meta_value")!.Value}");
        // "xhé\nl" is 6 bytes in UTF-8 once the vertical tab is removed and CR LF becomes LF.
        Assert.Equal(["b=1", "a=2", "b=3", "_wp_attachment_metadata=a:1:{s:1:\"k\";s:6:\"xhé\nl\";}"], rows);
        Assert.Contains("WXW018", kit.Codes);
    }

    [Fact]
    public void Disqus_thread_ids_become_dsq_thread_id_rows_unless_already_in_meta()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a", id: 85) with
        {
            Meta = [new("dsq_thread_id", "111")],
            Thread = new ThreadIdentity(["111", "222", "222"], null, null),
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        var values = item.Elements(Wp + "postmeta").Where(m => m.Element(Wp + "meta_key")!.Value == "dsq_thread_id")
            .Select(m => m.Element(Wp + "meta_value")!.Value);
        Assert.Equal(["111", "222"], values);
    }

    [Fact]
    public void Disqus_identifier_of_the_form_ID_guid_is_reproduced_by_post_id_and_guid()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a") with
        {
            Id = null,
            Guid = "https://new.example/a/",
            Thread = new ThreadIdentity([], "85 http://blog.example/?p=85", "http://blog.example/a/"),
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        var identifier = $"{item.Element(Wp + "post_id")!.Value} {item.Element("guid")!.Value}";
        Assert.Equal("85 http://blog.example/?p=85", identifier);
        Assert.DoesNotContain("WXW004", kit.Codes);
    }

    [Fact]
    public void Disqus_identifier_of_a_custom_type_keeps_its_encoded_ampersand_in_the_guid()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a", id: 123) with
        {
            Type = "book",
            Guid = "http://x/?post_type=book&p=123",
            Thread = new ThreadIdentity([], "123 http://x/?post_type=book&#038;p=123", null),
        };
        var item = Assert.Single(kit.Items(SiteNamed(), post));
        // docs/disqus.md#thread-ids-and-identifiers: the plugin sends the guid as stored; the identifier tells how it was stored.
        Assert.Equal("http://x/?post_type=book&#038;p=123", item.Element("guid")!.Value);
    }

    [Fact]
    public void Disqus_identifiers_the_plugin_cannot_send_are_reported()
    {
        using var kit = new WxrExportKit();
        kit.Items(SiteNamed(),
            NewPost("a") with { Thread = new ThreadIdentity(["9"], "/2016/05/20/post", null) },
            NewPost("b", id: 12) with { Thread = new ThreadIdentity([], "85 http://blog.example/?p=85", null) });
        Assert.Contains("WXW010", kit.Codes);
        Assert.Contains("WXW011", kit.Codes);
    }

    [Fact]
    public void Comment_email_and_IP_are_written_only_with_IncludePrivateData_but_the_elements_are_always_there()
    {
        var post = NewPost("a") with
        {
            Comments = [new Comment { Id = 1, Author = "Bob", AuthorEmail = "bob@example.com", AuthorIp = "10.0.0.1" }],
        };
        foreach (var include in new[] { false, true })
        {
            using var kit = new WxrExportKit();
            var file = kit.Export(SiteNamed(), [post], new WxrExportOptions { IncludePrivateData = include });
            var comment = kit.Parse(file[0]).Root!.Element("channel")!.Element("item")!.Element(Wp + "comment")!;
            Assert.Equal(include ? "bob@example.com" : "", comment.Element(Wp + "comment_author_email")!.Value);
            Assert.Equal(include ? "10.0.0.1" : "", comment.Element(Wp + "comment_author_IP")!.Value);
        }
    }

    [Fact]
    public void Comments_are_renumbered_so_parents_have_lower_ids_than_replies()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a") with
        {
            Comments =
            [
                new Comment { Id = 49, ParentId = 50, Author = "reply", Meta = [new("dsq_post_id", "r")] },
                new Comment { Id = 50, Author = "parent" },
                new Comment { Id = 51, ParentId = 49, Author = "reply to reply" },
                new Comment { Id = 52, ParentId = 999, Author = "orphan" },
            ],
        };
        var comments = Assert.Single(kit.Items(SiteNamed(), post)).Elements(Wp + "comment")
            .Select(c => (Author: c.Element(Wp + "comment_author")!.Value, Id: long.Parse(c.Element(Wp + "comment_id")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                Parent: long.Parse(c.Element(Wp + "comment_parent")!.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var byId = comments.ToDictionary(c => c.Id);
        Assert.All(comments.Where(c => c.Parent != 0), c => Assert.True(c.Parent < c.Id, $"{c.Author}: parent {c.Parent} is not lower than {c.Id}"));
        // Parents come before their replies in the file, too.
        Assert.All(comments.Where(c => c.Parent != 0), c => Assert.True(comments.FindIndex(x => x.Id == c.Parent) < comments.IndexOf(c)));
        Assert.Equal("parent", byId[byId.Values.Single(c => c.Author == "reply").Parent].Author);
        Assert.Equal("reply", byId[byId.Values.Single(c => c.Author == "reply to reply").Parent].Author);
        Assert.Equal(0, byId.Values.Single(c => c.Author == "orphan").Parent);
        Assert.Equal([49L, 50, 51, 52], comments.Select(c => c.Id).Order());
        Assert.Contains("WXW008", kit.Codes);
        Assert.Contains("WXW009", kit.Codes);
    }

    [Fact]
    public void Comments_that_already_import_correctly_keep_their_ids_and_order()
    {
        var comments = new[]
        {
            new Comment { Id = 7, Author = "a" },
            new Comment { Id = 3, Author = "b" },
            new Comment { Id = 9, ParentId = 3, Author = "c" },
        };
        var result = CommentOrder.Arrange(comments);
        Assert.Same(comments, result.Comments);
        Assert.Equal(0, result.Renumbered);
    }
}
