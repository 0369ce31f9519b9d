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
    public void A_start_tag_cut_off_by_the_end_of_the_input_is_dropped_with_the_text_it_swallowed() =>
        Converts("<p>a <em>b</em></p><div id=\"foo\"\n*hi*", "a *b*\n");
}
