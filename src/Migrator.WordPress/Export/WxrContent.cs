using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>
/// Turns a post body into what WordPress stores as <c>post_content</c>:
/// <list type="bullet">
/// <item>WordPress stored content is written as it is (it is already in WordPress's own form).</item>
/// <item>HTML is written as it is, except that soft line breaks are joined (<see cref="WpautopSafeHtml"/>) so that
/// wpautop at display does not turn them into <c>&lt;br /&gt;</c>.</item>
/// <item>Markdown is rendered with the kramdown flavour, then treated like HTML.</item>
/// <item>Other formats are written as they are, and reported.</item>
/// <item>Square brackets in code are written as references, so that WordPress runs no shortcode there (<see cref="CodeBrackets"/>).</item>
/// </list>
/// An excerpt separator (front matter <c>excerpt_separator</c> kept in <see cref="Post.Extra"/>, or a
/// <c>&lt;!--more--&gt;</c> in Markdown) becomes a <c>&lt;!--more--&gt;</c> at that point, as its own block: the text
/// before it is the excerpt, as in Jekyll, which renders the part before the separator on its own.
/// </summary>
internal static class WxrContent
{
    public const string MoreTag = "<!--more-->";
    public const string ExcerptSeparatorKey = "excerpt_separator";

    public static string StoredContent(Post post, IDiagnosticSink diagnostics)
    {
        var body = post.Content;
        var text = ToLf(body.Text);
        return body.Format switch
        {
            BodyFormat.WordPress => text,
            BodyFormat.Html => CodeBrackets.Escape(WpautopSafeHtml.Apply(MarkHtmlExcerpt(post, text, diagnostics))),
            BodyFormat.Markdown => CodeBrackets.Escape(WpautopSafeHtml.Apply(RenderMarkdown(post, text, diagnostics))),
            _ => ReportOther(post, text, diagnostics),
        };
    }

    private static string RenderMarkdown(Post post, string markdown, IDiagnosticSink diagnostics)
    {
        var declared = DeclaredSeparator(post);
        var separator = declared ?? (markdown.Contains(MoreTag, StringComparison.Ordinal) ? MoreTag : null);
        if (separator is not null)
        {
            var at = markdown.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0)
                markdown = string.Concat(markdown.AsSpan(0, at), "\n\n" + MoreTag + "\n\n", markdown.AsSpan(at + separator.Length));
        }
        var html = MarkdownRenderer.ToHtml(markdown, MarkdownFlavor.Kramdown);
        if (separator is not null && !html.Contains(MoreTag, StringComparison.Ordinal))
            diagnostics.Report(WxrWriteDiagnostics.ExcerptSeparatorNotFound(post.Source, separator));
        return html;
    }

    private static string MarkHtmlExcerpt(Post post, string html, IDiagnosticSink diagnostics)
    {
        var separator = DeclaredSeparator(post);
        if (separator is null || string.Equals(separator, MoreTag, StringComparison.Ordinal) && html.Contains(MoreTag, StringComparison.Ordinal))
            return html;
        var at = html.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
        {
            diagnostics.Report(WxrWriteDiagnostics.ExcerptSeparatorNotFound(post.Source, separator));
            return html;
        }
        var marker = string.IsNullOrWhiteSpace(separator) ? "\n" + MoreTag + "\n" : MoreTag;
        return string.Concat(html.AsSpan(0, at), marker, html.AsSpan(at + separator.Length));
    }

    private static string? DeclaredSeparator(Post post)
    {
        foreach (var (key, value) in post.Extra)
        {
            if (string.Equals(key, ExcerptSeparatorKey, StringComparison.Ordinal) && value is string { Length: > 0 } s)
                return ToLf(s);
        }
        return null;
    }

    // Only CR LF and CR: other Unicode line separators are content.
    private static string ToLf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string ReportOther(Post post, string text, IDiagnosticSink diagnostics)
    {
        diagnostics.Report(WxrWriteDiagnostics.BodyFormatUnknown(post.Source, post.Content.Extension));
        return text;
    }
}
