using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>The examples of docs/wordpress-content.md#wpautop (tested against WordPress), exactly.</summary>
public sealed class WpautopTests
{
    [Theory]
    [InlineData("Line one\nline two\n\nPara two", "<p>Line one<br />\nline two</p>\n<p>Para two</p>\n")]
    [InlineData("<div>inside div\ntext</div>\nafter", "<div>inside div<br />\ntext</div>\n<p>after</p>\n")]
    [InlineData("Text\n<pre>code\n\nmore</pre>\nend", "<p>Text</p>\n<pre>code\n\nmore</pre>\n<p>end</p>\n")]
    [InlineData("Intro\n<h2>Head</h2>\nText", "<p>Intro</p>\n<h2>Head</h2>\n<p>Text</p>\n")]
    [InlineData("text<br><br>more", "<p>text</p>\n<p>more</p>\n")]
    [InlineData("<blockquote>q\n\nq2</blockquote>", "<blockquote><p>q</p>\n<p>q2</p></blockquote>\n")]
    [InlineData("<script>a\nb</script>", "<p><script>a\nb</script></p>\n")]
    public void Wpautop_matches_WordPress(string input, string expected) =>
        Assert.Equal(expected, Wpautop.Apply(input));

    [Fact]
    public void A_paragraph_holding_only_a_registered_shortcode_is_unwrapped() =>
        Assert.Equal("[gallery ids=\"1,2\"]\n<p>Text</p>\n", WpautopTransform.Run("[gallery ids=\"1,2\"]\n\nText"));

    [Fact]
    public void Block_comments_would_be_wrapped_in_paragraphs_which_is_why_block_content_is_skipped()
    {
        var autop = Wpautop.Apply("x<!-- wp:paragraph -->\n<p>b</p>\n<!-- /wp:paragraph -->");
        Assert.Contains("<p>x<!-- wp:paragraph --></p>", autop, StringComparison.Ordinal);

        var (context, _) = TestPosts.Context();
        var post = TestPosts.WordPress("x<!-- wp:paragraph -->\n<p>b</p>\n<!-- /wp:paragraph -->");
        Assert.Same(post, new WpautopTransform().Apply(post, context));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Whitespace_only_input_becomes_empty(string input) => Assert.Equal("", Wpautop.Apply(input));

    [Fact]
    public void Newlines_inside_tags_survive() =>
        Assert.Equal("<p><a\nhref=\"x\">link</a> text</p>\n", Wpautop.Apply("<a\nhref=\"x\">link</a> text"));

    [Fact]
    public void A_no_break_space_is_not_whitespace_for_wpautop() =>
        Assert.Equal("<p>a</p>\n<p>\u00A0</p>\n<p>b</p>\n", Wpautop.Apply("a\n\n\u00A0\n\nb"));

    [Fact]
    public void Lists_are_not_wrapped() =>
        Assert.Equal("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", Wpautop.Apply("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"));

    [Fact]
    public void Code_shortcodes_are_set_aside_during_wpautop() =>
        Assert.Equal("<p>Intro</p>\n[code lang=\"js\"]\nvar a = 1;\n\nvar b = 2;\n[/code]\n<p>End</p>\n",
            WpautopTransform.Run("Intro\n\n[code lang=\"js\"]\nvar a = 1;\n\nvar b = 2;\n[/code]\n\nEnd"));

    [Fact]
    public void A_code_shortcode_inside_a_pre_keeps_both_closing_tags() =>
        // A <pre> key inside the author's <pre> would nest two, and wpautop (as WordPress's) drops the second </pre>:
        // the rest of the page would fall into the code block.
        Assert.Equal("<pre>[sourcecode language=\"php\"]\necho 1;\n[/sourcecode]</pre>\n<p>After the code.</p>\n",
            WpautopTransform.Run("<pre>[sourcecode language=\"php\"]\necho 1;\n[/sourcecode]</pre>\n\nAfter the code."));

    [Fact]
    public void Only_WordPress_bodies_get_wpautop()
    {
        var (context, _) = TestPosts.Context();
        var html = TestPosts.Html("a\n\nb");
        Assert.Same(html, new WpautopTransform().Apply(html, context));
        var classic = new WpautopTransform().Apply(TestPosts.WordPress("a\n\nb"), context);
        Assert.Equal(new Body("<p>a</p>\n<p>b</p>\n", BodyFormat.WordPress), classic.Content);
    }
}
