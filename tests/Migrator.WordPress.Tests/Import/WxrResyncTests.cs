using Migrator.Core.Pipeline;
using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>
/// Damage past repair: the item it is in fails (with what is known of it), the damage is reported with file, line,
/// column and the XML error, and reading resumes at the next <c>&lt;item&gt;</c> start tag, so the intact items after
/// the damage are read.
/// </summary>
public sealed class WxrResyncTests
{
    private static string Line(string text, string marker) =>
        (text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int LineOf(string text, string marker) => int.Parse(Line(text, marker), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ids of the posts read, "unreadable" and "damaged" for the other items, in order.</summary>
    private static IEnumerable<string> Shape(WxrSamples.Read read) => read.Items.Select(i => i switch
    {
        ReadPost p => p.Post.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        UnreadableItem => "unreadable",
        InputDamaged => "damaged",
        _ => i.GetType().Name,
    });

    [Fact]
    public void A_mistyped_end_tag_after_cdata_fails_its_item_and_the_next_item_is_read()
    {
        var text = Document(Item(1) + Item(2, title: "Second").Replace("</title>", "</titel>", StringComparison.Ordinal) + Item(3));
        var read = ReadAll(text);
        Assert.Equal(["1", "unreadable", "damaged", "3"], Shape(read));
        var unreadable = Assert.IsType<UnreadableItem>(read.Items[1]);
        Assert.Equal(("WXR021", "Second", "2", LineOf(text, "<title><![CDATA[Second") - 1),
            (unreadable.Error.Code, unreadable.Title, unreadable.Source.ItemId, unreadable.Source.Line));
        Assert.Equal(LineOf(text, "</titel>"), read.Items[2].Source.Line);
    }

    [Fact]
    public void Items_after_damage_between_items_are_read()
    {
        var text = Document(Item(1) + "<item><title>broken</title></oops>\n" + Item(2) + Item(3));
        Assert.Equal(["1", "unreadable", "damaged", "2", "3"], Shape(ReadAll(text)));
    }

    [Fact]
    public void A_missing_item_end_tag_fails_that_item_only()
    {
        var text = Document(Item(1) + Item(2).Replace("</item>", "", StringComparison.Ordinal) + Item(3) + Item(4));
        var read = ReadAll(text);
        Assert.Equal(["1", "unreadable", "damaged", "3", "4"], Shape(read));
        Assert.Equal(LineOf(text, "<wp:post_id>3<") - 8, read.Items[3].Source.Line);
    }

    [Fact]
    public void A_cdata_section_that_never_ends_fails_its_item_only()
    {
        var text = Document(Item(1) + Item(2, title: "Runaway").Replace("Runaway]]>", "Runaway", StringComparison.Ordinal) + Item(3) + Item(4));
        var read = ReadAll(text);
        Assert.Equal(["1", "unreadable", "damaged", "3", "4"], Shape(read));
        Assert.Equal("Runaway", Assert.IsType<UnreadableItem>(read.Items[1]).Title);
    }

    [Fact]
    public void An_attribute_value_that_never_ends_fails_its_item_only()
    {
        var text = Document(Item(1) + Item(2).Replace("isPermaLink=\"false\"", "isPermaLink=\"false", StringComparison.Ordinal) + Item(3));
        Assert.Equal(["1", "unreadable", "damaged", "3"], Shape(ReadAll(text)));
    }

    [Fact]
    public void A_duplicated_item_end_tag_is_damage_between_items()
    {
        var text = Document(Item(1).Replace("</item>", "</item></item>", StringComparison.Ordinal) + Item(2));
        Assert.Equal(["1", "damaged", "2"], Shape(ReadAll(text)));
    }

    [Fact]
    public void A_stray_channel_end_tag_does_not_hide_the_items_after_it()
    {
        var text = Document(Item(1) + "</channel>\n" + Item(2) + Item(3));
        var shape = Shape(ReadAll(text)).ToList();
        Assert.Equal(["1", "damaged", "2", "3"], shape);
    }

    [Fact]
    public void Several_damaged_places_each_resume_at_the_next_item()
    {
        var broken = Item(0).Replace("</wp:post_id>", "</wp:post_ID>", StringComparison.Ordinal);
        var text = Document(Item(1) + broken.Replace(">0<", ">2<", StringComparison.Ordinal) + Item(3) + broken.Replace(">0<", ">4<", StringComparison.Ordinal) + Item(5));
        Assert.Equal(["1", "unreadable", "damaged", "3", "unreadable", "damaged", "5"], Shape(ReadAll(text)));
    }

    [Fact]
    public void The_damage_says_file_line_column_and_the_XML_error()
    {
        var text = Document(Item(1) + Item(2).Replace("</wp:post_name>", "</wp:post_nam>", StringComparison.Ordinal) + Item(3));
        var damaged = Assert.IsType<InputDamaged>(ReadAll(text).Items[2]);
        var line = LineOf(text, "</wp:post_nam>");
        Assert.Equal(("WXR020", line), (damaged.Error.Code, damaged.Source.Line));
        Assert.Contains("export.xml", damaged.Error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line}, column 34", damaged.Error.Message, StringComparison.Ordinal);
        Assert.Contains("wp:post_nam", damaged.Error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line + 8}", damaged.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resumed_items_keep_their_true_line_numbers()
    {
        var text = Document(Item(1) + "<item></oops>\n" + Item(2, content: "x\u0001y"));
        var read = ReadAll(text);
        var second = Assert.IsType<ReadPost>(read.Items[^1]).Post;
        Assert.Equal(LineOf(text, "<wp:post_id>2<") - 8, second.Source.Line);
        var repair = Assert.Single(read.Diagnostics, d => d.Code == "WXR010");
        Assert.Equal(LineOf(text, "x\u0001y"), repair.Source?.Line);
    }
}
