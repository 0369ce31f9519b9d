using System.Globalization;
using System.Text;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Shortcodes;

/// <summary>
/// <c>[caption]</c> and <c>[wp_caption]</c> (<c>img_caption_shortcode()</c>, HTML5 form). Old syntax: the caption is the
/// <c>caption</c> attribute. New syntax (WordPress 3.4+): the content is an optional link around an image, and what
/// follows it is the caption. With <c>width</c> &lt; 1 or an empty caption only the content is output.
/// </summary>
internal static class CaptionShortcode
{
    public static string? Render(Shortcode shortcode, ShortcodeExpander expander)
    {
        var atts = shortcode.Attributes;
        var content = shortcode.Content ?? "";
        var caption = atts["caption"];
        if (caption is null && SplitImage(content) is { } split)
        {
            content = split.Image;
            caption = split.Caption.Trim(' ', '\t', '\n', '\r', '\0', '\x0B');
        }
        var width = atts.Int("width");
        if (width < 1 || string.IsNullOrEmpty(caption))
            return expander.Expand(content);

        var id = SanitizeHtmlClass(atts["id"] ?? "");
        var classes = $"wp-caption {atts["align"] ?? "alignnone"} {atts["class"] ?? ""}".Trim();
        var sb = new StringBuilder();
        sb.Append("<figure class=\"").Append(HtmlEntities.Escape(classes)).Append('"');
        if (id.Length > 0)
            sb.Append(" id=\"").Append(id).Append('"');
        sb.Append(CultureInfo.InvariantCulture, $" style=\"width: {width}px\">");
        sb.Append(expander.Expand(content));
        sb.Append("<figcaption class=\"wp-caption-text\">").Append(caption).Append("</figcaption></figure>");
        return sb.ToString();
    }

    /// <summary>
    /// The new syntax: the first image (with the link around it, when the link holds only the image) and what follows.
    /// Found with the HTML tokenizer; the source text is cut at the element's end, so nothing is re-serialised.
    /// </summary>
    internal static (string Image, string Caption)? SplitImage(string content)
    {
        if (!content.Contains("<img", StringComparison.OrdinalIgnoreCase))
            return null;
        var tokens = HtmlLexer.Tokenize(content);
        var img = tokens.FindIndex(t => t is { Kind: HtmlTokenKind.Tag, Name: "img", IsEndTag: false });
        if (img < 0)
            return null;
        var end = tokens[img].End;
        var before = PreviousSignificant(tokens, content, img);
        var after = NextSignificant(tokens, content, img);
        if (before >= 0 && after >= 0
            && tokens[before] is { Kind: HtmlTokenKind.Tag, Name: "a", IsEndTag: false }
            && tokens[after] is { Kind: HtmlTokenKind.Tag, Name: "a", IsEndTag: true })
            end = tokens[after].End;
        return (content[..end], content[end..]);
    }

    private static int PreviousSignificant(List<HtmlToken> tokens, string content, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (!IsBlank(tokens[k], content))
                return k;
        }
        return -1;
    }

    private static int NextSignificant(List<HtmlToken> tokens, string content, int index)
    {
        for (var k = index + 1; k < tokens.Count; k++)
        {
            if (!IsBlank(tokens[k], content))
                return k;
        }
        return -1;
    }

    private static bool IsBlank(HtmlToken token, string content) =>
        token.Kind == HtmlTokenKind.Text && string.IsNullOrWhiteSpace(content.Substring(token.Start, token.Length));

    /// <summary><c>sanitize_html_class()</c>: octets removed, then only <c>A-Z a-z 0-9 _ -</c> kept.</summary>
    private static string SanitizeHtmlClass(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                i += 2;
                continue;
            }
            if (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '_' or '-')
                sb.Append(value[i]);
        }
        return sb.ToString();
    }
}
