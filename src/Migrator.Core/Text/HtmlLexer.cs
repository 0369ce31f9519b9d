using System.Collections.Frozen;

namespace Migrator.Core.Text;

/// <summary>What a stretch of HTML source is.</summary>
internal enum HtmlTokenKind
{
    /// <summary>Character data between tags (entities are decoded there).</summary>
    Text,
    /// <summary>A start or end tag, from <c>&lt;</c> to <c>&gt;</c>, attributes included.</summary>
    Tag,
    /// <summary><c>&lt;!-- … --&gt;</c>, <c>&lt;!…&gt;</c>, <c>&lt;?…&gt;</c> and CDATA sections.</summary>
    Comment,
    /// <summary>The contents of <c>script</c>, <c>style</c> and the other raw-text elements: no entities, no tags.</summary>
    RawText,
}

/// <summary>One stretch of HTML source. <see cref="Name"/> is the lower-cased tag name of a tag, else empty.</summary>
internal readonly record struct HtmlToken(HtmlTokenKind Kind, int Start, int Length, string Name, bool IsEndTag)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits HTML source into text, tags, comments and raw text, following the HTML tokenizer only as far as needed to
/// know where text ends and markup begins (quoted attribute values may hold <c>&gt;</c>; a <c>&lt;</c> not followed by
/// a tag name is text). It never changes the source: tokens are spans over it, in order, covering every character.
/// </summary>
internal static class HtmlLexer
{
    private static readonly string[] RawTextElements = ["script", "style", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>The most tokens a list is made for at first: below the large-object heap's 85,000 bytes.</summary>
    private const int MaxInitialTokens = 3000;

    public static List<HtmlToken> Tokenize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // At most a text and a markup token per '<', and a last text: a body's list does not grow while filled. Capped,
        // so that text of many '<' that are no tags does not reserve what it never uses.
        var tokens = new List<HtmlToken>(Math.Min(2 * html.AsSpan().Count('<') + 1, MaxInitialTokens));
        var textStart = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
                break;
            var end = MarkupEnd(html, lt, out var kind, out var name, out var isEnd);
            if (end < 0)
            {
                i = lt + 1;
                continue;
            }
            if (lt > textStart)
                tokens.Add(new HtmlToken(HtmlTokenKind.Text, textStart, lt - textStart, "", false));
            tokens.Add(new HtmlToken(kind, lt, end - lt, name, isEnd));
            i = end;
            textStart = end;
            if (kind == HtmlTokenKind.Tag && !isEnd && Array.IndexOf(RawTextElements, name) >= 0 && html[end - 2] != '/')
            {
                var close = FindEndTag(html, end, name);
                if (close > end)
                    tokens.Add(new HtmlToken(HtmlTokenKind.RawText, end, close - end, "", false));
                i = close;
                textStart = close;
            }
        }
        if (textStart < html.Length)
            tokens.Add(new HtmlToken(HtmlTokenKind.Text, textStart, html.Length - textStart, "", false));
        return tokens;
    }

    /// <summary>End (exclusive) of the markup starting at <paramref name="lt"/>, or -1 when this <c>&lt;</c> is text.</summary>
    private static int MarkupEnd(string html, int lt, out HtmlTokenKind kind, out string name, out bool isEnd)
    {
        kind = HtmlTokenKind.Tag;
        name = "";
        isEnd = false;
        var n = html.Length;
        if (lt + 1 >= n)
            return -1;
        var c = html[lt + 1];
        if (c == '!')
        {
            kind = HtmlTokenKind.Comment;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return close < 0 ? n : close + 3;
            }
            if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
            {
                var close = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                return close < 0 ? n : close + 3;
            }
            var gt = html.IndexOf('>', lt + 2);
            return gt < 0 ? n : gt + 1;
        }
        if (c == '?')
        {
            kind = HtmlTokenKind.Comment;
            var gt = html.IndexOf('>', lt + 2);
            return gt < 0 ? n : gt + 1;
        }
        var nameStart = lt + 1;
        if (c == '/')
        {
            isEnd = true;
            nameStart++;
        }
        if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            return -1;
        var j = nameStart;
        while (j < n && !IsTagNameEnd(html[j]))
            j++;
        name = NameOf(html.AsSpan(nameStart, j - nameStart));
        while (j < n)
        {
            var ch = html[j];
            if (ch == '>')
                return j + 1;
            if (!isEnd && (ch == '"' || ch == '\'') && IsAttributeValueStart(html, j))
            {
                var close = html.IndexOf(ch, j + 1);
                if (close < 0)
                    return n;
                j = close + 1;
                continue;
            }
            j++;
        }
        return n;
    }

    /// <summary>The names of HTML's elements (and SVG's and MathML's roots), lower case: a tag names one of them far more often than not.</summary>
    public static readonly FrozenSet<string> ElementNames = new[]
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn",
        "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
        "label", "legend", "li", "link", "main", "mark", "math", "menu", "meta", "nav", "noscript", "object", "ol",
        "optgroup", "option", "p", "param", "picture", "pre", "q", "s", "samp", "script", "section", "select", "small",
        "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = ElementNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A tag's name in lower case: the one shared string for a known element, a new one otherwise. Only an ASCII name is
    /// looked up: ignoring case, "ı" would match "i" where lower-casing keeps it.
    /// </summary>
    private static string NameOf(ReadOnlySpan<char> name) =>
        System.Text.Ascii.IsValid(name) && KnownNames.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    /// <summary>A quote opens a value only right after <c>=</c> (spaces allowed), as in the HTML tokenizer.</summary>
    private static bool IsAttributeValueStart(string html, int quote)
    {
        var k = quote - 1;
        while (k > 0 && html[k] is ' ' or '\t' or '\n' or '\r' or '\f')
            k--;
        return html[k] == '=';
    }

    private static int FindEndTag(string html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var lt = html.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0)
                return html.Length;
            var after = lt + 2 + name.Length;
            if (after <= html.Length
                && string.Compare(html, lt + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || IsTagNameEnd(html[after])))
                return lt;
            i = lt + 2;
        }
    }
}
