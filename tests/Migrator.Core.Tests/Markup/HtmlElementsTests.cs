using HtmlAgilityPack;
using Migrator.Core.Markup;

namespace Migrator.Core.Tests.Markup;

public sealed class HtmlElementsTests
{
    private static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }

    [Fact]
    public void Nodes_come_in_document_order_as_HtmlAgilityPack_gives_them()
    {
        var document = Parse("a<div><p>b<em>c<i>d</i></em></p><!-- e --><ul><li>f</li><li>g<br>h</li></ul></div>i<img src=x>");
        Assert.Equal(document.DocumentNode.Descendants(), HtmlElements.InDocumentOrder(document.DocumentNode));
    }

    [Fact]
    public void A_deeply_nested_body_is_walked_without_recursion()
    {
        var document = Parse(string.Concat(Enumerable.Repeat("<span>", 3000)) + "x");
        Assert.Equal(3001, HtmlElements.InDocumentOrder(document.DocumentNode).Count());
    }

    [Theory]
    [InlineData("<p>a</p><BODY>b</BODY>", "body", true)]
    [InlineData("<p>see body.html</p>", "body", false)]
    [InlineData("<p>a &lt;body&gt;</p>", "body", false)]
    [InlineData("<p>a</p><Html>", "html", true)]
    public void A_document_may_hold_an_element_only_when_its_text_has_the_start_of_its_tag(string html, string name, bool may) =>
        Assert.Equal(may, HtmlElements.MayHold(Parse(html), name));
}
