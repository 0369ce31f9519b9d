using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Eleventy.Export;

/// <summary>
/// A post body as an Eleventy content file: HTML converted to Markdown (judged as markdown-it renders it) or kept as an
/// <c>.html</c> file; Markdown kept. No template engine ever runs over it: the written configuration turns them off for
/// Markdown and HTML files (docs/eleventy.md#no-template-engine-over-bodies), so nothing in the text needs escaping.
/// </summary>
/// <param name="Text">The body with LF line ends, ending in a newline unless empty.</param>
/// <param name="Extension"><c>.md</c> or <c>.html</c>.</param>
/// <param name="Fidelity">The converted Markdown rendered back and compared with its HTML; null when not converted.</param>
internal sealed record EleventyBody(string Text, string Extension, BodyFidelity? Fidelity)
{
    public static EleventyBody Of(Post post, BodyMode mode, IDiagnosticSink diagnostics)
    {
        var body = post.Content;
        switch (body.Format)
        {
            case BodyFormat.Markdown:
                return new EleventyBody(Finish(body.Text), ".md", null);
            case BodyFormat.Other:
                diagnostics.Report(EleventyDiagnostics.BodyFormatKept(post.Source, body.Extension ?? "unknown format"));
                return new EleventyBody(Finish(body.Text), ".md", null);
            case BodyFormat.WordPress:
                diagnostics.Report(EleventyDiagnostics.BodyNotNormalised(post.Source));
                return new EleventyBody(Finish(body.Text), ".html", null);
        }
        if (mode == BodyMode.Html)
            return new EleventyBody(Finish(body.Text), ".html", null);
        var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(Lf(body.Text), HtmlToMarkdownOptions.Default, MarkdownFlavor.MarkdownIt);
        return new EleventyBody(Finish(markdown), ".md", fidelity);
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Finish(string text)
    {
        var lf = Lf(text);
        return lf.Length == 0 || lf.EndsWith('\n') ? lf : lf + "\n";
    }
}
