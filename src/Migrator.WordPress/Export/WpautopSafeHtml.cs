using System.Text;
using HtmlAgilityPack;

namespace Migrator.WordPress.Export;

/// <summary>
/// WordPress runs wpautop on classic content at display time, and wpautop turns every newline left inside a paragraph
/// or another element into <c>&lt;br /&gt;</c>. Finished HTML (Markdown output, Jekyll/Hugo HTML) uses newlines as
/// soft breaks, which a browser shows as a space. This pass makes the HTML display the same after wpautop:
/// a whitespace run holding a newline becomes one space, except where it touches a block boundary (between block
/// elements, right inside a block element), where a single newline is kept for readability and wpautop leaves it.
/// Text inside <c>pre script style svg math textarea</c> is left alone (wpautop preserves the first five; a
/// textarea shows its text literally either way). Content with block markup (<c>&lt;!-- wp:</c>) is returned
/// unchanged: WordPress does not run wpautop on it. Only text nodes change; all markup is kept byte for byte.
/// </summary>
internal static class WpautopSafeHtml
{
    // wpautop's $allblocks list (WordPress 6.2+).
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th", "div", "dl", "dd", "dt",
        "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address", "style", "p", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "fieldset", "legend", "section", "article", "aside", "hgroup", "header", "footer", "nav",
        "figure", "figcaption", "details", "menu", "summary",
    };

    private static readonly HashSet<string> PreservedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "pre", "script", "style", "svg", "math", "textarea",
    };

    public static string Apply(string html)
    {
        if (!html.Contains('\n', StringComparison.Ordinal) || html.Contains("<!-- wp:", StringComparison.Ordinal))
            return html;
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var edits = new List<(int Start, string Original, string Replacement)>();
        foreach (var node in doc.DocumentNode.Descendants())
        {
            if (node is not HtmlTextNode text || !text.Text.Contains('\n', StringComparison.Ordinal) || IsPreserved(node))
                continue;
            var joined = Join(text.Text, BlockBoundaryBefore(node), BlockBoundaryAfter(node));
            if (!string.Equals(joined, text.Text, StringComparison.Ordinal))
                edits.Add((node.StreamPosition, text.Text, joined));
        }
        if (edits.Count == 0)
            return html;
        var sb = new StringBuilder(html.Length);
        var at = 0;
        foreach (var (start, original, replacement) in edits.OrderBy(e => e.Start))
        {
            // Guard against a position that does not point at the node's text: then that node is left as it is.
            if (start < at || start + original.Length > html.Length || !html.AsSpan(start, original.Length).SequenceEqual(original))
                continue;
            sb.Append(html, at, start - at).Append(replacement);
            at = start + original.Length;
        }
        sb.Append(html, at, html.Length - at);
        return sb.ToString();
    }

    /// <summary>Replaces whitespace runs that hold a newline; runs at a block boundary become one newline.</summary>
    internal static string Join(string text, bool blockBefore, bool blockAfter)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsHtmlSpace(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && IsHtmlSpace(text[i]))
                i++;
            var run = text[start..i];
            if (!run.Contains('\n', StringComparison.Ordinal))
                sb.Append(run);
            else if ((start == 0 && blockBefore) || (i == text.Length && blockAfter))
                sb.Append('\n');
            else
                sb.Append(' ');
        }
        return sb.ToString();
    }

    // HTML collapses only ASCII whitespace; U+00A0 and other Unicode spaces are text.
    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    private static bool IsPreserved(HtmlNode node)
    {
        for (var p = node.ParentNode; p is not null; p = p.ParentNode)
        {
            if (PreservedTags.Contains(p.Name))
                return true;
        }
        return false;
    }

    private static bool BlockBoundaryBefore(HtmlNode node) =>
        node.PreviousSibling is { } prev ? IsBlockish(prev) : IsBlockContainer(node.ParentNode);

    private static bool BlockBoundaryAfter(HtmlNode node) =>
        node.NextSibling is { } next ? IsBlockish(next) : IsBlockContainer(node.ParentNode);

    private static bool IsBlockish(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Comment || (node.NodeType == HtmlNodeType.Element && (BlockTags.Contains(node.Name) || node.Name.Equals("br", StringComparison.OrdinalIgnoreCase)));

    private static bool IsBlockContainer(HtmlNode? node) =>
        node is null || node.NodeType == HtmlNodeType.Document || BlockTags.Contains(node.Name);
}
