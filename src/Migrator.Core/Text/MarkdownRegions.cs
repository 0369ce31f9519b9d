using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Migrator.Core.Text;

/// <summary>What a character of Markdown source belongs to.</summary>
internal enum MarkdownRegion : byte
{
    /// <summary>Ordinary Markdown text (paragraphs, headings, list items, link text and destinations).</summary>
    Text,
    /// <summary>Code: inline code spans, fenced and indented code blocks, autolinks, Liquid highlight blocks. Literal.</summary>
    Code,
    /// <summary>Raw HTML (blocks and inline tags): HTML rules apply.</summary>
    Html,
}

/// <summary>Maps every character of a Markdown document to the region it belongs to, using Markdig's source spans.</summary>
internal static class MarkdownRegions
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly (string Open, string Close)[] LiquidCodeBlocks =
    [
        ("{% highlight", "{% endhighlight %}"),
        ("{%highlight", "{%endhighlight%}"),
        ("{% codeblock", "{% endcodeblock %}"),
        ("{% raw %}", "{% endraw %}"),
    ];

    public static MarkdownRegion[] Map(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var map = new MarkdownRegion[markdown.Length];
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var node in document.Descendants())
        {
            var region = node switch
            {
                CodeBlock => MarkdownRegion.Code,
                CodeInline or AutolinkInline => MarkdownRegion.Code,
                HtmlBlock or HtmlInline => MarkdownRegion.Html,
                _ => MarkdownRegion.Text,
            };
            if (region != MarkdownRegion.Text)
                Mark(map, node.Span.Start, node.Span.End, region);
        }
        foreach (var (open, close) in LiquidCodeBlocks)
            MarkLiquid(markdown, map, open, close);
        return map;
    }

    private static void MarkLiquid(string markdown, MarkdownRegion[] map, string open, string close)
    {
        var i = 0;
        while ((i = markdown.IndexOf(open, i, StringComparison.Ordinal)) >= 0)
        {
            var end = markdown.IndexOf(close, i + open.Length, StringComparison.Ordinal);
            end = end < 0 ? markdown.Length : end + close.Length;
            Mark(map, i, end - 1, MarkdownRegion.Code);
            i = end;
        }
    }

    /// <summary>Marks <c>[start, endInclusive]</c>; code wins over HTML (a code span inside an HTML block stays code).</summary>
    private static void Mark(MarkdownRegion[] map, int start, int endInclusive, MarkdownRegion region)
    {
        start = Math.Max(0, start);
        endInclusive = Math.Min(map.Length - 1, endInclusive);
        for (var k = start; k <= endInclusive; k++)
        {
            if (map[k] != MarkdownRegion.Code)
                map[k] = region;
        }
    }
}
