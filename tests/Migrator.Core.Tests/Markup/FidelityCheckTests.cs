using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Tests.Markup;

/// <summary>The verdict compares after a documented normalisation, and the notes say what differs.</summary>
public sealed class FidelityCheckTests
{
    private static BodyFidelity Check(string html, string markdown) => FidelityCheck.Check(html, markdown, MarkdownFlavor.Goldmark);

    [Fact]
    public void Equal_after_normalisation_is_exact()
    {
        var fidelity = Check("<P>a  <B>b</B>&nbsp;&copy;<BR/>c</P>\n\n<p><img alt='' src='x y.png'><a title=\"t\" href=\"/%C3%A9\">é</a></p>",
            "a **b**\u00A0©\\\nc\n\n![](<x y.png>)[é](/é \"t\")\n");
        Assert.Equal(new BodyFidelity(FidelityVerdict.Exact, ""), fidelity);
    }

    [Fact]
    public void A_no_break_space_is_not_a_space()
    {
        var fidelity = Check("<p>a&nbsp;b</p>", "a b\n");
        Assert.Equal(FidelityVerdict.Changed, fidelity.Verdict);
        Assert.StartsWith("text differs at \"a|\u00A0b\" → \"a| b\"", fidelity.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_text_in_other_markup_is_text_equal_and_says_which_element_changed()
    {
        var fidelity = Check("<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>", "a\n\nb\n");
        Assert.Equal(FidelityVerdict.TextEqual, fidelity.Verdict);
        Assert.Equal("table flattened; <tbody> dropped (1); <td> dropped (1)", fidelity.Notes);
    }

    [Fact]
    public void Raw_HTML_in_the_Markdown_is_counted()
    {
        var fidelity = Check("<div class=\"x\"><p>a<sup>1</sup></p></div>", "<div class=\"x\">\n\na<sup>1</sup>\n\n</div>\n");
        Assert.Equal(new BodyFidelity(FidelityVerdict.Exact, "2 raw HTML blocks; 2 raw HTML tags inline"), fidelity);
    }

    [Fact]
    public void Preformatted_text_is_compared_exactly_but_for_its_edge_newlines()
    {
        Assert.Equal(FidelityVerdict.Exact, Check("<pre><code>a\n  b</code></pre>", "```\na\n  b\n```\n").Verdict);
        Assert.Equal(FidelityVerdict.Changed, Check("<pre><code>a\n  b</code></pre>", "```\na\n b\n```\n").Verdict);
    }

    [Fact]
    public void Markdown_inside_a_raw_wrapper_is_changed_for_kramdown_only()
    {
        const string Html = "<div class=\"note\"><p>Some <em>text</em>.</p></div><p>After.</p>";
        const string Markdown = "<div class=\"note\">\n\nSome *text*.\n\n</div>\n\nAfter.\n";
        var kramdown = FidelityCheck.Check(Html, Markdown, MarkdownFlavor.Kramdown);
        Assert.Equal(FidelityVerdict.Changed, kramdown.Verdict);
        Assert.StartsWith("Markdown inside a raw <div>: kramdown shows it as text", kramdown.Notes, StringComparison.Ordinal);
        Assert.Equal(FidelityVerdict.Exact, FidelityCheck.Check(Html, Markdown, MarkdownFlavor.Goldmark).Verdict);
        Assert.Equal(FidelityVerdict.Exact, FidelityCheck.Check("<div class=\"note\"><p>x</p></div><p>After.</p>", "<div class=\"note\"><p>x</p></div>\n\nAfter.\n", MarkdownFlavor.Kramdown).Verdict);
    }

    [Fact]
    public void Markdown_inside_a_wrapper_marked_markdown_1_is_read_by_kramdown_and_exact()
    {
        const string Html = "<div class=\"note\"><p>Some <em>text</em>.</p></div><p>After.</p>";
        const string Markdown = "<div class=\"note\" markdown=\"1\">\n\nSome *text*.\n\n</div>\n\nAfter.\n";
        Assert.Equal(FidelityVerdict.Exact, FidelityCheck.Check(Html, Markdown, MarkdownFlavor.Kramdown).Verdict);
        // An unmarked wrapper inside a marked one is still raw to kramdown.
        const string Nested = "<div markdown=\"1\">\n\n<div>\n\nSome *text*.\n\n</div>\n\n</div>\n";
        Assert.Equal(FidelityVerdict.Changed, FidelityCheck.Check("<div><div><p>Some <em>text</em>.</p></div></div>", Nested, MarkdownFlavor.Kramdown).Verdict);
    }

    [Fact]
    public void Kramdown_heading_ids_are_ignored()
    {
        Assert.Equal(FidelityVerdict.Exact, FidelityCheck.Check("<h2>Hello</h2>", "## Hello\n", MarkdownFlavor.Kramdown).Verdict);
    }
}
