using Migrator.Blogger.Import;
using Migrator.Core.Markup.HtmlToMarkdown;

namespace Migrator.Blogger.Tests.Import;

/// <summary>Blogger's editor markup becomes the plain HTML it stands for, and from there Markdown (docs/blogger.md#bodies).</summary>
public sealed class BloggerHtmlTests
{
    [Theory]
    [InlineData(
        "<div dir=\"ltr\" style=\"text-align: left;\" trbidi=\"on\"><div>One.</div><div><br /></div><div>Two <b>bold</b>.</div></div>",
        "<p>One.</p><p>Two <b>bold</b>.</p>")]
    [InlineData("One.<br /><br />Two,<br />still two.<br />\n<br />Three.", "<p>One.</p><p>Two,<br />still two.</p><p>Three.</p>")]
    [InlineData(
        "<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"https://x.bp.blogspot.com/a/s1600/p.jpg\" imageanchor=\"1\" style=\"margin-left: 1em;\"><img border=\"0\" data-original-height=\"600\" data-original-width=\"800\" height=\"240\" src=\"https://x.bp.blogspot.com/a/s320/p.jpg\" width=\"320\" /></a></div>",
        "<p><a href=\"https://x.bp.blogspot.com/a/s1600/p.jpg\"><img src=\"https://x.bp.blogspot.com/a/s320/p.jpg\" /></a></p>")]
    [InlineData(
        "<table cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\" style=\"float: left;\"><tbody><tr><td style=\"text-align: center;\"><a href=\"https://x.bp.blogspot.com/a/s1600/p.jpg\" imageanchor=\"1\"><img border=\"0\" height=\"320\" src=\"https://x.bp.blogspot.com/a/s320/p.jpg\" width=\"240\" /></a></td></tr><tr><td class=\"tr-caption\" style=\"text-align: center;\">After the <i>10K</i></td></tr></tbody></table>Text.",
        "<figure><a href=\"https://x.bp.blogspot.com/a/s1600/p.jpg\"><img src=\"https://x.bp.blogspot.com/a/s320/p.jpg\" /></a><figcaption>After the <i>10K</i></figcaption></figure>Text.")]
    public void Editor_markup_becomes_paragraphs(string blogger, string expected) =>
        Assert.Equal(expected, BloggerHtml.Tidy(blogger));

    [Theory]
    [InlineData("<p>Already plain.</p>")]
    [InlineData("Just text, one line.<br />Another.")]
    [InlineData("<div style=\"text-align: center;\">Centred.</div><div class=\"note\">Styled.</div>")]
    [InlineData("<img src=\"https://example.com/p.jpg\" width=\"100\" height=\"50\" />")]
    [InlineData("<table class=\"data\"><tr><td>1</td></tr></table>")]
    public void Markup_that_means_something_is_kept_as_written(string html) =>
        Assert.Equal(html, BloggerHtml.Tidy(html));

    [Fact]
    public void A_typical_body_converts_to_markdown_without_raw_html()
    {
        var html = BloggerHtml.Tidy(
            "<div dir=\"ltr\" trbidi=\"on\"><div>Spring tides.</div><div><br /></div>"
            + "<div class=\"separator\" style=\"clear: both;\"><a href=\"https://x.bp.blogspot.com/a/s1600/t.jpg\" imageanchor=\"1\"><img border=\"0\" src=\"https://x.bp.blogspot.com/a/s320/t.jpg\" width=\"320\" height=\"240\" /></a></div>"
            + "<div>High water higher,<br />low water lower.</div></div>");

        var markdown = HtmlToMarkdownConverter.Convert(html);

        Assert.Equal(
            "Spring tides.\n\n[![](https://x.bp.blogspot.com/a/s320/t.jpg)](https://x.bp.blogspot.com/a/s1600/t.jpg)\n\nHigh water higher,\\\nlow water lower.",
            markdown.Trim());
    }
}
