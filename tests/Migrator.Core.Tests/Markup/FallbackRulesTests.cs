using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>What Markdown cannot express stays raw HTML, written so a CommonMark parser still reads it as HTML; nothing more.</summary>
public sealed class FallbackRulesTests
{
    [Fact]
    public void Emphasis_inside_a_word_uses_asterisks() =>
        Converts("<p>un<em>frigging</em>believable</p>", "un*frigging*believable\n");

    [Fact]
    public void Emphasis_that_no_delimiter_can_close_falls_back_to_em() =>
        Converts("<p>a<em>\"b\"</em>c</p>", "a<em>\"b\"</em>c\n");

    [Fact]
    public void Strong_next_to_punctuation_inside_a_word_falls_back_to_strong() =>
        Converts("<p>x<strong>.y</strong></p>", "x<strong>.y</strong>\n");

    [Fact]
    public void Empty_emphasis_stays_as_tags() =>
        Converts("<p>a<em></em>b</p>", "a<em></em>b\n");

    [Fact]
    public void Image_size_keeps_the_image_as_html() =>
        Converts("<p><img src=\"a.png\" alt=\"A\" width=\"10\" height=\"20\"> and text</p>",
            "<img src=\"a.png\" alt=\"A\" width=\"10\" height=\"20\" /> and text\n");

    [Fact]
    public void A_paragraph_that_would_start_an_HTML_block_stays_a_paragraph_in_HTML() =>
        Converts("<p><img src=\"a.png\" alt=\"A\" width=\"10\"></p>", "<p><img src=\"a.png\" alt=\"A\" width=\"10\" /></p>\n");

    [Fact]
    public void A_link_target_keeps_the_tags_and_converts_the_text() =>
        Converts("<p><a href=\"https://x.org\" target=\"_blank\">the <em>site</em></a></p>",
            "<a href=\"https://x.org\" target=\"_blank\">the *site*</a>\n");

    [Fact]
    public void Superscript_and_subscript_stay_as_tags() =>
        Converts("<p>x<sup>2</sup> and H<sub>2</sub>O</p>", "x<sup>2</sup> and H<sub>2</sub>O\n");

    [Fact]
    public void An_iframe_is_a_raw_HTML_block() =>
        Converts("<p>Watch:</p><iframe src=\"https://www.youtube.com/embed/x\" width=\"560\"></iframe><p>Done</p>",
            "Watch:\n\n<iframe src=\"https://www.youtube.com/embed/x\" width=\"560\"></iframe>\n\nDone\n");

    [Fact]
    public void A_video_tag_starts_its_own_line_so_it_is_an_HTML_block() =>
        Converts("<video controls=\"\" src=\"v.mp4\"><track src=\"t.vtt\"></video>",
            "<video controls=\"\" src=\"v.mp4\">\n<track src=\"t.vtt\" /></video>\n");

    [Fact]
    public void A_figure_with_its_caption_stays_HTML() =>
        Converts("<figure class=\"wp-block-image\"><img src=\"a.jpg\" alt=\"\"><figcaption>Sun <em>set</em></figcaption></figure>",
            "<figure class=\"wp-block-image\"><img src=\"a.jpg\" alt=\"\" /><figcaption>Sun <em>set</em></figcaption></figure>\n");

    [Fact]
    public void A_div_with_a_class_keeps_its_tags_and_Markdown_inside() =>
        Converts("<div class=\"note\"><p>Read <strong>this</strong>.</p><ul><li>a</li></ul></div>",
            "<div class=\"note\">\n\nRead **this**.\n\n- a\n\n</div>\n");

    [Fact]
    public void A_paragraph_with_a_style_stays_HTML() =>
        Converts("<p style=\"text-align: center\">centred *text*</p>", "<p style=\"text-align: center\">centred *text*</p>\n");

    [Fact]
    public void A_table_with_a_span_stays_HTML() =>
        Converts("<table><tr><td colspan=\"2\">a</td></tr><tr><td>b</td><td>c</td></tr></table>",
            "<table><tr><td colspan=\"2\">a</td></tr><tr><td>b</td><td>c</td></tr></table>\n");

    [Fact]
    public void A_table_with_block_content_stays_HTML() =>
        Converts("<table><thead><tr><th>h</th></tr></thead><tbody><tr><td><p>para</p></td></tr></tbody></table>",
            "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td><p>para</p></td></tr></tbody></table>\n");

    [Fact]
    public void A_simple_table_becomes_a_GFM_table_with_alignment() =>
        Converts("<table><thead><tr><th align=\"left\">Name</th><th style=\"text-align: right\">Qty</th></tr></thead>"
                 + "<tbody><tr><td align=\"left\"><code>a|b</code></td><td style=\"text-align: right\">2</td></tr></tbody></table>",
            "| Name | Qty |\n| :-- | --: |\n| <code>a&#124;b</code> | 2 |\n");

    [Fact]
    public void Tables_stay_HTML_without_GFM() =>
        Converts("<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
            "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>\n", CommonMarkOnly);

    [Fact]
    public void Details_stay_HTML() =>
        Converts("<details><summary>More</summary><p>Hidden</p></details>", "<details><summary>More</summary><p>Hidden</p></details>\n");

    [Fact]
    public void A_form_stays_HTML() =>
        Converts("<form action=\"/s\"><input name=\"q\"><button>Go</button></form>", "<form action=\"/s\"><input name=\"q\" /><button>Go</button></form>\n");

    [Fact]
    public void Script_and_style_are_kept_as_written_blank_lines_included() =>
        Converts("<script>\nvar a = 1;\n\nvar b = '<p>';\n</script><style>p { color: red }</style>",
            "<script>\nvar a = 1;\n\nvar b = '<p>';\n</script>\n\n<style>p { color: red }</style>\n");

    [Fact]
    public void Strikethrough_is_GFM_or_a_del_tag() =>
        Converts("<p>a <del>b</del> c</p>", "a ~~b~~ c\n");

    [Fact]
    public void Strikethrough_stays_a_del_tag_in_plain_CommonMark() =>
        Converts("<p>a <del>b</del> c</p>", "a <del>b</del> c\n", CommonMarkOnly);

    [Fact]
    public void A_comment_stays_in_place() =>
        Converts("<p>a</p><!--more--><p>b <!-- note --> c</p>", "a\n\n<!--more-->\n\nb <!-- note --> c\n");

    [Fact]
    public void A_line_break_at_the_end_of_a_paragraph_stays_a_br_tag() =>
        Converts("<p>a<br></p>", "a<br />\n");

    [Fact]
    public void A_pre_left_open_around_other_code_blocks_is_one_raw_line_so_the_first_inner_end_tag_does_not_end_it() =>
        Converts("<pre>a\n<pre><code>b\n\nc</code></pre>\nd</pre><p>after <em>x</em></p>",
            "<pre>a&#10;<pre><code>b&#10;&#10;c</code></pre>&#10;d</pre>\n\nafter *x*\n");
}
