using System.Text;

namespace Migrator.WordPress.Export;

/// <summary>
/// WordPress runs shortcodes everywhere in a post, inside <c>&lt;code&gt;</c> and <c>&lt;pre&gt;</c> too, and code
/// plugins register names such as <c>[php]</c> and <c>[code]</c>: code that shows a shortcode would be run as one.
/// Square brackets in the text of code are written as the references <c>&amp;#91;</c> and <c>&amp;#93;</c>, which
/// WordPress shows as brackets and never reads as a shortcode; a reader of the export decodes them back
/// (docs/wordpress-content.md#code-blocks). Tags and attributes are copied as they are.
/// </summary>
internal static class CodeBrackets
{
    public static string Escape(string html)
    {
        if (html.AsSpan().IndexOfAny('[', ']') < 0 || (!html.Contains("<code", StringComparison.OrdinalIgnoreCase) && !html.Contains("<pre", StringComparison.OrdinalIgnoreCase)))
            return html;
        var sb = new StringBuilder(html.Length + 16);
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                    end = html.Length - 1;
                var tag = html.AsSpan(i, end - i + 1);
                if (IsTag(tag, "pre") || IsTag(tag, "code"))
                    depth++;
                else if (depth > 0 && (IsTag(tag, "/pre") || IsTag(tag, "/code")))
                    depth--;
                sb.Append(tag);
                i = end + 1;
                continue;
            }
            sb.Append(depth > 0 && c == '[' ? "&#91;" : depth > 0 && c == ']' ? "&#93;" : c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="tag"/> (from <c>&lt;</c> to <c>&gt;</c>) is a tag named <paramref name="name"/>.</summary>
    private static bool IsTag(ReadOnlySpan<char> tag, string name) =>
        tag.Length > name.Length + 1
        && tag[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && tag[name.Length + 1] is '>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/';
}
