using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;

namespace Migrator.Core.Tests.Markup;

/// <summary>Converting and checking with one parse gives what the two separate calls give.</summary>
public sealed class ConvertAndCheckTests
{
    [Theory]
    [InlineData("<p>a <b>bold</b>  move\r\nand <i> edge </i>text</p><pre>\ncode\n</pre>")]
    [InlineData("<table><tr><td align=\"right\">1</td></tr></table><ol start=\"1\"><li>x</li></ol>")]
    [InlineData("<p>Caf&eacute; &amp; <a href=\"/a%20b\">link</a></p><!-- note --><img src=\"x.png\">")]
    [InlineData("<figure><img src=\"a.png\"><figcaption>Cap</figcaption></figure><p>x</p>")]
    public void One_parse_serves_the_conversion_and_the_check(string html)
    {
        var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, HtmlToMarkdownOptions.Default, MarkdownFlavor.Kramdown);

        Assert.Equal(HtmlToMarkdownConverter.Convert(html, HtmlToMarkdownOptions.Default), markdown);
        Assert.Equal(FidelityCheck.Check(html, markdown, MarkdownFlavor.Kramdown), fidelity);
    }
}
