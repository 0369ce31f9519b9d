using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Options of the HTML → Markdown converter.</summary>
public sealed record HtmlToMarkdownOptions
{
    /// <summary>Write GFM tables and strikethrough (true for Jekyll/kramdown and Hugo/Goldmark targets).</summary>
    public bool Gfm { get; init; } = true;

    /// <summary>
    /// The target honours an ordered list's start number (<c>3.</c> starts at 3). kramdown (Jekyll) numbers every list
    /// from 1, so for it a list that starts elsewhere stays HTML.
    /// </summary>
    public bool ListStartNumbers { get; init; } = true;

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
        return Convert(HtmlFragmentParser.Parse(html), options);
    }

    /// <summary>
    /// Converts and judges the result in one go (what exporters do): the HTML is parsed once, and the same tree serves
    /// the conversion and the fidelity check (<see cref="Fidelity.FidelityCheck"/>).
    /// </summary>
    /// <param name="html">The HTML body.</param>
    /// <param name="options">Conversion options (defaults when null).</param>
    /// <param name="flavor">The Markdown flavour the result is judged in.</param>
    /// <param name="diagnostics">Where to report a body nested too deep for Markdown (<see cref="MarkupDiagnostics.NestedTooDeep"/>).</param>
    /// <param name="source">The item the body belongs to, for that report.</param>
    /// <param name="finish">The target's last changes to the Markdown, made before it is judged, so that the verdict is on what is written.</param>
    public static (string Markdown, BodyFidelity Fidelity) ConvertAndCheck(string html, HtmlToMarkdownOptions? options, MarkdownFlavor flavor,
        Diagnostics.IDiagnosticSink? diagnostics = null, Model.SourceRef? source = null, Func<string, string>? finish = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlFragmentParser.Parse(html);
        var depth = HtmlDepth.Of(document.DocumentNode);
        if (depth > HtmlDepth.MarkdownLimit)
            diagnostics?.Report(MarkupDiagnostics.NestedTooDeep(source, depth, HtmlDepth.MarkdownLimit));
        // The target's last touches (finish) come before the check, so that the verdict judges the Markdown as written.
        var markdown = Convert(document, options);
        if (finish is not null)
            markdown = finish(markdown);
        return (markdown, Fidelity.FidelityCheck.Check(document, markdown, flavor));
    }

    internal static string Convert(HtmlDocument document, HtmlToMarkdownOptions? options)
    {
        var root = (HtmlElements.MayHold(document, "body") ? document.DocumentNode.SelectSingleNode("//body") : null) ?? document.DocumentNode;
        var length = document.Text?.Length ?? 0;
        var writer = new MarkdownWriter(length + length / 8);
        BlockConverter.WriteChildren(root, writer, new WriterContext(options ?? HtmlToMarkdownOptions.Default));
        return writer.ToString();
    }
}
