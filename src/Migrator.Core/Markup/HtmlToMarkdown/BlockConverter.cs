using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// Block structure: paragraphs, headings, quotes, lists, code, rules, tables, and raw HTML blocks for what Markdown
/// cannot hold. Blocks are separated by a blank line (none inside a tight list item).
/// </summary>
internal static class BlockConverter
{
    /// <summary>Writes the children of a container; with <paramref name="emptyLine"/> an empty container still writes one line (a bare list marker, a lone <c>&gt;</c>).</summary>
    /// <param name="parent">The container.</param>
    /// <param name="writer">The output.</param>
    /// <param name="context">The context of the container.</param>
    /// <param name="emptyLine">Write one line even when the container is empty.</param>
    /// <param name="enclosingMarker">The bullet of the list item being written: a list that starts on the item's own
    /// line takes another bullet, so that <c>- - -</c> never reads as a thematic break.</param>
    public static void WriteChildren(HtmlNode parent, MarkdownWriter writer, in WriterContext context, bool emptyLine = false, char enclosingMarker = '\0')
    {
        var children = parent.ChildNodes;
        var first = true;
        var previousListMarker = enclosingMarker;
        var raw = RawBlockEnd.None;
        var afterText = false;
        var i = 0;
        while (i < children.Count)
        {
            var node = children[i];
            if (IsBlock(node))
            {
                EndOpenLine(writer, ref raw);
                Separate(writer, context, ref first);
                (previousListMarker, raw) = WriteBlock(node, writer, context, previousListMarker, afterText);
                afterText = false;
                i++;
                continue;
            }
            var end = i;
            while (end < children.Count && !IsBlock(children[end]))
                end++;
            if (!IsBlank(children, i, end) || raw == RawBlockEnd.OpenLine)
            {
                if (raw != RawBlockEnd.None && !context.Tight && FirstVisibleIsText(children, i, end))
                {
                    // Text outside any element right after a raw block: Markdown would make it a paragraph; inside the block it stays as it is.
                    RawBlockWriter.Continue(children, i, end, writer);
                    raw = RawBlockEnd.None;
                }
                else if (!IsBlank(children, i, end))
                {
                    EndOpenLine(writer, ref raw);
                    Separate(writer, context, ref first);
                    InlineBlockWriter.Write(children, i, end, writer, context);
                    afterText = context.Tight;
                }
                previousListMarker = '\0';
            }
            i = end;
        }
        EndOpenLine(writer, ref raw);
        if (first && emptyLine)
            writer.EndLine();
    }

    private static void EndOpenLine(MarkdownWriter writer, ref RawBlockEnd raw)
    {
        if (raw == RawBlockEnd.OpenLine)
            writer.EndLine();
        raw = RawBlockEnd.None;
    }

    private static bool FirstVisibleIsText(HtmlNodeCollection nodes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (nodes[i].NodeType != HtmlNodeType.Text)
                return false;
            if (!HtmlText.Decode(((HtmlTextNode)nodes[i]).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty)
                return true;
        }
        return false;
    }

    private static void Separate(MarkdownWriter writer, in WriterContext context, ref bool first)
    {
        if (!first && !context.Tight)
            writer.BlankLine();
        first = false;
    }

    private static bool IsBlock(HtmlNode node) => HtmlElements.ActsAsBlock(node);

    private static bool IsBlank(HtmlNodeCollection nodes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (nodes[i].NodeType != HtmlNodeType.Text || !HtmlText.Decode(((HtmlTextNode)nodes[i]).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty)
                return false;
        }
        return true;
    }

    /// <summary>Writes one block element; returns the list marker used when it was a list ('\0' otherwise) and how a raw block ends.</summary>
    private static (char ListMarker, RawBlockEnd Raw) WriteBlock(HtmlNode element, MarkdownWriter writer, in WriterContext context, char previousListMarker, bool afterText)
    {
        if (HtmlDepth.IsBeyondMarkdownLimit(element))
            return ('\0', RawBlockWriter.Write(element, writer));
        var name = element.Name;
        var written = name switch
        {
            "p" => InlineBlockWriter.TryWriteParagraph(element, writer, context),
            _ when HtmlElements.IsHeading(name) => InlineBlockWriter.TryWriteHeading(element, writer, context),
            "blockquote" when !element.HasAttributes => WriteQuote(element, writer, context),
            "pre" => CodeBlockConverter.TryWrite(element, writer),
            "hr" when !element.HasAttributes => WriteRule(writer),
            "table" => TableConverter.TryWrite(element, writer, context),
            _ => false,
        };
        if (written)
            return ('\0', RawBlockEnd.None);
        if (name is "ul" or "ol")
        {
            var marker = ListConverter.TryWrite(element, writer, context, previousListMarker, afterText);
            if (marker != '\0')
                return (marker, RawBlockEnd.None);
        }
        if (HtmlElements.Wrapper.Contains(name) && !context.Tight && HasOnlyBlockContent(element))
        {
            WriteWrapped(element, writer, context);
            return ('\0', RawBlockEnd.None);
        }
        return ('\0', RawBlockWriter.Write(element, writer));
    }

    private static bool WriteQuote(HtmlNode quote, MarkdownWriter writer, in WriterContext context)
    {
        writer.PushPrefix("> ");
        WriteChildren(quote, writer, context with { Tight = false }, emptyLine: true);
        writer.PopPrefix();
        return true;
    }

    private static bool WriteRule(MarkdownWriter writer)
    {
        writer.WriteLine("***");
        return true;
    }

    /// <summary>The container's tags stay raw HTML on lines of their own; a blank line on each side lets its content be Markdown.</summary>
    private static void WriteWrapped(HtmlNode element, MarkdownWriter writer, in WriterContext context)
    {
        var tag = new System.Text.StringBuilder();
        RawHtmlWriter.AppendOpenTag(tag, element);
        writer.WriteLine(tag.ToString());
        writer.BlankLine();
        WriteChildren(element, writer, context);
        writer.BlankLine();
        tag.Clear();
        RawHtmlWriter.AppendCloseTag(tag, element);
        writer.WriteLine(tag.ToString());
    }

    private static bool HasOnlyBlockContent(HtmlNode element)
    {
        var blocks = 0;
        foreach (var child in element.ChildNodes)
        {
            if (IsBlock(child))
                blocks++;
            else if (child.NodeType != HtmlNodeType.Text || !HtmlText.Decode(((HtmlTextNode)child).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty)
                return false;
        }
        return blocks > 0;
    }
}
