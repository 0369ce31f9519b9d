namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Options of the HTML → Markdown converter.</summary>
public sealed record HtmlToMarkdownOptions
{
    /// <summary>Write GFM tables and strikethrough (true for Jekyll/kramdown and Hugo/Goldmark targets).</summary>
    public bool Gfm { get; init; } = true;

    public static HtmlToMarkdownOptions Default { get; } = new();
}

/// <summary>Converts HTML to CommonMark (plus GFM tables and strikethrough), keeping raw HTML for what Markdown cannot express.</summary>
public static class HtmlToMarkdownConverter
{
    /// <summary>Converts an HTML fragment. Placeholder until the converter lands: returns the HTML unchanged.</summary>
    public static string Convert(string html, HtmlToMarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        _ = options;
        return html;
    }
}
