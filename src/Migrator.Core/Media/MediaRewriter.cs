using System.Text;

namespace Migrator.Core.Media;

/// <summary>
/// Points a body's media references at the copied files: only references whose file is there change (each
/// <c>srcset</c> candidate on its own); every other character of the body is kept as it was. A reference whose file
/// could not be copied keeps its old URL.
/// </summary>
public static class MediaRewriter
{
    /// <summary>
    /// <paramref name="html"/> with every reference that <paramref name="results"/> has a new URL for replaced by it:
    /// root-relative (<c>/wp-content/uploads/a.jpg</c>), or absolute on <paramref name="baseUrl"/> when one is given.
    /// </summary>
    public static string Rewrite(string html, MediaResults results, string? baseUrl = null) => Rewrite(html, results, baseUrl, markdown: false);

    /// <summary>The same for a Markdown text when <paramref name="markdown"/> (its destinations and its raw HTML).</summary>
    public static string Rewrite(string html, MediaResults results, string? baseUrl, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(results);
        var prefix = baseUrl?.TrimEnd('/') ?? "";
        return Splice(html, markdown, span => results.NewUrlFor(span.Url) is { } newUrl ? prefix + newUrl : null);
    }

    /// <summary>
    /// <paramref name="text"/> with each media reference (in order, none overlapping) that <paramref name="replacement"/>
    /// gives a URL for replaced by it, written as the reference's quoting needs; every other character kept.
    /// </summary>
    internal static string Splice(string text, bool markdown, Func<UrlSpan, string?> replacement)
    {
        var sb = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var span in (markdown ? MediaReferences.MarkdownSpans(text) : MediaReferences.Spans(text)).OrderBy(s => s.Start))
        {
            if (span.Start < copied || replacement(span) is not { } url)
                continue;
            sb.Append(text, copied, span.Start - copied);
            sb.Append(AttributeText(url, span.Quote));
            copied = span.Start + span.Length;
        }
        if (copied == 0)
            return text;
        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    /// <summary>The URL as it may stand in the attribute: <c>&amp;</c> and the enclosing quote as references.</summary>
    private static string AttributeText(string url, char quote)
    {
        var text = url.Replace("&", "&amp;", StringComparison.Ordinal);
        return quote switch
        {
            '"' => text.Replace("\"", "&quot;", StringComparison.Ordinal),
            '\'' => text.Replace("'", "&#39;", StringComparison.Ordinal),
            _ => text,
        };
    }
}
