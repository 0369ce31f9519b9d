using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Export;

/// <summary>
/// Turns a post body into a Hugo content body and the content file's extension: HTML converted to Markdown (or kept
/// as an <c>.html</c> content file), Markdown kept, the summary divider <c>&lt;!--more--&gt;</c> kept exactly, Hugo
/// shortcode syntax made inert.
/// </summary>
internal static class HugoBodyWriter
{
    public const string MoreDivider = "<!--more-->";

    /// <param name="Text">The body, ending in a newline unless empty.</param>
    /// <param name="Extension"><c>.md</c>, <c>.html</c> or <c>.org</c>.</param>
    /// <param name="Fidelity">The converted Markdown (before shortcodes were escaped) rendered back as Goldmark would and
    /// compared with its HTML; null when the body was not converted.</param>
    public sealed record Result(string Text, string Extension, BodyFidelity? Fidelity);

    public static Result Write(Post post, BodyMode mode, IDiagnosticSink diagnostics)
    {
        var body = post.Content;
        var (text, extension, fidelity) = body.Format switch
        {
            BodyFormat.Html => FromHtml(body.Text, mode),
            BodyFormat.WordPress => NotNormalised(post, body.Text, diagnostics),
            BodyFormat.Markdown => (body.Text, ".md", null),
            _ => Other(post, body, diagnostics),
        };
        var escaped = ShortcodeEscaper.Escape(text);
        if (escaped.Escaped > 0)
            diagnostics.Report(HugoDiagnostics.ShortcodeEscaped(post.Source, escaped.Escaped));
        if (escaped.Broken > 0)
            diagnostics.Report(HugoDiagnostics.ShortcodeUnclosed(post.Source));
        text = escaped.Text;
        if (text.Length > 0 && !text.EndsWith('\n'))
            text += "\n";
        return new Result(text, extension, fidelity);
    }

    private static (string, string, BodyFidelity?) NotNormalised(Post post, string text, IDiagnosticSink diagnostics)
    {
        diagnostics.Report(HugoDiagnostics.BodyNotNormalised(post.Source));
        return (text, ".html", null);
    }

    private static (string, string, BodyFidelity?) Other(Post post, Body body, IDiagnosticSink diagnostics)
    {
        if (string.Equals(body.Extension, ".org", StringComparison.OrdinalIgnoreCase))
            return (body.Text, ".org", null);
        diagnostics.Report(HugoDiagnostics.BodyFormatKept(post.Source, body.Extension ?? "unknown format"));
        return (body.Text, ".md", null);
    }

    private static (string, string, BodyFidelity?) FromHtml(string html, BodyMode mode)
    {
        if (mode == BodyMode.Html)
            return (html, ".html", null);
        var divider = html.IndexOf(MoreDivider, StringComparison.Ordinal);
        if (divider < 0)
        {
            var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, HtmlToMarkdownOptions.Default, MarkdownFlavor.Goldmark);
            return (markdown, ".md", fidelity);
        }
        // The divider must stand alone between blocks, exactly as Hugo looks for it: convert the two halves apart.
        var summary = Convert(html[..divider]).TrimEnd('\n');
        var rest = Convert(html[(divider + MoreDivider.Length)..]).TrimStart('\n');
        var joined = summary.Length == 0 ? MoreDivider + "\n\n" + rest : summary + "\n\n" + MoreDivider + "\n\n" + rest;
        return (joined, ".md", FidelityCheck.Check(html, joined, MarkdownFlavor.Goldmark));
    }

    private static string Convert(string html) =>
        HtmlToMarkdownConverter.Convert(html, HtmlToMarkdownOptions.Default);
}
