using HtmlAgilityPack;

namespace Migrator.Ghost.Export;

/// <summary>
/// Keeps what Ghost's HTML-to-Lexical conversion would drop (docs/ghost.md#bodies): each top-level block holding an
/// element Ghost's editor has no node for (video, audio, embeds, scripts, forms…) is wrapped in Ghost's HTML-card
/// markers, which its importer keeps verbatim; a body left with nothing the conversion keeps is wrapped whole, as an
/// empty editor document makes Ghost refuse the item and, with it, the whole import.
/// </summary>
internal static class GhostCards
{
    internal const string Begin = "<!--kg-card-begin: html-->";
    internal const string End = "<!--kg-card-end: html-->";

    /// <summary>Elements Ghost 6's conversion drops with everything inside them (tried on Ghost 6.65).</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "video", "audio", "svg", "math", "embed", "object", "picture", "canvas",
        "form", "input", "button", "textarea",
    };

    /// <summary>Elements the conversion keeps as a node of their own even with no text.</summary>
    private static readonly HashSet<string> KeptWithoutText = new(StringComparer.OrdinalIgnoreCase)
    {
        "img", "iframe", "hr", "table",
    };

    /// <summary>The body with its blocks wrapped where needed, and how many blocks were (0: unchanged).</summary>
    public static (string Html, int Wrapped) Keep(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return ("", 0);
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var wrap = new List<HtmlNode>();
        var inCard = false;
        var kept = false;
        foreach (var node in document.DocumentNode.ChildNodes)
        {
            if (node is HtmlCommentNode comment)
            {
                var text = comment.Comment.Trim('<', '!', '-', '>', ' ').Replace(" ", "", StringComparison.Ordinal);
                inCard = text == "kg-card-begin:html" || (inCard && text != "kg-card-end:html");
                kept |= inCard;
                continue;
            }
            if (!inCard && node.NodeType == HtmlNodeType.Element && Holds(node, Dropped))
                wrap.Add(node);
            else
                kept |= inCard || HasContent(node);
        }
        if (wrap.Count == 0 && !kept)
            return ($"{Begin}\n{html.Trim()}\n{End}", 1);
        if (wrap.Count == 0)
            return (html, 0);
        var result = new System.Text.StringBuilder(html.Length + wrap.Count * (Begin.Length + End.Length + 2));
        var at = 0;
        foreach (var node in wrap)
        {
            result.Append(html, at, node.OuterStartIndex - at).Append(Begin).Append('\n');
            result.Append(html, node.OuterStartIndex, node.OuterLength).Append('\n').Append(End);
            at = node.OuterStartIndex + node.OuterLength;
        }
        return (result.Append(html, at, html.Length - at).ToString(), wrap.Count);
    }

    private static bool Holds(HtmlNode node, HashSet<string> names) =>
        names.Contains(node.Name) || node.Descendants().Any(d => d.NodeType == HtmlNodeType.Element && names.Contains(d.Name));

    /// <summary>Text or an element the conversion keeps: what makes Ghost's editor document non-empty.</summary>
    private static bool HasContent(HtmlNode node) => node.NodeType switch
    {
        HtmlNodeType.Text => !string.IsNullOrWhiteSpace(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text)),
        HtmlNodeType.Element => Holds(node, KeptWithoutText)
            || node.Descendants().OfType<HtmlTextNode>().Any(t => !string.IsNullOrWhiteSpace(HtmlEntity.DeEntitize(t.Text))),
        _ => false,
    };
}
