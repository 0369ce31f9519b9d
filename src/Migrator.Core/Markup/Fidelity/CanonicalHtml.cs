using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.Fidelity;

/// <summary>
/// A canonical form of an HTML fragment, so that two fragments that render the same compare equal as strings
/// (the normalisation is documented on <see cref="FidelityCheck"/>), plus its visible text and element counts.
/// </summary>
internal sealed class CanonicalHtml : IDisposable
{
    /// <summary>
    /// Token lists kept for reuse on each thread: a long body's list is an array on the large object heap, and
    /// allocating one per body, twice per check, made the collector a large part of the check's time.
    /// </summary>
    [ThreadStatic]
    private static Stack<List<Token>>? spareTokens;

    /// <summary>A list longer than this is not kept for reuse: one huge body does not hold its memory for the run.</summary>
    private const int MaxSpareTokens = 1 << 15;

    private List<Token> tokens;
    private readonly bool dropHeadingIds;

    private CanonicalHtml(bool dropHeadingIds)
    {
        this.dropHeadingIds = dropHeadingIds;
        tokens = spareTokens is { Count: > 0 } spare ? spare.Pop() : [];
    }

    /// <summary>
    /// Gives the tokens back for reuse by the next fragment on this thread; <see cref="Text"/> and <see cref="Lines"/>
    /// are then what they were if asked before, else empty.
    /// </summary>
    public void Dispose()
    {
        var used = tokens;
        tokens = [];
        if (used.Capacity is 0 or > MaxSpareTokens)
            return;
        used.Clear();
        (spareTokens ??= new()).Push(used);
    }

    private (string Text, IReadOnlyList<string> Lines)? visible;

    /// <summary>The normalised markup.</summary>
    public string Markup { get; private set; } = "";

    /// <summary>
    /// The visible text: text outside tags, blocks separated by one space, whitespace collapsed. Built when first asked
    /// for: the check needs it only when the markup differs.
    /// </summary>
    public string Text => (visible ??= BuildVisible()).Text;

    /// <summary>
    /// The visible text as a reader sees it, line by line: one line per block (and per line break), the lines of a
    /// <c>pre</c> as they are; blank lines dropped.
    /// </summary>
    public IReadOnlyList<string> Lines => (visible ??= BuildVisible()).Lines;

    /// <summary>How many elements of each name the fragment holds.</summary>
    public Dictionary<string, int> ElementCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The canonical form of <paramref name="html"/>.</summary>
    public static CanonicalHtml Parse(string html, bool dropHeadingIds = false) =>
        Of(HtmlFragmentParser.Parse(html), dropHeadingIds);

    /// <summary>The canonical form of an already parsed fragment (only read, never changed).</summary>
    public static CanonicalHtml Of(HtmlDocument document, bool dropHeadingIds = false)
    {
        var canonical = new CanonicalHtml(dropHeadingIds);
        canonical.Walk(document.DocumentNode);
        canonical.MoveEdgeWhitespaceOutOfInlines();
        canonical.TrimAroundBlocks();
        canonical.Build();
        return canonical;
    }

