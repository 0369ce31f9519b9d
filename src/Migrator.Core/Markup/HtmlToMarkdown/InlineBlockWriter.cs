using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Blocks made of inline content: paragraphs, headings, and inline content outside any paragraph.</summary>
internal static class InlineBlockWriter
{
    public static bool TryWriteParagraph(HtmlNode paragraph, MarkdownWriter writer, in WriterContext context)
    {
        if (paragraph.HasAttributes || HasBlockChild(paragraph))
            return false;
        var run = writer.Inlines;
        run.Clear();
        InlineConverter.AddChildren(paragraph, run, context);
        return !run.IsEmpty && TryWriteRun(run, writer, context, prefix: "");
    }

    public static bool TryWriteHeading(HtmlNode heading, MarkdownWriter writer, in WriterContext context)
    {
        if (heading.HasAttributes || HasBlockChild(heading))
            return false;
        var run = writer.Inlines;
        run.Clear();
        var headingContext = context with { InHeading = true };
        InlineConverter.AddChildren(heading, run, headingContext);
        var level = heading.Name[1] - '0';
        if (run.IsEmpty)
        {
            writer.WriteLine(new string('#', level));
            return true;
        }
        return TryWriteRun(run, writer, headingContext, prefix: new string('#', level) + " ");
    }

    /// <summary>
    /// Inline content that sits directly in a container. In a tight list item it is the item's text; elsewhere Markdown
    /// would wrap it in a paragraph, so content that starts with a tag is kept as a raw HTML block instead.
    /// </summary>
    public static void Write(HtmlNodeCollection nodes, int start, int end, MarkdownWriter writer, in WriterContext context)
    {
        var startsWithText = FirstVisible(nodes, start, end) is { NodeType: HtmlNodeType.Text };
        if (context.Tight || startsWithText)
        {
            var run = writer.Inlines;
            run.Clear();
            for (var i = start; i < end; i++)
                InlineConverter.AddNode(nodes[i], run, context);
            if (run.IsEmpty || TryWriteRun(run, writer, context, prefix: ""))
                return;
        }
        WriteRaw(nodes, start, end, writer);
    }

    private static bool TryWriteRun(InlineRun run, MarkdownWriter writer, in WriterContext context, string prefix)
    {
        var sb = writer.Scratch;
        sb.Clear();
        sb.Append(prefix);
        run.Render(sb, context);
        if (prefix.Length == 0 && StartsHtmlBlock(sb))
            return false;
        writer.WriteLine(sb.ToString());
        return true;
    }

    /// <summary>True when a CommonMark parser would read some line of the rendered inline content as the start of an HTML block.</summary>
    private static bool StartsHtmlBlock(StringBuilder rendered)
    {
        var text = rendered.ToString().AsSpan();
        var firstLine = true;
        while (true)
        {
            var newline = text.IndexOf('\n');
            var line = newline < 0 ? text : text[..newline];
            if (HtmlBlockStart.Starts(line, firstLine))
                return true;
            if (newline < 0)
                return false;
            firstLine = false;
            text = text[(newline + 1)..];
        }
    }

    /// <summary>Writes inline nodes as one raw HTML line; when the first tag alone would not start an HTML block, it gets a line of its own.</summary>
    private static void WriteRaw(HtmlNodeCollection nodes, int start, int end, MarkdownWriter writer)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
            RawHtmlWriter.AppendOuter(sb, nodes[i]);
        var raw = sb.ToString().Trim(' ');
        if (!HtmlBlockStart.Starts(raw, firstLine: true) && raw.StartsWith('<'))
        {
            var tagEnd = raw.IndexOf('>', StringComparison.Ordinal);
            if (tagEnd > 0 && tagEnd < raw.Length - 1)
                raw = string.Concat(raw.AsSpan(0, tagEnd + 1), "\n", raw.AsSpan(tagEnd + 1).TrimStart(' '));
        }
        writer.WriteLine(raw);
    }

    private static HtmlNode? FirstVisible(HtmlNodeCollection nodes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var node = nodes[i];
            if (node.NodeType != HtmlNodeType.Text || !HtmlText.Decode(((HtmlTextNode)node).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty)
                return node;
        }
        return null;
    }

    private static bool HasBlockChild(HtmlNode element) => HtmlElements.HasBlockDescendant(element);
}
