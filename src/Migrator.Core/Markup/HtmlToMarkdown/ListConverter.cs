using System.Globalization;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// <c>ul</c>/<c>ol</c> to Markdown lists: ordered start numbers kept, tight or loose as the HTML shows (an item holding a
/// <c>p</c> makes the list loose), continuation lines indented to the item's content column, and the marker changed
/// (<c>-</c> <c>+</c>, <c>.</c> <c>)</c>) when a list directly follows another so they stay two lists.
/// </summary>
internal static class ListConverter
{
    /// <summary>
    /// Writes the list; returns the marker character used, or '\0' when the list cannot be Markdown.
    /// <c>interruptsText</c>: the list follows a line of text in a tight item, so it must be able to interrupt a paragraph.
    /// </summary>
    public static char TryWrite(HtmlNode list, MarkdownWriter writer, in WriterContext context, char previousListMarker, bool interruptsText)
    {
        var ordered = list.Name == "ol";
        if (!InlineConverter.OnlyAttributes(list, ordered ? ["start"] : []))
            return '\0';
        var start = 1L;
        if (list.Attributes["start"] is { } startAttribute
            && !long.TryParse(HtmlText.Decode(startAttribute.Value ?? ""), NumberStyles.None, CultureInfo.InvariantCulture, out start))
            return '\0';
        var items = new List<HtmlNode>();
        foreach (var child in list.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Element && child.Name == "li" && !child.HasAttributes)
                items.Add(child);
            else if (!IsIgnorable(child))
                return '\0';
        }
        if (start + items.Count > 999_999_999 || (start != 1 && !context.Options.ListStartNumbers))
            return '\0';
        // Only a list starting at 1 with a non-empty first item can interrupt a paragraph.
        if (interruptsText && (start != 1 || items.Count == 0 || IsEmptyItem(items[0])))
            return '\0';

        var marker = ordered ? (previousListMarker == '.' ? ')' : '.') : (previousListMarker == '-' ? '+' : '-');
        var loose = IsLoose(items);
        var itemContext = context with { Tight = !loose };
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0 && loose)
                writer.BlankLine();
            var markerText = ordered ? (start + i).ToString(CultureInfo.InvariantCulture) + marker : marker.ToString();
            writer.PushPrefix(new string(' ', markerText.Length + 1), markerText + " ");
            BlockConverter.WriteChildren(items[i], writer, itemContext, emptyLine: true, enclosingMarker: ordered ? '\0' : marker);
            writer.PopPrefix();
        }
        return marker;
    }

    private static bool IsLoose(List<HtmlNode> items)
    {
        foreach (var item in items)
        {
            foreach (var child in item.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Element && child.Name == "p")
                    return true;
            }
        }
        return false;
    }

    private static bool IsEmptyItem(HtmlNode item)
    {
        foreach (var child in item.ChildNodes)
        {
            if (!IsIgnorable(child))
                return false;
        }
        return true;
    }

    private static bool IsIgnorable(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Text && HtmlText.Decode(((HtmlTextNode)node).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty;
}
