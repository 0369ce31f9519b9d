using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>The HTML is read the way the HTML5 parsing rules (and so browsers) read it, before it becomes Markdown.</summary>
public sealed class HtmlParsingRulesTests
{
    [Fact]
    public void Numeric_references_128_to_159_are_Windows_1252_characters() =>
        Converts("<p>&#x9F; &#x80; &#150; &#x8D;</p>", "Ÿ € – \u008D\n");

    [Fact]
    public void A_link_target_is_trimmed_of_ASCII_whitespace() =>
        Converts("<p><a href=\" /a/b \">x</a> <img src=\"\n/i.png\t\" alt=\"i\"></p>", "[x](/a/b) ![i](/i.png)\n");

    [Fact]
    public void A_processing_instruction_ends_at_the_first_greater_than_sign_so_the_Markdown_after_it_is_read() =>
        Converts("<?php echo '>'; ?><p>after <em>x</em></p>", "<!--?php echo '-->'; ?&gt;\n\nafter *x*\n");

    [Fact]
    public void A_CDATA_section_in_HTML_content_is_a_comment_that_ends_at_the_first_greater_than_sign() =>
        Converts("<![CDATA[ a > b ]]><p>after <em>x</em></p>", "<!--[CDATA[ a --> b ]]&gt;\n\nafter *x*\n");

    [Fact]
    public void A_comment_the_HTML_parser_ends_at_dash_dash_bang_ends_there_so_the_Markdown_after_it_is_read() =>
        Converts("<!-- a --!><p>after <em>x</em> <!-- b --!> c</p>", "<!-- a -->\n\nafter *x* <!-- b --> c\n");

    [Fact]
    public void Document_tags_after_content_are_ignored_so_the_content_before_them_is_kept() =>
        Converts("<p>a</p><html><head><title>t</title></head><body><p>b</p></body></html>", "a\n\n<title>t</title>\n\nb\n");

    [Fact]
    public void Document_tags_in_upper_case_after_content_are_ignored_too() =>
        Converts("<p>a</p><HTML><Body><p>b</p></Body></HTML>", "a\n\nb\n");

    [Fact]
    public void Document_tags_inside_a_paragraph_are_ignored_too() =>
        Converts("<p>a</p><p>see <html><body>b</body></html></p>", "a\n\nsee b\n");

    [Fact]
    public void Self_closing_syntax_on_a_non_void_element_is_ignored_so_the_element_holds_what_follows() =>
        Converts("<p><span/>hello <em>x</em></p>", "<span>hello *x*</span>\n");

    [Fact]
    public void Self_closing_syntax_on_unknown_elements_is_ignored_too() =>
        Converts("<p>a <a/><b2/> c</p><p>next</p>", "a <a><b2>c</b2></a>\n\nnext\n");

    [Fact]
    public void Self_closing_syntax_closes_an_element_in_SVG() =>
        Converts("<svg><circle r=\"1\"/><rect/></svg><p>x</p>", "<svg>\n<circle r=\"1\"></circle><rect></rect></svg>\n\nx\n");

    [Fact]
    public void A_slash_at_the_end_of_an_unquoted_attribute_value_is_part_of_the_value() =>
        Converts("<p><a name=x/>y</p>", "<a name=\"x/\">y</a>\n");

    [Fact]
    public void A_self_closed_iframe_does_not_hide_the_rest_of_the_post_as_its_text() =>
        Converts("<p><iframe src=\"v\"/>after</p>", "<p><iframe src=\"v\"></iframe>after</p>\n");

    [Fact]
    public void A_paragraph_ends_where_a_figure_starts_and_the_text_after_the_figure_is_outside_it() =>
        Converts("<p>a<figure><img src=\"i.png\" alt=\"i\"></figure>b</p>", "a\n\n<figure><img src=\"i.png\" alt=\"i\" /></figure>\nb\n");

    [Fact]
    public void A_paragraph_that_held_only_a_block_leaves_the_block_alone() =>
        Converts("<p><figure>f</figure></p><p>x</p>", "<figure>f</figure>\n\nx\n");

    [Fact]
    public void An_end_tag_of_an_outer_block_closes_the_paragraph_inside_it() =>
        Converts("<pre><p>text</pre></p><p>after <em>x</em></p>", "<pre><p>text</p></pre>\n\nafter *x*\n");

    [Fact]
    public void A_start_tag_cut_off_by_the_end_of_the_input_is_dropped_with_the_text_it_swallowed() =>
        Converts("<p>a <em>b</em></p><div id=\"foo\"\n*hi*", "a *b*\n");
}
