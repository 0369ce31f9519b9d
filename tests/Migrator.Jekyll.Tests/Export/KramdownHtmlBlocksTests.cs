using Migrator.Jekyll.Export;

namespace Migrator.Jekyll.Tests.Export;

/// <summary>Markdown inside an HTML block is read by kramdown as CommonMark reads it (docs/jekyll.md#markdown).</summary>
public sealed class KramdownHtmlBlocksTests
{
    [Fact]
    public void An_opening_tag_alone_before_a_blank_line_gets_markdown_1()
    {
        Assert.Equal("Intro.\n\n<div class=\"entry-content\" markdown=\"1\">\n\n```\ncode\n```\n\n</div>\n",
            KramdownHtmlBlocks.MarkMarkdownInside("Intro.\n\n<div class=\"entry-content\">\n\n```\ncode\n```\n\n</div>\n"));
        Assert.Equal("<section markdown=\"1\">\n\n*a*\n", KramdownHtmlBlocks.MarkMarkdownInside("<section>\n\n*a*\n"));
    }

    [Fact]
    public void Html_blocks_that_hold_html_code_and_marked_tags_are_left_alone()
    {
        foreach (var text in new[]
        {
            "<div class=\"x\">\n<p>raw</p>\n</div>\n",
            "```html\n<div>\n\n</div>\n```\n",
            "<div markdown=\"0\">\n\nraw\n</div>\n",
            "text\n<div>\n\nmore\n",
            "<span>\n\nx\n",
        })
            Assert.Equal(text, KramdownHtmlBlocks.MarkMarkdownInside(text));
    }
}
