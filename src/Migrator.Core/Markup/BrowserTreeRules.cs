using System.Collections.Frozen;
using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup;

/// <summary>
/// The HTML5 tree-building rules where HtmlAgilityPack builds a different tree than a browser, applied once around
/// the parse (<see cref="HtmlFragmentParser"/>) so that the converter and the fidelity check both see the browser's tree:
/// <list type="bullet">
/// <item><c>/&gt;</c> on a start tag of a non-void HTML element is ignored: <c>&lt;span/&gt;text</c> opens a span
/// that holds the text. In SVG and MathML it still closes the element.</item>
/// <item>A paragraph ends where a block that cannot sit in a paragraph starts (<c>&lt;p&gt;a&lt;figure&gt;…</c>); the
/// block and what follows it are outside the paragraph.</item>
/// <item><c>&lt;html&gt;</c>, <c>&lt;head&gt;</c> and <c>&lt;body&gt;</c> tags after content (a post that pastes a
/// page's source) are ignored: what they hold stays in the post, and so does the content before them.</item>
/// </list>
/// Not emulated: the re-opening of formatting elements across blocks (the adoption agency algorithm) and the empty
/// paragraph a stray <c>&lt;/p&gt;</c> makes, which renders as nothing.
/// </summary>
internal static class BrowserTreeRules
{
    /// <summary>Start tags that close an open paragraph (the HTML5 "close a p element" list).</summary>
    private static readonly FrozenSet<string> ClosesParagraph = new[]
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table", "ul",
        "xmp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Elements whose content is text up to their end tag: a browser would hide everything after <c>&lt;iframe/&gt;</c>
    /// as its text, so there the self-closing slash is kept (the post's content stays visible, as its author meant).
    /// </summary>
    private static readonly FrozenSet<string> TextOnly = new[]
    {
        "script", "style", "textarea", "title", "iframe", "xmp", "noembed", "noframes", "noscript", "plaintext",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The source with the slash of <c>/&gt;</c> removed from start tags of non-void HTML elements (outside SVG and MathML).</summary>
    public static string WithoutSelfClosingNonVoid(string html)
    {
        if (!html.Contains("/>", StringComparison.Ordinal))
            return html;
        StringBuilder? sb = null;
        var copied = 0;
        var foreign = 0;
        foreach (var token in Text.HtmlLexer.Tokenize(html))
        {
            if (token.Kind != Text.HtmlTokenKind.Tag)
                continue;
            var selfClosing = !token.IsEndTag && token.Length >= 3 && html[token.End - 1] == '>' && html[token.End - 2] == '/';
            if (token.Name is "svg" or "math")
            {
                foreign += token.IsEndTag ? (foreign > 0 ? -1 : 0) : selfClosing ? 0 : 1;
                continue;
            }
            if (!selfClosing || foreign > 0 || HtmlElements.Void.Contains(token.Name) || TextOnly.Contains(token.Name))
                continue;
            // "<a name=x/>" keeps its slash: it is part of the unquoted value, not a self-closing flag.
            var flag = token.Length == token.Name.Length + 3 || html[token.End - 3] is ' ' or '\t' or '\n' or '\r' or '\f' or '"' or '\'';
            if (!flag)
                continue;
            sb ??= new StringBuilder(html.Length);
            sb.Append(html, copied, token.End - 2 - copied).Append('>');
            copied = token.End;
        }
        return sb is null ? html : sb.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Unwraps the <c>html</c> element (and its <c>head</c> and <c>body</c>) when content comes before it.</summary>
    public static void IgnoreDocumentTagsAfterContent(HtmlDocument document)
    {
        var root = document.DocumentNode;
        // HtmlAgilityPack names an element after the characters right after its '<': no "<html", no html element
        // (and no XPath walk of the whole tree for the many bodies without one).
        if (!HtmlElements.MayHold(document, "html") || root.SelectSingleNode("//html") is not { } html)
            return;
        var contentBefore = html.ParentNode != root;
        foreach (var child in root.ChildNodes)
        {
            if (child == html || contentBefore)
                break;
            contentBefore = child.NodeType == HtmlNodeType.Element
                || (child.NodeType == HtmlNodeType.Text && !HtmlText.Decode(((HtmlTextNode)child).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty);
        }
        if (!contentBefore)
            return;
        foreach (var part in html.ChildNodes.ToList())
        {
            if (part.NodeType == HtmlNodeType.Element && part.Name is "head" or "body")
                Unwrap(part);
        }
        Unwrap(html);
    }

    private static void Unwrap(HtmlNode element)
    {
        if (element.ParentNode is not { } parent)
            return;
        foreach (var child in element.ChildNodes.ToList())
        {
            element.RemoveChild(child);
            parent.InsertBefore(child, element);
        }
        parent.RemoveChild(element);
    }

    /// <summary>Moves a block that HtmlAgilityPack left inside a paragraph, and everything after it, out after the paragraph.</summary>
    public static void CloseParagraphsBeforeBlocks(HtmlDocument document)
    {
        var pending = new Stack<HtmlNode>();
        pending.Push(document.DocumentNode);
        while (pending.TryPop(out var node))
        {
            if (node.Name == "p" && node.NodeType == HtmlNodeType.Element)
            {
                foreach (var moved in SplitAtFirstBlock(node))
                    pending.Push(moved);
            }
            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                if (node.ChildNodes[i].NodeType is HtmlNodeType.Element or HtmlNodeType.Document)
                    pending.Push(node.ChildNodes[i]);
            }
        }
    }

    /// <summary>Splits the paragraph at its first block child; returns the elements moved out.</summary>
    private static List<HtmlNode> SplitAtFirstBlock(HtmlNode paragraph)
    {
        var moved = new List<HtmlNode>();
        var children = paragraph.ChildNodes;
        var at = -1;
        for (var i = 0; i < children.Count && at < 0; i++)
        {
            if (children[i].NodeType == HtmlNodeType.Element && ClosesParagraph.Contains(children[i].Name))
                at = i;
        }
        var parent = paragraph.ParentNode;
        if (at < 0 || parent is null)
            return moved;
        var after = paragraph;
        while (children.Count > at)
        {
            var node = children[at];
            paragraph.RemoveChild(node);
            parent.InsertAfter(node, after);
            after = node;
            if (node.NodeType == HtmlNodeType.Element)
                moved.Add(node);
        }
        if (IsBlank(paragraph))
            parent.RemoveChild(paragraph);
        return moved;
    }

    /// <summary>A paragraph left with nothing but whitespace renders as nothing (its margins collapse).</summary>
    private static bool IsBlank(HtmlNode paragraph)
    {
        foreach (var child in paragraph.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Text || !HtmlText.Decode(((HtmlTextNode)child).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty)
                return false;
        }
        return true;
    }
}