    /// <summary>Turns the tree into tokens, with an explicit stack: a body may nest thousands of elements deep.</summary>
    private void Walk(HtmlNode root)
    {
        // A frame is a node to visit, or (Exit) an element whose content has been visited and whose content starts at ContentStart.
        var pending = new Stack<(HtmlNode Node, bool Preformatted, bool Exit, int ContentStart)>();
        PushChildren(pending, root, preformatted: false);
        while (pending.TryPop(out var frame))
        {
            var (node, preformatted, exit, contentStart) = frame;
            if (exit)
            {
                if (node.Name == "pre")
                    TrimPreEdges(contentStart);
                var closed = CanonicalName(node.Name);
                tokens.Add(new Token(TokenKind.Close, closed, BareTag(closed, close: true), false));
                continue;
            }
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var raw = ((HtmlTextNode)node).Text;
                    var text = HtmlElements.RawText.Contains(node.ParentNode?.Name ?? "") ? raw : HtmlText.Decode(raw);
                    tokens.Add(new Token(TokenKind.Text, "", preformatted ? text : Collapse(text), preformatted));
                    break;
                case HtmlNodeType.Comment:
                    tokens.Add(new Token(TokenKind.Comment, "", HtmlText.Comment(((HtmlCommentNode)node).Comment), false));
                    break;
                case HtmlNodeType.Element when node.Name == "pre" && CodeLanguage.TextOf(node, out var language) is { } code:
                    AddCodeBlock(code, language);
                    break;
                case HtmlNodeType.Element:
                    var name = CanonicalName(node.Name);
                    ElementCounts[name] = ElementCounts.GetValueOrDefault(name) + 1;
                    var isVoid = HtmlElements.Void.Contains(name);
                    tokens.Add(new Token(isVoid ? TokenKind.Void : TokenKind.Open, name, CanonicalTag(node), false));
                    if (isVoid)
                        break;
                    pending.Push((node, preformatted, true, tokens.Count));
                    PushChildren(pending, node, preformatted || HtmlElements.Preformatted.Contains(name));
                    break;
                default:
                    PushChildren(pending, node, preformatted);
                    break;
            }
        }
    }

    /// <summary>
    /// A code block whose attributes only name its language (<see cref="CodeLanguage"/>) in the one form a fenced block
    /// renders to: <c>&lt;pre&gt;&lt;code class="language-x"&gt;</c>. A <c>pre</c> without <c>code</c> looks the same.
    /// </summary>
    private void AddCodeBlock(string code, string language)
    {
        ElementCounts["pre"] = ElementCounts.GetValueOrDefault("pre") + 1;
        ElementCounts["code"] = ElementCounts.GetValueOrDefault("code") + 1;
        tokens.Add(new Token(TokenKind.Open, "pre", "<pre>", false));
        var tag = new StringBuilder("<code");
        if (language.Length > 0)
        {
            tag.Append(" class=\"language-");
            HtmlText.AppendAttribute(tag, language);
            tag.Append('"');
        }
        tokens.Add(new Token(TokenKind.Open, "code", tag.Append('>').ToString(), false));
        code = code.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (code.EndsWith('\n'))
            code = code[..^1];
        if (code.Length > 0)
            tokens.Add(new Token(TokenKind.Text, "", code, true));
        tokens.Add(new Token(TokenKind.Close, "code", "</code>", false));
        tokens.Add(new Token(TokenKind.Close, "pre", "</pre>", false));
    }

    private static void PushChildren(Stack<(HtmlNode, bool, bool, int)> pending, HtmlNode parent, bool preformatted)
    {
        var children = parent.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
            pending.Push((children[i], preformatted, false, 0));
    }

    /// <summary>HTML drops a newline right after &lt;pre&gt;; a final newline before &lt;/pre&gt; does not render either.</summary>
    private void TrimPreEdges(int contentStart)
    {
        if (contentStart < tokens.Count && tokens[contentStart] is { Kind: TokenKind.Text } first && first.Value.StartsWith('\n'))
            tokens[contentStart] = first with { Value = first.Value[1..] };
        for (var i = tokens.Count - 1; i >= contentStart; i--)
        {
            if (tokens[i].Kind == TokenKind.Close)
                continue;
            if (tokens[i] is { Kind: TokenKind.Text } last && last.Value.EndsWith('\n'))
                tokens[i] = last with { Value = last.Value[..^1] };
            break;
        }
    }

    private string CanonicalTag(HtmlNode element)
    {
        if (element.Attributes.Count == 0 && element.Name != "img")
            return BareTag(CanonicalName(element.Name), close: false);
        // A tag has a handful of attributes: a list sorted once is cheaper than a sorted dictionary per tag.
        var attributes = new List<KeyValuePair<string, string>>(element.Attributes.Count + 1);
        foreach (var attribute in element.Attributes)
            Set(attribute.Name, CanonicalValue(attribute.Name, HtmlText.Decode(attribute.Value ?? "")));
        switch (element.Name)
        {
            case "img":
                if (Find("alt") < 0)
                    Set("alt", "");
                break;
            case "ol" when Find("start") is var start and >= 0 && attributes[start].Value == "1":
                attributes.RemoveAt(start);
                break;
            case "td" or "th" when Find("align") is var align and >= 0:
                var alignment = attributes[align].Value;
                attributes.RemoveAt(align);
                Set("style", CanonicalValue("style", "text-align: " + alignment + (Find("style") is var style and >= 0 ? ";" + attributes[style].Value : "")));
                break;
            case var heading when dropHeadingIds && HtmlElements.IsHeading(heading):
                Remove("id");
                break;
        }
        // kramdown's markdown="1" asks it to read Markdown inside; kramdown removes it from what it renders.
        if (dropHeadingIds)
            Remove("markdown");
        attributes.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var sb = new StringBuilder("<").Append(CanonicalName(element.Name));
        foreach (var (name, value) in attributes)
        {
            sb.Append(' ').Append(name).Append("=\"");
            HtmlText.AppendAttribute(sb, value);
            sb.Append('"');
        }
        return sb.Append('>').ToString();

        int Find(string name) => attributes.FindIndex(a => string.Equals(a.Key, name, StringComparison.Ordinal));

        // The last value of a repeated attribute wins, as it did in a dictionary.
        void Set(string name, string value)
        {
            if (Find(name) is var at and >= 0)
                attributes[at] = new(name, value);
            else
                attributes.Add(new(name, value));
        }

        void Remove(string name)
        {
            if (Find(name) is var at and >= 0)
                attributes.RemoveAt(at);
        }
    }

    /// <summary>The tags without attributes of every known element, made once: the walk would otherwise build one per element.</summary>
    private static readonly FrozenDictionary<string, (string Open, string Close)> BareTags =
        Migrator.Core.Text.HtmlLexer.ElementNames.ToFrozenDictionary(name => name, name => ("<" + name + ">", "</" + name + ">"), StringComparer.Ordinal);

    private static string BareTag(string name, bool close) =>
        BareTags.TryGetValue(name, out var tags) ? (close ? tags.Close : tags.Open) : close ? "</" + name + ">" : "<" + name + ">";

    /// <summary>Elements that render the same: <c>b</c> is <c>strong</c>, <c>i</c> is <c>em</c>, <c>s</c> and <c>strike</c> are <c>del</c>.</summary>
    private static string CanonicalName(string name) => name switch
    {
        "b" => "strong",
        "i" => "em",
        "s" or "strike" => "del",
        _ => name,
    };

    private static string CanonicalValue(string name, string value)
    {
        switch (name)
        {
            case "href" or "src" or "cite" or "action" or "poster" or "data":
                try
                {
                    // Browsers trim ASCII whitespace around a URL.
                    return Uri.UnescapeDataString(value.Trim(CollapsibleWhitespace));
                }
                catch (UriFormatException)
                {
                    return value;
                }
            case "class":
                return IsCollapsed(value) ? value : string.Join(' ', value.Split(CollapsibleWhitespace, StringSplitOptions.RemoveEmptyEntries));
            case "style":
                var declarations = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries))
                    .Select(p => p.Length == 2 ? p[0].ToLowerInvariant() + ":" + p[1] : p[0]);
                return string.Join(';', declarations);
            default:
                return value;
        }
    }

    private static readonly char[] CollapsibleWhitespace = [' ', '\t', '\n', '\r', '\f'];
    private static readonly SearchValues<char> CollapsibleOtherThanSpace = SearchValues.Create("\t\n\r\f");

    /// <summary>True when the text's whitespace is single spaces between words: split and joined again, it is itself.</summary>
    private static bool IsCollapsed(string text) =>
        (text.Length == 0 || (text[0] != ' ' && text[^1] != ' ')) && IsSingleSpaced(text);

    private static bool IsSingleSpaced(string text) =>
        !text.AsSpan().ContainsAny(CollapsibleOtherThanSpace) && !text.Contains("  ", StringComparison.Ordinal);

    private static string Collapse(string text)
    {
        if (IsSingleSpaced(text))
            return text; // nothing to collapse: single spaces are already canonical
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (HtmlText.IsCollapsible(c))
            {
                space = true;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        if (space)
            sb.Append(' ');
        return sb.ToString();
    }

    /// <summary><c>a&lt;em&gt; b &lt;/em&gt;c</c> renders as <c>a &lt;em&gt;b&lt;/em&gt; c</c>: edge whitespace of inline elements moves outside.</summary>
    private void MoveEdgeWhitespaceOutOfInlines()
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                var open = tokens[i];
                var next = tokens[i + 1];
                if (open.Kind == TokenKind.Open && IsInline(open.Name) && next is { Kind: TokenKind.Text, Preformatted: false } && next.Value.StartsWith(' '))
                {
                    tokens[i + 1] = next with { Value = next.Value[1..] };
                    tokens.Insert(i, new Token(TokenKind.Text, "", " ", false));
                    changed = true;
                    i++;
                }
                else if (next.Kind == TokenKind.Close && IsInline(next.Name) && open is { Kind: TokenKind.Text, Preformatted: false } && open.Value.EndsWith(' '))
                {
                    tokens[i] = open with { Value = open.Value[..^1] };
                    tokens.Insert(i + 2, new Token(TokenKind.Text, "", " ", false));
                    changed = true;
                }
            }
        }
        // Merge neighbouring text and collapse the spaces that moving created.
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (tokens[i] is { Kind: TokenKind.Text, Preformatted: false } b && tokens[i - 1] is { Kind: TokenKind.Text, Preformatted: false } a)
            {
                tokens[i - 1] = a with { Value = Collapse(a.Value + b.Value) };
                tokens.RemoveAt(i);
            }
        }
        tokens.RemoveAll(t => t.Kind == TokenKind.Text && t.Value.Length == 0);
        CollapseAcrossInlineTags();
    }

    /// <summary>
    /// A space right after a space does not render, even when a tag stands between them (<c>a &lt;a&gt; b&lt;/a&gt;</c>
    /// shows one space, outside the link); whitespace after a block boundary is trimmed later.
    /// </summary>
    private void CollapseAcrossInlineTags()
    {
        var afterSpace = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Text when token.Preformatted:
                    afterSpace = false;
                    break;
                case TokenKind.Text:
                    if (afterSpace && token.Value.StartsWith(' '))
                        tokens[i] = token = token with { Value = token.Value[1..] };
                    if (token.Value.Length > 0)
                        afterSpace = token.Value.EndsWith(' ');
                    break;
                case TokenKind.Open or TokenKind.Close when !IsBoundary(token):
                    break;
                default:
                    afterSpace = false;
                    break;
            }
        }
        tokens.RemoveAll(t => t.Kind == TokenKind.Text && t.Value.Length == 0);
    }

    private static bool IsInline(string name) => !HtmlElements.Block.Contains(name) && HtmlElements.MovesEdgeWhitespace(name);

    /// <summary>Whitespace next to a block boundary (a block tag, a line break, a comment, the fragment's edges) does not render.</summary>
    private void TrimAroundBlocks()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Text || token.Preformatted)
                continue;
            var value = token.Value;
            if (IsBoundaryOrEdge(i, -1))
                value = value.TrimStart(' ');
            if (IsBoundaryOrEdge(i, +1))
                value = value.TrimEnd(' ');
            tokens[i] = token with { Value = value };
        }
        tokens.RemoveAll(t => t.Kind == TokenKind.Text && t.Value.Length == 0);
    }

    /// <summary>True when, looking from token <paramref name="i"/> in <paramref name="direction"/> past inline tags, the next thing is a block boundary or the fragment's edge.</summary>
    private bool IsBoundaryOrEdge(int i, int direction)
    {
        for (var k = i + direction; k >= 0 && k < tokens.Count; k += direction)
        {
            var token = tokens[k];
            if (token.Kind is TokenKind.Open or TokenKind.Close && !IsBoundary(token))
                continue;
            return IsBoundary(token);
        }
        return true;
    }

    private static bool IsBoundary(Token token) =>
        token.Kind == TokenKind.Comment || (token.Kind != TokenKind.Text && (HtmlElements.Block.Contains(token.Name) || token.Name is "br" or "video" or "audio" or "picture" or "iframe" or "object"));

    private void Build()
    {
        var markup = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Text)
                HtmlText.AppendText(markup, token.Value);
            else
                markup.Append(token.Value);
        }
        Markup = markup.ToString();
    }

    private (string, IReadOnlyList<string>) BuildVisible()
    {
        var text = new StringBuilder();
        var lines = new StringBuilder();
        var hidden = 0;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Text:
                    if (hidden == 0)
                    {
                        AppendVisible(text, token.Value, token.Preformatted);
                        AppendVisible(lines, token.Value, token.Preformatted);
                    }
                    break;
                case TokenKind.Open:
                    hidden += token.Name is "script" or "style" or "template" ? 1 : 0;
                    if (HtmlElements.Block.Contains(token.Name))
                        BlockBoundary(text, lines);
                    break;
                case TokenKind.Close:
                    hidden -= token.Name is "script" or "style" or "template" ? 1 : 0;
                    if (HtmlElements.Block.Contains(token.Name))
                        BlockBoundary(text, lines);
                    break;
                default:
                    if (token.Name == "br" || HtmlElements.Block.Contains(token.Name))
                        BlockBoundary(text, lines);
                    break;
            }
        }
        return (text.ToString().Trim(' '), [.. lines.ToString().Split('\n').Select(l => l.TrimEnd(' ')).Where(l => l.Length > 0)]);
    }

    private static void BlockBoundary(StringBuilder text, StringBuilder lines)
    {
        AppendVisible(text, " ", false);
        if (lines.Length > 0 && lines[^1] == ' ')
            lines.Length--;
        lines.Append('\n');
    }

    /// <summary>Appends visible text; outside pre a space never follows a space.</summary>
    private static void AppendVisible(StringBuilder text, string value, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(value);
            return;
        }
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (rest[0] == ' ')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                    text.Append(' ');
                rest = rest[1..];
                continue;
            }
            var space = rest.IndexOf(' ');
            var run = space < 0 ? rest : rest[..space];
            text.Append(run);
            rest = rest[run.Length..];
        }
    }

    private enum TokenKind : byte
    {
        Open,
        Close,
        Void,
        Text,
        Comment,
    }

    private readonly record struct Token(TokenKind Kind, string Name, string Value, bool Preformatted);
}
