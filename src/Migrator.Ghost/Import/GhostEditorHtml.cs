using System.Net;
using System.Text;
using System.Text.Json;
using Migrator.Core.Markup;

namespace Migrator.Ghost.Import;

/// <summary>
/// HTML from Ghost's editor documents, for exports that hold a post only as one (docs/ghost.md#bodies): Lexical
/// (Ghost 5 and 6) and mobiledoc (Ghost 1 to 4). Renders the common parts: paragraphs, headings, quotes, lists, text
/// formats, links, line breaks, and the image, HTML, Markdown, code, divider, embed and bookmark cards. Anything else
/// is left out and named in <see cref="Rendered.UnknownCards"/>.
/// </summary>
internal static class GhostEditorHtml
{
    public sealed record Rendered(string Html, IReadOnlyList<string> UnknownCards);

    public static Rendered FromLexical(string lexical)
    {
        using var document = JsonDocument.Parse(lexical);
        var html = new StringBuilder();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("root", out var root))
            Children(root, html, unknown);
        return new Rendered(html.ToString(), [.. unknown]);
    }

    private static void Children(JsonElement node, StringBuilder html, ISet<string> unknown)
    {
        if (!node.TryGetProperty("children", out var children) || children.ValueKind != JsonValueKind.Array)
            return;
        foreach (var child in children.EnumerateArray())
            LexicalNode(child, html, unknown);
    }

    private static void LexicalNode(JsonElement node, StringBuilder html, ISet<string> unknown)
    {
        var type = Str(node, "type") ?? "";
        switch (type)
        {
            case "root":
                Children(node, html, unknown);
                break;
            case "paragraph":
                Wrap("p", node, html, unknown, block: true);
                break;
            case "heading":
                Wrap(Str(node, "tag") is { } tag && tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6' ? tag : "h2", node, html, unknown, block: true);
                break;
            case "quote" or "aside":
                Wrap("blockquote", node, html, unknown, block: true);
                break;
            case "list":
                Wrap(Str(node, "listType") == "number" ? "ol" : "ul", node, html, unknown, block: true);
                break;
            case "listitem":
                Wrap("li", node, html, unknown, block: false);
                break;
            case "link" or "autolink":
                html.Append("<a href=\"").Append(Attr(Str(node, "url"))).Append("\">");
                Children(node, html, unknown);
                html.Append("</a>");
                break;
            case "linebreak":
                html.Append("<br>");
                break;
            case "tab":
                html.Append('\t');
                break;
            case "text" or "extended-text":
                Text(Str(node, "text") ?? "", node.TryGetProperty("format", out var f) && f.TryGetInt32(out var bits) ? bits : 0, html);
                break;
            case "horizontalrule":
                html.Append("<hr>\n");
                break;
            default:
                if (!Card(type, node, html))
                {
                    unknown.Add(type);
                    Children(node, html, unknown);
                }
                break;
        }
    }

    private static void Wrap(string tag, JsonElement node, StringBuilder html, ISet<string> unknown, bool block)
    {
        html.Append('<').Append(tag).Append('>');
        Children(node, html, unknown);
        html.Append("</").Append(tag).Append('>');
        if (block)
            html.Append('\n');
    }

    private static readonly (int Bit, string Tag)[] Formats = [(16, "code"), (1, "strong"), (2, "em"), (4, "s"), (8, "u"), (32, "sub"), (64, "sup")];

    private static void Text(string text, int format, StringBuilder html)
    {
        foreach (var (bit, tag) in Formats)
        {
            if ((format & bit) != 0)
                html.Append('<').Append(tag).Append('>');
        }
        html.Append(WebUtility.HtmlEncode(text));
        foreach (var (bit, tag) in Formats.Reverse())
        {
            if ((format & bit) != 0)
                html.Append("</").Append(tag).Append('>');
        }
    }

    /// <summary>The cards both editors share, by name, from their fields; false for a card not known here.</summary>
    private static bool Card(string name, JsonElement card, StringBuilder html)
    {
        switch (name)
        {
            case "html" or "embed":
                html.Append(Str(card, "html")).Append('\n');
                return true;
            case "markdown" or "card-markdown":
                html.Append(MarkdownRenderer.ToHtml(Str(card, "markdown") ?? "", MarkdownFlavor.MarkdownIt));
                return true;
            case "image":
                html.Append("<figure><img src=\"").Append(Attr(Str(card, "src"))).Append("\" alt=\"").Append(Attr(Str(card, "alt"))).Append("\">");
                if (Str(card, "caption") is { Length: > 0 } caption)
                    html.Append("<figcaption>").Append(caption).Append("</figcaption>");
                html.Append("</figure>\n");
                return true;
            case "codeblock" or "code":
                var language = Str(card, "language");
                html.Append("<pre><code").Append(language is { Length: > 0 } ? $" class=\"language-{Attr(language)}\"" : "").Append('>')
                    .Append(WebUtility.HtmlEncode(Str(card, "code") ?? "")).Append("</code></pre>\n");
                return true;
            case "hr" or "horizontalrule":
                html.Append("<hr>\n");
                return true;
            case "bookmark":
                var url = Str(card, "url") ?? "";
                var title = card.TryGetProperty("metadata", out var meta) ? Str(meta, "title") : null;
                html.Append("<p><a href=\"").Append(Attr(url)).Append("\">").Append(WebUtility.HtmlEncode(title ?? url)).Append("</a></p>\n");
                return true;
            default:
                return false;
        }
    }

    public static Rendered FromMobiledoc(string mobiledoc)
    {
        using var document = JsonDocument.Parse(mobiledoc);
        var doc = document.RootElement;
        var html = new StringBuilder();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var markups = Array(doc, "markups");
        var cards = Array(doc, "cards");
        var atoms = Array(doc, "atoms");
        foreach (var section in Array(doc, "sections"))
        {
            var parts = section.EnumerateArray().ToList();
            if (parts.Count == 0 || !parts[0].TryGetInt32(out var kind))
                continue;
            switch (kind)
            {
                case 1 when parts.Count >= 3:
                    var tag = (parts[1].GetString() ?? "p").ToLowerInvariant();
                    tag = tag is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "aside" ? (tag == "aside" ? "blockquote" : tag) : "p";
                    html.Append('<').Append(tag).Append('>');
                    Markers(parts[2], markups, atoms, html);
                    html.Append("</").Append(tag).Append(">\n");
                    break;
                case 3 when parts.Count >= 3:
                    var list = parts[1].GetString() == "ol" ? "ol" : "ul";
                    html.Append('<').Append(list).Append('>');
                    foreach (var item in parts[2].EnumerateArray())
                    {
                        html.Append("<li>");
                        Markers(item, markups, atoms, html);
                        html.Append("</li>");
                    }
                    html.Append("</").Append(list).Append(">\n");
                    break;
                case 2 when parts.Count >= 2:
                    html.Append("<img src=\"").Append(Attr(parts[1].GetString())).Append("\">\n");
                    break;
                case 10 when parts.Count >= 2 && parts[1].TryGetInt32(out var index) && index < cards.Count:
                    var card = cards[index].EnumerateArray().ToList();
                    var name = card.Count > 0 ? card[0].GetString() ?? "" : "";
                    if (card.Count < 2 || !Card(name, card[1], html))
                        unknown.Add(name);
                    break;
            }
        }
        return new Rendered(html.ToString(), [.. unknown]);
    }

    /// <summary>Mobiledoc markers: <c>[type, opened markup indexes, closed count, text or atom index]</c>.</summary>
    private static void Markers(JsonElement markers, List<JsonElement> markups, List<JsonElement> atoms, StringBuilder html)
    {
        var open = new Stack<string>();
        foreach (var marker in markers.EnumerateArray())
        {
            var m = marker.EnumerateArray().ToList();
            if (m.Count < 4)
                continue;
            foreach (var opened in m[1].EnumerateArray())
            {
                if (!opened.TryGetInt32(out var i) || i >= markups.Count)
                    continue;
                var markup = markups[i].EnumerateArray().ToList();
                var tag = (markup[0].GetString() ?? "span").ToLowerInvariant();
                html.Append('<').Append(tag);
                if (markup.Count > 1)
                {
                    var attributes = markup[1].EnumerateArray().ToList();
                    for (var a = 0; a + 1 < attributes.Count; a += 2)
                        html.Append(' ').Append(attributes[a].GetString()).Append("=\"").Append(Attr(attributes[a + 1].GetString())).Append('"');
                }
                html.Append('>');
                open.Push(tag);
            }
            if (m[0].TryGetInt32(out var type) && type == 1 && m[3].TryGetInt32(out var atom) && atom < atoms.Count)
                html.Append(WebUtility.HtmlEncode(atoms[atom].EnumerateArray().Skip(1).FirstOrDefault().ToString()));
            else if (m[3].ValueKind == JsonValueKind.String)
                html.Append(WebUtility.HtmlEncode(m[3].GetString()));
            var closed = m[2].TryGetInt32(out var c) ? c : 0;
            for (var i = 0; i < closed && open.Count > 0; i++)
                html.Append("</").Append(open.Pop()).Append('>');
        }
        while (open.Count > 0)
            html.Append("</").Append(open.Pop()).Append('>');
    }

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Attr(string? value) => WebUtility.HtmlEncode(value ?? "");
}
