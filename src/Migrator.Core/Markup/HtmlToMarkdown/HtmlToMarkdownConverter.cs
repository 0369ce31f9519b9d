using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Options of the HTML → Markdown converter.</summary>
public sealed record HtmlToMarkdownOptions
{
    /// <summary>Write GFM tables and strikethrough (true for Jekyll/kramdown and Hugo/Goldmark targets).</summary>
    public bool Gfm { get; init; } = true;

    public static HtmlToMarkdownOptions Default { get; } = new();
}

/// <summary>
/// Converts HTML to CommonMark (plus GFM tables and strikethrough when <see cref="HtmlToMarkdownOptions.Gfm"/>),
/// walking the HtmlAgilityPack DOM. What Markdown cannot express exactly stays raw HTML, written so that a CommonMark
/// parser reads it back as an HTML block or inline. The output is deterministic, uses LF line endings and ends with
/// one newline (empty for empty input).
/// </summary>
public static class HtmlToMarkdownConverter
{
    /// <summary>Converts an HTML fragment (or the body of a full document).</summary>
    public static string Convert(string html, HtmlToMarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument();
        document.LoadHtml(html.Replace("\r\n", "\n", StringComparison.Ordinal));
        var root = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        var writer = new MarkdownWriter(html.Length + html.Length / 8);
        BlockConverter.WriteChildren(root, writer, new WriterContext(options ?? HtmlToMarkdownOptions.Default));
        return writer.ToString();
    }
}
