using Migrator.Core.Markup;
using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>Plain Markdown for everything Markdown can express.</summary>
public sealed class StructureRulesTests
{
    [Fact]
    public void Headings_are_ATX() =>
        Converts("<h1>Title</h1><h3>Sub <em>title</em></h3><h6></h6>", "# Title\n\n### Sub *title*\n\n######\n");

    [Fact]
    public void Links_keep_titles_and_URLs_with_spaces_or_parentheses_go_in_angle_brackets() =>
        Converts("<p><a href=\"/a b\" title=\"T &quot;q&quot;\">x</a> <a href=\"/w/(c)\">y</a> <a href=\"/p)\">z</a></p>",
            "[x](</a b> \"T &quot;q&quot;\") [y](/w/(c)) [z](</p)>)\n");

    [Fact]
    public void A_link_whose_text_is_its_URL_is_an_autolink() =>
        Converts("<p><a href=\"https://example.org/x\">https://example.org/x</a> <a href=\"mailto:a@b.org\">a@b.org</a></p>",
            "<https://example.org/x> <a@b.org>\n");

    [Fact]
    public void Non_ASCII_in_a_URL_is_written_readable() =>
        Converts("<p><a href=\"/caf%C3%A9\">café</a></p>", "[café](/café)\n");

    [Fact]
    public void Images_keep_alt_and_title() =>
        Converts("<p><img src=\"/i.png\" alt=\"A *star*\" title=\"Big\"></p>", "![A \\*star\\*](/i.png \"Big\")\n");

    [Fact]
    public void Nested_lists_are_indented_to_the_content_column() =>
        Converts("<ul><li>a<ul><li>b<ol><li>c</li><li>d</li></ol></li></ul></li><li>e</li></ul>",
            "- a\n  - b\n    1. c\n    2. d\n- e\n");

    [Fact]
    public void A_list_with_paragraphs_is_loose() =>
        Converts("<ol start=\"3\"><li><p>a</p><p>b</p></li><li><p>c</p></li></ol>", "3. a\n\n   b\n\n4. c\n");

    [Fact]
    public void Adjacent_lists_change_marker_so_they_stay_two_lists() =>
        Converts("<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>", "- a\n\n+ b\n\n1. c\n\n1) d\n");

    [Fact]
    public void A_list_that_starts_on_its_items_line_takes_another_bullet_so_it_is_not_a_rule() =>
        Converts("<ul><li><ul><li><ul><li></li></ul></li></ul></li></ul>", "- + -\n");

    [Fact]
    public void An_empty_list_item_is_a_bare_marker() =>
        Converts("<ul><li>a</li><li></li><li>c</li></ul>", "- a\n-\n- c\n");

    [Fact]
    public void Blockquotes_nest() =>
        Converts("<blockquote><p>a</p><blockquote><p>b</p></blockquote><p>c</p></blockquote>", "> a\n>\n> > b\n>\n> c\n");

    [Fact]
    public void Code_spans_take_a_fence_longer_than_the_backticks_inside() =>
        Converts("<p><code>a``b</code> and <code>`x`</code> and <code> y </code></p>", "`a``b` and `` `x` `` and `  y  `\n");

    [Fact]
    public void Fenced_code_keeps_its_language_from_the_class() =>
        Converts("<pre><code class=\"language-csharp\">var x = 1;\n</code></pre>", "```csharp\nvar x = 1;\n```\n");

    [Fact]
    public void The_fence_is_longer_than_any_backtick_run_in_the_code() =>
        Converts("<pre><code>```\nx\n````\n</code></pre>", "`````\n```\nx\n````\n`````\n");

    [Fact]
    public void Code_in_a_list_item_is_indented_with_the_item() =>
        Converts("<ul><li><p>a</p><pre><code>x\n\n  y\n</code></pre></li></ul>", "- a\n\n  ```\n  x\n\n    y\n  ```\n");

    [Fact]
    public void Code_with_leading_tabs_in_a_quote_stays_HTML_because_the_quote_would_eat_part_of_the_tab() =>
        Converts("<blockquote><pre><code>a\n\tb\n\n</code></pre></blockquote>", "> <pre><code>a\n> &#9;b&#10;&#10;</code></pre>\n");

    [Fact]
    public void Hard_breaks_use_a_backslash() =>
        Converts("<p>a<br>b<br />c</p>", "a\\\nb\\\nc\n");

    [Fact]
    public void A_rule_is_three_asterisks() =>
        Converts("<p>a</p><hr><p>b</p>", "a\n\n***\n\nb\n");

    [Fact]
    public void Nested_emphasis_alternates_delimiters() =>
        Converts("<p><em>a <strong>b</strong></em> <strong><em>c</em></strong> x<em><strong>y</strong></em>z</p>", "*a __b__* **_c_** x***y***z\n");

    [Fact]
    public void Text_outside_any_paragraph_becomes_a_paragraph_with_the_same_text()
    {
        const string html = "<blockquote>quoted <em>text</em></blockquote>";
        var markdown = Migrator.Core.Markup.HtmlToMarkdown.HtmlToMarkdownConverter.Convert(html);
        Assert.Equal("> quoted *text*\n", markdown);
        var fidelity = Migrator.Core.Markup.Fidelity.FidelityCheck.Check(html, markdown, Migrator.Core.Markup.MarkdownFlavor.CommonMark);
        Assert.Equal(FidelityVerdict.TextEqual, fidelity.Verdict);
        Assert.Equal("<p> added (1)", fidelity.Notes);
    }

    [Fact]
    public void An_ordered_list_not_starting_at_1_after_text_in_a_tight_item_stays_HTML() =>
        Converts("<ul><li>b<ol start=\"9\"><li>c</li></ol></li></ul>", "- b\n  <ol start=\"9\"><li>c</li></ol>\n");
}
