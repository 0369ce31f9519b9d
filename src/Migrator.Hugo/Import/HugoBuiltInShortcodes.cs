using System.Net;
using System.Text;

namespace Migrator.Hugo.Import;

/// <summary>
/// What Hugo's own shortcodes <c>figure</c>, <c>youtube</c>, <c>vimeo</c> and <c>gist</c> render as, written as
/// HTML (docs/hugo.md#raw-html-and-shortcodes). Arguments are positional or named (<c>src="a.png"</c>), quoted with
/// <c>"</c> or <c>`</c>.
/// </summary>
internal static class HugoBuiltInShortcodes
{
    /// <summary>The HTML for the shortcode, or null when it is not one of these or lacks what it needs.</summary>
    public static string? Render(string name, string arguments)
    {
        var (positional, named) = Arguments(arguments);
        string? Get(string key, int position) =>
            named.TryGetValue(key, out var value) ? value : position < positional.Count ? positional[position] : null;
        return name switch
        {
            "figure" => Figure(named),
            "youtube" when Get("id", 0) is { Length: > 0 } id => Frame("https://www.youtube.com/embed/" + id, "YouTube Video"),
            "vimeo" when Get("id", 0) is { Length: > 0 } id => Frame("https://player.vimeo.com/video/" + id, "vimeo video"),
            "gist" when positional.Count >= 2 => $"<script src=\"https://gist.github.com/{E(positional[0])}/{E(positional[1])}.js"
                + (positional.Count > 2 ? "?file=" + E(positional[2]) : "") + "\"></script>",
            _ => null,
        };
    }

    // Hugo's figure: an image, its link, and a caption made of title, caption and attribution.
    private static string? Figure(Dictionary<string, string> a)
    {
        if (!a.TryGetValue("src", out var src))
            return null;
        string Attr(string key, string name) => a.TryGetValue(key, out var v) ? $" {name}=\"{E(v)}\"" : "";
        var html = new StringBuilder("<figure").Append(Attr("class", "class")).Append('>');
        if (a.TryGetValue("link", out var link))
            html.Append("<a href=\"").Append(E(link)).Append('"').Append(Attr("target", "target")).Append(Attr("rel", "rel")).Append('>');
        var alt = a.TryGetValue("alt", out var altText) ? altText : a.GetValueOrDefault("caption");
        html.Append("<img src=\"").Append(E(src)).Append('"');
        if (alt is not null)
            html.Append(" alt=\"").Append(E(alt)).Append('"');
        html.Append(Attr("width", "width")).Append(Attr("height", "height")).Append(" />");
        if (link is not null)
            html.Append("</a>");
        if (a.ContainsKey("title") || a.ContainsKey("caption") || a.ContainsKey("attr"))
        {
            html.Append("<figcaption>");
            if (a.TryGetValue("title", out var title))
                html.Append("<h4>").Append(title).Append("</h4>");
            if (a.ContainsKey("caption") || a.ContainsKey("attr"))
            {
                html.Append("<p>").Append(a.GetValueOrDefault("caption") ?? "");
                if (a.TryGetValue("attr", out var attribution))
                    html.Append(a.TryGetValue("attrlink", out var attrLink) ? $"<a href=\"{E(attrLink)}\">{attribution}</a>" : attribution);
                html.Append("</p>");
            }
            html.Append("</figcaption>");
        }
        return html.Append("</figure>").ToString();
    }

    private static string Frame(string src, string title) =>
        $"<iframe src=\"{E(src)}\" width=\"560\" height=\"315\" allowfullscreen title=\"{title}\" style=\"border:0\"></iframe>";

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private static (List<string> Positional, Dictionary<string, string> Named) Arguments(string text)
    {
        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
                break;
            string? key = null;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '"' or '`'))
                i++;
            if (i < text.Length && text[i] == '=')
            {
                key = text[start..i];
                i++;
                start = i;
            }
            string value;
            if (i < text.Length && text[i] is '"' or '`')
            {
                var quote = text[i];
                var end = text.IndexOf(quote, i + 1);
                if (end < 0)
                    end = text.Length;
                value = text[(i + 1)..end];
                i = Math.Min(end + 1, text.Length);
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                    i++;
                value = text[start..i];
            }
            if (key is null)
                positional.Add(value);
            else
                named[key] = value;
        }
        return (positional, named);
    }
}
