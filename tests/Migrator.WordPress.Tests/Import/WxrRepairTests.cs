using Migrator.Core.Input;
using Migrator.Core.Pipeline;
using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>docs/wordpress-wxr.md#escaping-and-repairs: real exports that are not well-formed XML are read, and each repair is reported.</summary>
public sealed class WxrRepairTests
{
    [Fact]
    public void A_value_holding_cdata_end_is_two_cdata_sections_joined_back()
    {
        var read = ReadAll(Document(Item(content: "a]]]]><![CDATA[>b")));
        Assert.Equal("a]]>b", read.Post.Content.Text);
        Assert.Empty(read.Codes);
    }

    [Fact]
    public void Several_cdata_sections_are_joined_without_the_white_space_around_them()
    {
        var item = Item().Replace("<content:encoded><![CDATA[Body text]]></content:encoded>",
            "<content:encoded>\n<![CDATA[line one]]><![CDATA[line two]]>\n</content:encoded>", StringComparison.Ordinal);
        var read = ReadAll(Document(item));
        Assert.Equal("line oneline two", read.Post.Content.Text);
    }

    [Fact]
    public void A_control_character_pasted_into_a_comment_is_removed_and_the_rest_of_the_file_is_read()
    {
        var comment = "<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_content><![CDATA[tab\u000Bbed]]></wp:comment_content></wp:comment>\n";
        var document = Document(Item(1, extra: comment) + Item(2) + Item(3, content: "bell\u0007"));
        var line = document.Split('\n').ToList().FindIndex(l => l.Contains('\u000B', StringComparison.Ordinal)) + 1;
        var read = ReadAll(document);
        Assert.Equal(3, read.Posts.Count);
        Assert.Equal("tabbed", read.Posts[0].Comments[0].Content);
        Assert.Equal("bell", read.Posts[2].Content.Text);
        var repair = Assert.Single(read.Diagnostics, d => d.Code == "WXR010");
        Assert.Equal(line, repair.Source!.Line);
    }

    [Fact]
    public void A_raw_ampersand_in_comment_author_url_is_read_as_an_ampersand()
    {
        var comment = "<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_author_url>http://x/?a=1&b=2</wp:comment_author_url></wp:comment>\n";
        var read = ReadAll(Document(Item(extra: comment)));
        Assert.Equal("http://x/?a=1&b=2", read.Post.Comments[0].AuthorUrl);
        Assert.Contains("WXR012", read.Codes);
    }

    [Fact]
    public void An_undeclared_atom_prefix_is_declared()
    {
        var read = ReadAll(Document(Item(), header: "<atom:link rel=\"search\" href=\"http://blog.example/osd.xml\" />\n"));
        Assert.Single(read.Posts);
        Assert.Contains(read.Diagnostics, d => d.Code == "WXR014" && d.Message.Contains("'atom:'", StringComparison.Ordinal));
        Assert.Contains(read.Site.Extra, e => e.Key == "atom:link");
    }

    [Fact]
    public void Pre_3_4_unescaped_cdata_end_in_content_is_kept_as_text()
    {
        var read = ReadAll(Document(Item(content: "Content with nested <![CDATA[ tags ]]> :)"), version: "1.1"));
        Assert.Equal("Content with nested <![CDATA[ tags ]]> :)", read.Post.Content.Text);
        Assert.Contains("WXR015", read.Codes);
    }

    [Fact]
    public void Pre_3_4_exports_lose_the_space_they_added_after_text_ending_in_a_bracket()
    {
        var read = ReadAll(Document(Item(content: "arr[0] ", title: "x [y] "), version: "1.1"));
        Assert.Equal("arr[0]", read.Post.Content.Text);
        Assert.Equal("x [y]", read.Post.Title);
        Assert.Single(read.Diagnostics, d => d.Code == "WXR016");
    }

    [Fact]
    public void A_WXR_1_2_export_keeps_a_space_after_a_bracket()
    {
        var read = ReadAll(Document(Item(content: "arr[0] ")));
        Assert.Equal("arr[0] ", read.Post.Content.Text);
        Assert.DoesNotContain("WXR016", read.Codes);
    }

    [Fact]
    public void Each_repair_is_reported_once_per_file()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => Item(i, content: "x\u0001y").Replace("<link>", "<link>&", StringComparison.Ordinal)));
        var read = ReadAll(Document(items), Document(items));
        Assert.Equal(10, read.Posts.Count);
        Assert.Equal(2, read.Codes.Count(c => c == "WXR010"));
        Assert.Equal(2, read.Codes.Count(c => c == "WXR012"));
    }

    [Fact]
    public void A_truncated_file_yields_the_items_before_the_damage_then_InputDamaged_with_line_and_column()
    {
        var whole = Document(Item(1) + Item(2) + Item(3));
        var cut = whole[..whole.LastIndexOf("<wp:post_name>", StringComparison.Ordinal)];
        var read = ReadAll(cut);
        Assert.Collection(read.Items,
            i => Assert.Equal(1, Assert.IsType<ReadPost>(i).Post.Id),
            i => Assert.Equal(2, Assert.IsType<ReadPost>(i).Post.Id),
            i => Assert.Equal("WXR021", Assert.IsType<UnreadableItem>(i).Error.Code),
            i =>
            {
                var damaged = Assert.IsType<InputDamaged>(i);
                Assert.Equal("WXR020", damaged.Error.Code);
                Assert.Equal(cut.Count(c => c == '\n') + 1, damaged.Source.Line);
                Assert.Contains("column", damaged.Error.Message, StringComparison.Ordinal);
                Assert.Contains("No item follows the damage", damaged.Error.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_file_damaged_between_items_is_read_around_the_damage_and_the_next_input_is_still_read()
    {
        var damaged = Document(Item(1) + "<item><title>broken</title></oops>\n" + Item(2));
        var read = ReadAll(damaged, Document(Item(7)));
        Assert.Equal(1, Assert.IsType<ReadPost>(read.Items[0]).Post.Id);
        Assert.Equal("broken", Assert.IsType<UnreadableItem>(read.Items[1]).Title);
        Assert.Equal(damaged.Split('\n').ToList().FindIndex(l => l.Contains("</oops>", StringComparison.Ordinal)) + 1,
            Assert.IsType<InputDamaged>(read.Items[2]).Source.Line);
        Assert.Equal(2, Assert.IsType<ReadPost>(read.Items[3]).Post.Id);
        Assert.Equal(7, Assert.IsType<ReadPost>(read.Items[4]).Post.Id);
        Assert.Equal(5, read.Items.Count);
    }

    [Fact]
    public void A_doctype_is_refused()
    {
        var text = Document(Item()).Replace("<rss", "<!DOCTYPE rss [<!ENTITY lol \"lol\">]>\n<rss", StringComparison.Ordinal);
        var ex = Assert.Throws<InputException>(() => ReadAll(text));
        Assert.Contains("DOCTYPE", ex.Message, StringComparison.Ordinal);
        Assert.Contains("export.xml", ex.Message, StringComparison.Ordinal);
    }
}
