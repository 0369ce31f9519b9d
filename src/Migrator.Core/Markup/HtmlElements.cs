using System.Collections.Frozen;

namespace Migrator.Core.Markup;

/// <summary>Element classes the converter and the fidelity check agree on. Names are lower case (HtmlAgilityPack lowers them).</summary>
internal static class HtmlElements
{
    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that form blocks: they never sit inside a Markdown paragraph.</summary>
    public static readonly FrozenSet<string> Block = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "colgroup", "col",
        "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "script", "style", "textarea", "noscript", "template",
        "search", "legend", "optgroup", "option", "body", "html", "head", "title", "meta", "link", "base");

    /// <summary>CommonMark HTML block start condition 1: these end at their closing tag, blank lines allowed.</summary>
    public static readonly FrozenSet<string> HtmlBlockType1 = Set("pre", "script", "style", "textarea");

    /// <summary>CommonMark HTML block start condition 6 (end at a blank line; may interrupt a paragraph).</summary>
    public static readonly FrozenSet<string> HtmlBlockType6 = Set(
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe",
        "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p",
        "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "track", "ul");

    /// <summary>Void elements: no content, no closing tag.</summary>
    public static readonly FrozenSet<string> Void = Set(
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "isindex", "spacer");

    /// <summary>Elements whose text is kept exactly (no whitespace collapsing).</summary>
    public static readonly FrozenSet<string> Preformatted = Set("pre", "textarea", "script", "style", "listing", "xmp", "plaintext");

    /// <summary>Elements whose content is raw text (not HTML): never entity-decoded.</summary>
    public static readonly FrozenSet<string> RawText = Set("script", "style");

    /// <summary>Containers the converter keeps as a raw tag around Markdown content (a blank line on either side).</summary>
    public static readonly FrozenSet<string> Wrapper = Set(
        "div", "section", "article", "aside", "header", "footer", "main", "nav", "center", "address", "blockquote", "search");

    /// <summary>
    /// Inline elements whose edge whitespace renders the same outside them (it is moved out, then collapsed). Not a
    /// link: its underline covers a space at its edge (<c>foo&lt;a&gt; bar&lt;/a&gt;</c> underlines the space).
    /// </summary>
    public static bool MovesEdgeWhitespace(string name) => name is not ("a" or "code" or "kbd" or "samp" or "tt") && !Preformatted.Contains(name);

    /// <summary>True for a block element, and for an inline element that holds one (a link around a div, code around a pre).</summary>
    public static bool ActsAsBlock(HtmlAgilityPack.HtmlNode node) =>
        node.NodeType == HtmlAgilityPack.HtmlNodeType.Element && (Block.Contains(node.Name) || HasBlockDescendant(node));

    /// <summary>True when a block element is somewhere inside <paramref name="element"/> (searched without recursion: the tree may be deep).</summary>
    public static bool HasBlockDescendant(HtmlAgilityPack.HtmlNode element)
    {
        Stack<HtmlAgilityPack.HtmlNode>? pending = null;
        var current = element;
        while (true)
        {
            foreach (var child in current.ChildNodes)
            {
                if (child.NodeType != HtmlAgilityPack.HtmlNodeType.Element)
                    continue;
                if (Block.Contains(child.Name))
                    return true;
                (pending ??= new()).Push(child);
            }
            if (pending is null || !pending.TryPop(out current))
                return false;
        }
    }

    /// <summary>
    /// False when <paramref name="document"/> cannot hold an element named <paramref name="name"/>: HtmlAgilityPack
    /// names an element after the characters right after its <c>&lt;</c>, so its text must have <c>&lt;name</c> in some
    /// letter case. Spares a search of the whole tree for the many bodies without one.
    /// </summary>
    public static bool MayHold(HtmlAgilityPack.HtmlDocument document, string name)
    {
        // Each '<' found by the vectorised search, then its name compared: an ignore-case search of the whole text is
        // many times slower (it is not vectorised when globalization is invariant).
        var text = document.Text.AsSpan();
        for (var at = text.IndexOf('<'); at >= 0; at = text.IndexOf('<'))
        {
            text = text[(at + 1)..];
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Every node under <paramref name="root"/> in document order, as HtmlAgilityPack's <c>Descendants()</c> gives them,
    /// walked with one explicit stack: that method nests an iterator per level, so each node costs as many steps as it
    /// is deep, and a body may nest thousands of levels.
    /// </summary>
    public static IEnumerable<HtmlAgilityPack.HtmlNode> InDocumentOrder(HtmlAgilityPack.HtmlNode root)
    {
        var pending = new Stack<HtmlAgilityPack.HtmlNode>();
        PushChildren(root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            PushChildren(node);
        }

        void PushChildren(HtmlAgilityPack.HtmlNode parent)
        {
            var children = parent.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
                pending.Push(children[i]);
        }
    }

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
}
