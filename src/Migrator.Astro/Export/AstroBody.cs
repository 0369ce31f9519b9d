using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Astro.Export;

/// <summary>
/// A post body as the Markdown of an Astro content entry: HTML converted to Markdown (judged as Astro's remark with
/// GFM renders it), Markdown kept. Plain Markdown entries are never run as templates, so <c>{{ }}</c> and <c>{ }</c>
/// need no escaping (docs/astro.md#bodies).
/// </summary>
/// <param name="Text">The body with LF line ends, ending in a newline unless empty.</param>
/// <param name="Fidelity">The converted Markdown rendered back and compared with its HTML; null when not converted.</param>
internal sealed record AstroBody(string Text, BodyFidelity? Fidelity)
{
    public static AstroBody Of(Post post, BodyMode mode, IDiagnosticSink diagnostics)
    {
        var body = post.Content;
        switch (body.Format)
        {
            case BodyFormat.Markdown:
                return new AstroBody(Finish(body.Text), null);
            case BodyFormat.Other:
                diagnostics.Report(AstroDiagnostics.BodyFormatKept(post.Source, "in a format of its own (" + (body.Extension ?? "unknown") + ")"));
                return new AstroBody(Finish(body.Text), null);
            case BodyFormat.WordPress:
                diagnostics.Report(AstroDiagnostics.BodyFormatKept(post.Source, "WordPress stored content that was not normalised"));
                return new AstroBody(Finish(body.Text), null);
        }
        if (mode == BodyMode.Html)
            diagnostics.Report(AstroDiagnostics.HtmlBodyAsMarkdown(post.Source));
        var html = RelativeImages.Resolve(Lf(body.Text), post.Link, out var resolved);
        if (resolved.Count > 0)
            diagnostics.Report(AstroDiagnostics.RelativeImagesResolved(post.Source, resolved));
        var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, HtmlToMarkdownOptions.Default, MarkdownFlavor.Goldmark);
        return new AstroBody(Finish(markdown), fidelity);
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Finish(string text)
    {
        var lf = Lf(text);
        return lf.Length == 0 || lf.EndsWith('\n') ? lf : lf + "\n";
    }
}
