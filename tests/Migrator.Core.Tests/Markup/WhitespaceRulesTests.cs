using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>HTML whitespace rules: runs collapse, U+00A0 is not whitespace, pre is kept exactly.</summary>
public sealed class WhitespaceRulesTests
{
    [Fact]
    public void Whitespace_runs_collapse_to_one_space_and_vanish_at_block_edges() =>
        Converts("<p>\n  a \n\t b  </p>", "a b\n");

    [Fact]
    public void A_no_break_space_is_kept_as_U_00A0() =>
        Converts("<p>10&nbsp;km and&#160;more</p>", "10\u00A0km and\u00A0more\n");

    [Fact]
    public void A_paragraph_holding_only_a_no_break_space_stays_a_paragraph_written_as_a_reference_every_parser_keeps() =>
        Converts("<p>a</p><p>&nbsp;</p><p>b</p>", "a\n\n&nbsp;\n\nb\n");

    [Fact]
    public void Preformatted_text_is_kept_exactly() =>
        Converts("<pre><code>  a\t\n\n    b  \n</code></pre>", "```\n  a\t\n\n    b  \n```\n");

    [Fact]
    public void Whitespace_at_the_edges_of_emphasis_moves_outside_it() =>
        Converts("<p><strong>Note: </strong>read<em> this</em></p>", "**Note:** read *this*\n");

    [Fact]
    public void A_space_at_the_edge_of_a_link_stays_inside_it_because_the_underline_covers_it() =>
        Converts("<p>see<a href=\"/x\"> this </a>now and<a href=\"/y\" class=\"c\"> that</a></p>", "see[ this ](/x)now and<a href=\"/y\" class=\"c\"> that</a>\n");

    [Fact]
    public void A_space_at_the_edge_of_a_link_that_collapses_with_a_space_outside_it_is_written_outside() =>
        Converts("<p>see <a href=\"/x\"> this</a> and <a href=\"/y\">that </a></p>", "see [this](/x) and [that](/y)\n");

    [Fact]
    public void A_link_holding_only_a_space_keeps_it() =>
        Converts("<p>a<a href=\"/x\"> </a>b</p>", "a[ ](/x)b\n");

    [Fact]
    public void Whitespace_between_block_elements_is_not_content() =>
        Converts("<p>a</p>\n\n   <p>b</p>\n", "a\n\nb\n");

    [Fact]
    public void Space_before_a_line_break_is_dropped() =>
        Converts("<p>a   <br>   b</p>", "a\\\nb\n");
}
