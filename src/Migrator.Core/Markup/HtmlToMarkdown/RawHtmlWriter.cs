using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// Writes DOM nodes back as HTML that a CommonMark parser keeps raw: one logical line per block (collapsible
/// whitespace collapsed, so no blank line can end an HTML block early), blank lines inside preformatted text encoded
/// as <c>&amp;#10;</c>, attribute values double-quoted and re-encoded.
/// </summary>
internal static class RawHtmlWriter
{
    public static void AppendOpenTag(StringBuilder sb, HtmlNode element)
    {
        sb.Append('<').Append(element.Name);
        foreach (var attribute in element.Attributes)
        {
            sb.Append(' ').Append(attribute.Name).Append("=\"");
            HtmlText.AppendAttribute(sb, HtmlText.Decode(attribute.Value ?? ""));
            sb.Append('"');
        }
        sb.Append(HtmlElements.Void.Contains(element.Name) ? " />" : ">");
    }

    public static void AppendCloseTag(StringBuilder sb, HtmlNode element)
    {
        if (!HtmlElements.Void.Contains(element.Name))
            sb.Append("</").Append(element.Name).Append('>');
    }

    public static string Outer(HtmlNode node)
    {
        var sb = new StringBuilder();
        AppendOuter(sb, node);
        return sb.ToString();
    }

    public static void AppendOuter(StringBuilder sb, HtmlNode node) => AppendNodes(sb, [node]);

    public static void AppendChildren(StringBuilder sb, HtmlNode parent) => AppendNodes(sb, parent.ChildNodes);

    /// <summary>Writes the nodes and everything inside them, with an explicit stack: a body may nest thousands deep.</summary>
    private static void AppendNodes(StringBuilder sb, IList<HtmlNode> nodes)
    {
        // A frame is a node to write, or (Close) the end tag of an element whose content has been written.
        var pending = new Stack<(HtmlNode Node, bool Preformatted, bool Close)>();
        PushChildren(pending, nodes, preformatted: false);
        while (pending.TryPop(out var frame))
        {
            var (node, preformatted, close) = frame;
            if (close)
            {
                AppendCloseTag(sb, node);
                continue;
            }
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendTextNode(sb, (HtmlTextNode)node, preformatted);
                    break;
                case HtmlNodeType.Comment:
                    sb.Append(HtmlText.Comment(((HtmlCommentNode)node).Comment));
                    break;
                case HtmlNodeType.Element when !IsValidTagName(node.Name):
                    // A tag the parser could not read (an unterminated start tag): kept as the source wrote it.
                    sb.Append(node.OuterHtml);
                    break;
                case HtmlNodeType.Element when HtmlElements.RawText.Contains(node.Name):
                    AppendOpenTag(sb, node);
                    AppendWithoutBlankLines(sb, node.InnerHtml);
                    AppendCloseTag(sb, node);
                    break;
                case HtmlNodeType.Element:
                    AppendOpenTag(sb, node);
                    pending.Push((node, preformatted, true));
                    PushChildren(pending, node.ChildNodes, preformatted || HtmlElements.Preformatted.Contains(node.Name));
                    break;
                default:
                    PushChildren(pending, node.ChildNodes, preformatted);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(HtmlNode, bool, bool)> pending, IList<HtmlNode> nodes, bool preformatted)
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
            pending.Push((nodes[i], preformatted, false));
    }

    /// <summary>A name CommonMark reads as a tag name: an ASCII letter, then letters, digits and hyphens.</summary>
    public static bool IsValidTagName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                return false;
        }
        return true;
    }

    private static void AppendTextNode(StringBuilder sb, HtmlTextNode node, bool preformatted)
    {
        var text = HtmlText.Decode(node.Text);
        if (!preformatted)
        {
            AppendCollapsed(sb, text);
            return;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && NextLineIsBlank(text, i + 1))
                sb.Append("&#10;");
            else if (c == '\r')
                continue;
            else
                HtmlText.AppendText(sb, c);
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (HtmlText.IsCollapsible(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
                sb.Append(' ');
            pendingSpace = false;
            HtmlText.AppendText(sb, c);
        }
        if (pendingSpace)
            sb.Append(' ');
    }

    private static bool NextLineIsBlank(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n')
                return true;
            if (text[i] is not (' ' or '\t' or '\r'))
                return false;
        }
        return false;
    }

    private static void AppendWithoutBlankLines(StringBuilder sb, string rawText)
    {
        var lineStart = 0;
        for (var i = 0; i <= rawText.Length; i++)
        {
            if (i < rawText.Length && rawText[i] != '\n')
                continue;
            var line = rawText.AsSpan(lineStart, i - lineStart);
            if (!line.IsWhiteSpace() || lineStart == 0 || i == rawText.Length)
            {
                sb.Append(line);
                if (i < rawText.Length)
                    sb.Append('\n');
            }
            lineStart = i + 1;
        }
    }
}
