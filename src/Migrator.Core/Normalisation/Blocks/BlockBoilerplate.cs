using System.Text;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Blocks;

/// <summary>
/// Class names the block editor adds to plain elements only so WordPress themes can style them
/// (<c>&lt;h2 class="wp-block-heading"&gt;</c>, <c>&lt;ul class="wp-block-list"&gt;</c>, <c>&lt;hr class="wp-block-separator
/// has-alpha-channel-opacity"&gt;</c>…). Off WordPress they mean nothing, and they would keep an element as raw HTML
/// in Markdown, so they are removed (an emptied <c>class</c> attribute goes too). A <c>&lt;figure class="wp-block-table"&gt;</c>
/// that holds only its table (no caption) is unwrapped. Any other class, and every other attribute, stays.
/// </summary>
internal static class BlockBoilerplate
{
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "wp-block-heading", "wp-block-list", "wp-block-quote", "is-layout-flow", "wp-block-quote-is-layout-flow",
        "wp-block-separator", "has-alpha-channel-opacity", "wp-block-preformatted", "wp-block-code", "wp-block-paragraph",
    };

    public static string Strip(string html)
    {
        if (!html.Contains("wp-block-", StringComparison.Ordinal))
            return html;
        var tokens = HtmlLexer.Tokenize(html);
        var skip = TableFiguresToUnwrap(html, tokens);
        var sb = new StringBuilder(html.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (skip.Contains(i))
                continue;
            var text = html.AsSpan(t.Start, t.Length);
            if (t.Kind == HtmlTokenKind.Tag && !t.IsEndTag && text.Contains("class=", StringComparison.Ordinal))
                sb.Append(WithoutBoilerplate(text.ToString()));
            else
                sb.Append(text);
        }
        return sb.ToString();
    }

    /// <summary>Token indexes of the start and end tags of table figures that hold nothing but the table.</summary>
    private static HashSet<int> TableFiguresToUnwrap(string html, List<HtmlToken> tokens)
    {
        var result = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != HtmlTokenKind.Tag || t.IsEndTag || t.Name != "figure" || ClassValue(html.Substring(t.Start, t.Length)) != "wp-block-table")
                continue;
            var depth = 0;
            var hasCaption = false;
            for (var j = i + 1; j < tokens.Count; j++)
            {
                var u = tokens[j];
                if (u.Kind != HtmlTokenKind.Tag)
                    continue;
                hasCaption |= u.Name == "figcaption";
                if (u.Name != "figure")
                    continue;
                if (!u.IsEndTag)
                    depth++;
                else if (depth-- == 0)
                {
                    if (!hasCaption)
                    {
                        result.Add(i);
                        result.Add(j);
                    }
                    break;
                }
            }
        }
        return result;
    }

    private static string WithoutBoilerplate(string tag)
    {
        var value = ClassValue(tag);
        if (value is null)
            return tag;
        var kept = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => !Boilerplate.Contains(c)).ToList();
        var at = tag.IndexOf(" class=\"" + value + "\"", StringComparison.Ordinal);
        if (at < 0 || kept.Count == value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            return tag;
        var replacement = kept.Count == 0 ? "" : " class=\"" + string.Join(' ', kept) + "\"";
        return tag[..at] + replacement + tag[(at + value.Length + 9)..];
    }

    /// <summary>The double-quoted class attribute value of a start tag, or null.</summary>
    private static string? ClassValue(string tag)
    {
        var at = tag.IndexOf(" class=\"", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var start = at + 8;
        var end = tag.IndexOf('"', start);
        return end < 0 ? null : tag[start..end];
    }
}
