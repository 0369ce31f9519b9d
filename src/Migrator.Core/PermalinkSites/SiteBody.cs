using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Core.PermalinkSites;

/// <summary>
/// A post body as a permalink site's content file: HTML converted to Markdown (judged as the generator renders it), or
/// kept as an <c>.html</c> file where asked and the generator builds those; Markdown kept. The written configuration
/// never runs a template engine over bodies, so nothing in the text needs escaping.
/// </summary>
/// <param name="Text">The body with LF line ends, ending in a newline unless empty.</param>
/// <param name="Extension"><c>.md</c> or <c>.html</c>.</param>
/// <param name="Fidelity">The converted Markdown rendered back and compared with its HTML; null when not converted.</param>
public sealed record SiteBody(string Text, string Extension, BodyFidelity? Fidelity)
{
    public static SiteBody Of(Post post, BodyMode mode, PermalinkSiteFormat format, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var body = post.Content;
        var unconverted = format.BuildsHtmlFiles ? ".html" : ".md";
        switch (body.Format)
        {
            case BodyFormat.Markdown:
                return new SiteBody(Finish(body.Text), ".md", null);
            case BodyFormat.Other:
                diagnostics.Report(PermalinkSiteDiagnostics.BodyFormatKept(post.Source, format.DisplayName, "in a format of its own (" + (body.Extension ?? "unknown") + ")", ".md"));
                return new SiteBody(Finish(body.Text), ".md", null);
            case BodyFormat.WordPress:
                diagnostics.Report(PermalinkSiteDiagnostics.BodyFormatKept(post.Source, format.DisplayName, "WordPress stored content that was not normalised", unconverted));
                return new SiteBody(Finish(body.Text), unconverted, null);
        }
        if (mode == BodyMode.Html)
        {
            if (format.BuildsHtmlFiles)
                return new SiteBody(Finish(body.Text), ".html", null);
            diagnostics.Report(PermalinkSiteDiagnostics.HtmlBodyAsMarkdown(post.Source, format.DisplayName));
        }
        var html = format.PrepareHtml(post, Lf(body.Text), diagnostics);
        var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, HtmlToMarkdownOptions.Default, format.Flavor);
        return new SiteBody(Finish(markdown), ".md", fidelity);
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Finish(string text)
    {
        var lf = Lf(text);
        return lf.Length == 0 || lf.EndsWith('\n') ? lf : lf + "\n";
    }
}
