using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Writes an element Markdown cannot express as a raw HTML block that a CommonMark parser reads back unchanged.</summary>
internal static class RawBlockWriter
{
    /// <summary>
    /// Writes the element. A condition 1 block (pre, script, style, textarea) is left on an open line: text that
    /// follows it on that line still belongs to the block, which ends there (<see cref="RawBlockEnd.OpenLine"/>); any
    /// other raw block runs on until a blank line (<see cref="RawBlockEnd.UntilBlankLine"/>).
    /// </summary>
    public static RawBlockEnd Write(HtmlNode element, MarkdownWriter writer)
    {
        if (HtmlElements.HtmlBlockType1.Contains(element.Name) && HoldsEndOfType1Block(element))
        {
            // A pre holding a pre: CommonMark ends the block at the line of the first "</pre>", so the whole element
            // is written on one line, its line breaks as references.
            writer.Write(RawHtmlWriter.Outer(element).Replace("\n", "&#10;", StringComparison.Ordinal));
            return RawBlockEnd.OpenLine;
        }
        if (HtmlElements.HtmlBlockType1.Contains(element.Name) || !RawHtmlWriter.IsValidTagName(element.Name))
        {
            // Condition 1 blocks run to their closing tag, blank lines included: the source is kept as written.
            // HtmlAgilityPack's OuterHtml recurses, so deeply nested content goes through our own writer instead.
            var source = HtmlDepth.Of(element) < HtmlDepth.MarkdownLimit ? element.OuterHtml : RawHtmlWriter.Outer(element);
            writer.Write(source.Replace("\r\n", "\n", StringComparison.Ordinal));
            return RawBlockEnd.OpenLine;
        }
        var raw = RawHtmlWriter.Outer(element);
        if (!HtmlBlockStart.Starts(raw, firstLine: true))
        {
            // Condition 7 needs the start tag alone on its line.
            var tagEnd = raw.IndexOf('>', StringComparison.Ordinal);
            if (tagEnd > 0 && tagEnd < raw.Length - 1)
                raw = string.Concat(raw.AsSpan(0, tagEnd + 1), "\n", raw.AsSpan(tagEnd + 1));
        }
        writer.WriteLine(raw);
        return RawBlockEnd.UntilBlankLine;
    }

    /// <summary>
    /// True when an element inside <paramref name="element"/> has a condition 1 end tag (<c>&lt;/pre&gt;</c>…), which
    /// would end the raw block early; false when a script or style is inside, whose text references cannot stand for.
    /// </summary>
    private static bool HoldsEndOfType1Block(HtmlNode element)
    {
        var holds = false;
        var pending = new Stack<HtmlNode>(element.ChildNodes);
        while (pending.TryPop(out var node))
        {
            if (node.NodeType != HtmlNodeType.Element)
                continue;
            if (HtmlElements.RawText.Contains(node.Name))
                return false;
            holds |= HtmlElements.HtmlBlockType1.Contains(node.Name);
            foreach (var child in node.ChildNodes)
                pending.Push(child);
        }
        return holds;
    }

    /// <summary>Appends inline nodes to the raw HTML block just written, so that text outside any element stays outside a paragraph.</summary>
    public static void Continue(HtmlNodeCollection nodes, int start, int end, MarkdownWriter writer)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
            RawHtmlWriter.AppendOuter(sb, nodes[i]);
        var raw = sb.ToString().Trim(' ');
        writer.WriteLine(raw);
    }
}

/// <summary>How a raw HTML block just written ends.</summary>
internal enum RawBlockEnd
{
    /// <summary>Not a raw block.</summary>
    None,
    /// <summary>The block's last line is still open (condition 1); the caller ends it.</summary>
    OpenLine,
    /// <summary>The block goes on until a blank line.</summary>
    UntilBlankLine,
}
