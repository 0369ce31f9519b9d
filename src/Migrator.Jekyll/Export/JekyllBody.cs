using Migrator.Core.Normalisation;
using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Export;

/// <summary>
/// A post body as written: its text (LF line endings, ending in a newline), the file extension that tells Jekyll
/// how to convert it, whether it holds a more tag, and the conversion's fidelity when HTML was turned into Markdown.
/// A body of the model is text, whatever format it came from: the Jekyll reader has already rendered the Liquid it
/// could, so any <c>{{</c> or <c>{%</c> left (a Hugo page's Go-template text, a kept plugin tag) is shown as written,
/// never run (docs/jekyll.md#liquid).
/// </summary>
internal sealed record JekyllBody(string Text, string Extension, BodyFidelity? Fidelity)
{
    public const string MoreTag = "<!--more-->";

    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mkdown", ".mkdn", ".mkd",
    };

    /// <summary>True when Jekyll would run Liquid on something in the body, which is text of the model, never Liquid to run.</summary>
    public bool NeedsLiquidDisabled =>
        Text.Contains("{{", StringComparison.Ordinal) || Text.Contains("{%", StringComparison.Ordinal);

    public bool HasMoreTag => Text.Contains(MoreTag, StringComparison.Ordinal);

    public static JekyllBody Prepare(Post post, BodyMode mode, IDiagnosticSink diagnostics)
    {
        var body = post.Content;
        switch (body.Format)
        {
            case BodyFormat.Markdown:
                var extension = body.Extension is { } e && MarkdownExtensions.Contains(e) ? e : ".md";
                return new JekyllBody(Finish(KramdownHtmlBlocks.MarkMarkdownInside(body.Text)), extension, Fidelity: null);
            case BodyFormat.Other:
                var kept = string.IsNullOrEmpty(body.Extension) ? ".txt" : body.Extension;
                diagnostics.Report(JekyllWriteDiagnostics.BodyKeptAsIs(post.Source, kept));
                return new JekyllBody(Finish(body.Text), kept, Fidelity: null);
            case BodyFormat.WordPress:
                diagnostics.Report(JekyllWriteDiagnostics.BodyNotNormalised(post.Source));
                break;
        }
        var html = CanonicalMoreTags(LineEndings.ToLf(body.Text), post.Source, diagnostics);
        if (mode == BodyMode.Html)
            return new JekyllBody(Finish(html), ".html", Fidelity: null);
        // Judged by rendering the Markdown back as kramdown would (as near as Markdig goes).
        var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, new HtmlToMarkdownOptions { Gfm = true, ListStartNumbers = false }, MarkdownFlavor.Kramdown,
            finish: KramdownHtmlBlocks.MarkMarkdownInside);
        return new JekyllBody(Finish(markdown), ".md", fidelity);
    }

    /// <summary>Writes the more tag as <c>&lt;!--more--&gt;</c>, the string <c>excerpt_separator</c> matches (the normaliser's own rule).</summary>
    private static string CanonicalMoreTags(string html, SourceRef source, IDiagnosticSink diagnostics)
    {
        if (!html.Contains("<!--more", StringComparison.Ordinal))
            return html;
        var (canonical, customTexts, _) = MoreTagTransform.Canonical(html);
        foreach (var custom in customTexts)
            diagnostics.Report(JekyllWriteDiagnostics.MoreTagNormalised(source, "<!--more " + custom + "-->"));
        return canonical;
    }

    private static string Finish(string text)
    {
        var lf = LineEndings.ToLf(text);
        return lf.Length == 0 || lf.EndsWith('\n') ? lf : lf + "\n";
    }
}
