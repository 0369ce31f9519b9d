using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>Text never turns into Markdown syntax by accident; escapes appear only where they are needed.</summary>
public sealed class EscapingRulesTests
{
    [Fact]
    public void A_number_and_a_period_at_line_start_is_not_an_ordered_list() =>
        Converts("<p>1986. A great year</p>", "1986\\. A great year\n");

    [Fact]
    public void A_number_and_a_period_inside_a_line_stays_as_written() =>
        Converts("<p>In 1986. A great year</p>", "In 1986. A great year\n");

    [Fact]
    public void An_asterisk_touching_a_word_is_escaped() =>
        Converts("<p>*nix systems</p>", "\\*nix systems\n");

    [Fact]
    public void An_asterisk_between_spaces_stays_as_written() =>
        Converts("<p>2 * 3 = 6</p>", "2 * 3 = 6\n");

    [Fact]
    public void Square_brackets_do_not_become_a_link() =>
        Converts("<p>[brackets] and [x](y)</p>", "\\[brackets] and \\[x](y)\n");

    [Fact]
    public void An_exclamation_mark_before_a_link_does_not_make_an_image() =>
        Converts("<p>!<a href=\"/u\">foo</a></p>", "\\![foo](/u)\n");

    [Fact]
    public void Angle_brackets_around_a_word_do_not_become_a_tag() =>
        Converts("<p>List&lt;T&gt; and a &lt; b</p>", "List\\<T> and a < b\n");

    [Fact]
    public void An_entity_written_as_text_stays_text_written_as_amp_which_kramdown_reads_too() =>
        Converts("<p>&amp;copy; is not &copy; and AT&amp;T stays</p>", "&amp;copy; is not © and AT&T stays\n");

    [Fact]
    public void A_double_dollar_is_escaped_because_kramdown_reads_it_as_maths() =>
        Converts("<p>It costs $$5, or $5 alone.</p>", "It costs \\$\\$5, or $5 alone.\n");

    [Fact]
    public void A_colon_and_space_at_line_start_is_escaped_because_kramdown_and_goldmark_read_a_definition() =>
        Converts("<p>Above.</p><p>: a colon, and C: drive</p>", "Above.\n\n\\: a colon, and C: drive\n");

    [Fact]
    public void A_hash_at_line_start_is_escaped_because_kramdown_reads_hashtag_as_a_heading() =>
        Converts("<p>#hashtag and #another</p>", "\\#hashtag and #another\n");

    [Fact]
    public void A_closing_hash_sequence_in_a_heading_is_escaped() =>
        Converts("<h2>C #</h2>", "## C \\#\n");

    [Fact]
    public void A_trailing_backslash_is_escaped_but_a_path_is_not() =>
        Converts("<p>C:\\Users\\ and C:\\</p>", "C:\\Users\\ and C:\\\\\n");

    [Fact]
    public void Plus_and_minus_at_line_start_do_not_start_a_list() =>
        Converts("<p>- not a list<br>+ not either<br>-1 stays</p>", "\\- not a list\\\n\\+ not either\\\n-1 stays\n");

    [Fact]
    public void A_greater_than_sign_at_line_start_does_not_start_a_quote() =>
        Converts("<p>&gt; not a quote, 3 &gt; 2</p>", "\\> not a quote, 3 > 2\n");

    [Fact]
    public void A_pipe_is_always_escaped_because_kramdown_makes_any_line_with_one_a_table_row() =>
        Converts("<p>a | b</p><table><thead><tr><th>x | y</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
            "a \\| b\n\n| x \\| y |\n| --- |\n| 1 |\n");

    [Fact]
    public void An_underscore_inside_a_word_stays_but_one_at_a_word_edge_is_escaped() =>
        Converts("<p>snake_case_name and _private</p>", "snake_case_name and \\_private\n");

    [Fact]
    public void Backticks_in_text_do_not_open_a_code_span() =>
        Converts("<p>a `tick</p>", "a \\`tick\n");

    [Fact]
    public void Tildes_are_escaped_when_strikethrough_is_on() =>
        Converts("<p>~/home and ~~x~~</p>", "\\~/home and \\~\\~x\\~\\~\n");

    [Fact]
    public void Tildes_stay_in_plain_CommonMark() =>
        Converts("<p>~/home and ~~x~~</p>", "~/home and ~~x~~\n", CommonMarkOnly);

    [Fact]
    public void A_line_of_equals_signs_after_a_break_is_not_a_heading_underline() =>
        Converts("<p>a<br>===</p>", "a\\\n\\===\n");

    [Fact]
    public void A_hard_break_that_ends_link_text_is_written_as_HTML_because_Markdig_drops_a_backslash_break_there() =>
        Converts("<p><a href=\"/x\">a<br></a> b</p>", "[a<br />](/x) b\n");

    [Fact]
    public void An_ampersand_that_would_start_an_entity_in_a_URL_is_written_as_an_entity_itself() =>
        Converts("<p><a href=\"/x?a=1&amp;amp;b=2\">x</a></p>", "[x](/x?a=1&amp;amp;b=2)\n");

    [Fact]
    public void A_zero_width_no_break_space_at_the_end_of_a_paragraph_is_a_reference_because_the_reference_implementation_trims_it() =>
        Converts("<p>both \uFEFF</p><p>\u3000x</p>", "both &#xFEFF;\n\n&#x3000;x\n");
}
