using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Migrator.Core.Text;

namespace Migrator.Core.Media;

/// <summary>Whether a media reference is one of the old site's files (to fetch) or someone else's (to list).</summary>
public enum MediaReferenceKind
{
    /// <summary>A file of the old site: it disappears at cutover unless copied.</summary>
    Own,
    /// <summary>A file on another host (Flickr, Imgur…): listed, not fetched.</summary>
    External,
}

/// <summary>One media reference in a body: the URL as the browser reads it (entities decoded), and where it stands (<c>img srcset</c>).</summary>
public sealed record MediaReference(string Url, MediaReferenceKind Kind, string Where);

/// <summary>
/// Finds media references in an HTML body: <c>img</c> <c>src</c> and every <c>srcset</c> candidate; <c>video</c>,
/// <c>audio</c>, <c>source</c> and <c>track</c> <c>src</c> and <c>poster</c>; <c>a href</c> to a file (by extension: images,
/// PDF, archives, audio, video, office documents); and the URL attributes of <c>[audio]</c>, <c>[video]</c> and
/// <c>[playlist]</c> shortcodes still in the text.
/// </summary>
public static partial class MediaReferences
{
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "jpg", "jpeg", "jpe", "png", "gif", "webp", "avif", "bmp", "tif", "tiff", "svg", "ico", "heic",
        "pdf", "zip", "gz", "tgz", "7z", "rar",
        "mp3", "m4a", "ogg", "oga", "wav", "flac", "aac", "wma",
        "mp4", "m4v", "mov", "webm", "ogv", "avi", "wmv", "flv", "mkv", "3gp",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pps", "ppsx", "odt", "ods", "odp", "rtf", "csv", "epub",
    };

    private static readonly HashSet<string> ShortcodeUrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "src", "poster", "mp3", "m4a", "ogg", "oga", "wav", "flac", "wma", "mp4", "m4v", "webm", "ogv", "wmv", "flv",
    };

    private static readonly string[] SkippedTextParents = ["script", "style", "textarea", "code"];

    /// <summary>Every distinct media reference of <paramref name="html"/>, in order of first appearance.</summary>
    public static IReadOnlyList<MediaReference> Find(string html, MediaSite site) => Find(html, site, markdown: false);

    /// <summary>
    /// Every distinct media reference of <paramref name="text"/>, in order of first appearance; with
    /// <paramref name="markdown"/>, the text is Markdown: its images, its links to files and its raw HTML are read.
    /// </summary>
    public static IReadOnlyList<MediaReference> Find(string text, MediaSite site, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(site);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<MediaReference>();
        foreach (var span in markdown ? MarkdownSpans(text) : Spans(text))
        {
            if (Classify(span, site) is not { } url || !seen.Add(span.Url))
                continue;
            found.Add(new MediaReference(span.Url, url.IsOwn ? MediaReferenceKind.Own : MediaReferenceKind.External, span.Where));
        }
        return found;
    }

    /// <summary>The URL behind a span, or null when it is no media reference (a link to a page, a <c>data:</c> URL).</summary>
    internal static MediaUrl? Classify(UrlSpan span, MediaSite site)
    {
        var url = site.Classify(span.Url);
        if (url is null || (span.IsLink && !HasFileExtension(span.Url)))
            return null;
        return url;
    }

    /// <summary>True when the URL's last path segment ends in one of the file extensions that make a link a media file.</summary>
    public static bool HasFileExtension(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Split('?', '#')[0];
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && FileExtensions.Contains(name[(dot + 1)..]);
    }

    /// <summary>
    /// Every candidate URL in <paramref name="html"/> with its place in the source text (the raw attribute value, or the
    /// one candidate of a <c>srcset</c>), so that a rewrite can replace exactly those characters.
    /// </summary>
    internal static IEnumerable<UrlSpan> Spans(string html)
    {
        // Parsed as written (no CRLF normalisation): positions must point into this very string.
        var document = Markup.HtmlFragmentParser.ParseAsWritten(html);
        foreach (var node in Markup.HtmlElements.InDocumentOrder(document.DocumentNode))
        {
            if (node.NodeType == HtmlNodeType.Text)
            {
                foreach (var span in ShortcodeSpans(html, node))
                    yield return span;
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element)
                continue;
            foreach (var attribute in node.Attributes)
            {
                switch (node.Name, attribute.Name)
                {
                    case ("img" or "source", "srcset"):
                        foreach (var span in SrcsetSpans(html, attribute, Where(node, attribute)))
                            yield return span;
                        break;
                    case ("img" or "video" or "audio" or "source" or "track", "src"):
                    case ("video", "poster"):
                        if (AttributeSpan(html, attribute, Where(node, attribute), isLink: false) is { } media)
                            yield return media;
                        break;
                    case ("a", "href"):
                        if (AttributeSpan(html, attribute, Where(node, attribute), isLink: true) is { } link)
                            yield return link;
                        break;
                }
            }
        }
    }

    /// <summary>Where a reference stands, as the audit names it: <c>img srcset</c>.</summary>
    private static string Where(HtmlNode node, HtmlAttribute attribute) => node.Name + " " + attribute.Name;

    private static readonly MarkdownPipeline Positions = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// The candidate URLs of a Markdown text: image and link destinations (<c>![a](/x.jpg)</c>, <c>[b]: /y.pdf</c>) written
    /// as they are read (a destination with backslash escapes or entities is left as it is), and the URLs in its raw HTML.
    /// </summary>
    internal static IEnumerable<UrlSpan> MarkdownSpans(string markdown)
    {
        var document = Markdown.Parse(markdown, Positions);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link when DestinationSpan(markdown, link.Url, link.UrlSpan, link.IsImage ? "markdown image" : "markdown link", !link.IsImage) is { } span:
                    yield return span;
                    break;
                case LinkReferenceDefinition definition when DestinationSpan(markdown, definition.Url, definition.UrlSpan, "markdown link definition", isLink: true) is { } span:
                    yield return span;
                    break;
                case HtmlInline html:
                    foreach (var span in HtmlSpans(markdown, html.Span.Start, html.Tag?.Length ?? 0))
                        yield return span;
                    break;
                case HtmlBlock block:
                    foreach (var span in HtmlSpans(markdown, block.Span.Start, block.Span.Length))
                        yield return span;
                    break;
            }
        }
    }

    private static UrlSpan? DestinationSpan(string markdown, string? url, Markdig.Syntax.SourceSpan at, string where, bool isLink)
    {
        if (string.IsNullOrEmpty(url) || at.IsEmpty || at.Start < 0 || at.End >= markdown.Length)
            return null;
        if (url.Length == at.Length && string.CompareOrdinal(markdown, at.Start, url, 0, url.Length) == 0)
            return new UrlSpan(at.Start, at.Length, url, where, '\0', isLink);
        // A destination in angle brackets (<a b.jpg>, for a name with spaces): the span is the brackets and what they hold.
        if (url.Length + 2 == at.Length && markdown[at.Start] == '<' && markdown[at.End] == '>'
            && string.CompareOrdinal(markdown, at.Start + 1, url, 0, url.Length) == 0)
            return new UrlSpan(at.Start, at.Length, url, where, '\0', isLink);
        return null;
    }

    /// <summary>The spans of the raw HTML at <paramref name="start"/>, placed in the whole text.</summary>
    private static IEnumerable<UrlSpan> HtmlSpans(string markdown, int start, int length)
    {
        if (start < 0 || length <= 0 || start + length > markdown.Length)
            return [];
        return Spans(markdown.Substring(start, length)).Select(s => s with { Start = s.Start + start });
    }

    private static UrlSpan? AttributeSpan(string html, HtmlAttribute attribute, string where, bool isLink)
    {
        if (!RawValue(html, attribute, out var start, out var length))
            return null;
        var raw = html.Substring(start, length);
        var url = HtmlEntities.Decode(raw).Trim();
        return url.Length == 0 ? null : new UrlSpan(start, length, url, where, QuoteOf(attribute), isLink);
    }

    /// <summary>The candidates of a <c>srcset</c>: a URL (a run of non-space characters, trailing commas not included), then descriptors up to a comma.</summary>
    private static IEnumerable<UrlSpan> SrcsetSpans(string html, HtmlAttribute attribute, string where)
    {
        if (!RawValue(html, attribute, out var start, out var length))
            yield break;
        var end = start + length;
        var i = start;
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(html[i]) || html[i] == ','))
                i++;
            var urlStart = i;
            while (i < end && !char.IsWhiteSpace(html[i]))
                i++;
            var urlEnd = i;
            while (urlEnd > urlStart && html[urlEnd - 1] == ',')
                urlEnd--;
            if (urlEnd > urlStart)
            {
                var url = HtmlEntities.Decode(html[urlStart..urlEnd]);
                yield return new UrlSpan(urlStart, urlEnd - urlStart, url, where, QuoteOf(attribute), IsLink: false);
            }
            if (urlEnd < i)
                continue; // the URL ended in a comma: the candidate has no descriptors
            while (i < end && html[i] != ',')
                i++;
        }
    }

    /// <summary>The URL attributes of media shortcodes in a text node (not in code, scripts or styles).</summary>
    private static IEnumerable<UrlSpan> ShortcodeSpans(string html, HtmlNode node)
    {
        if (node is not HtmlTextNode text || text.Text.IndexOf('[', StringComparison.Ordinal) < 0
            || node.Ancestors().Any(a => SkippedTextParents.Contains(a.Name)))
            yield break;
        var raw = text.Text;
        var offset = node.StreamPosition;
        if (offset < 0 || offset + raw.Length > html.Length || string.CompareOrdinal(html, offset, raw, 0, raw.Length) != 0)
            yield break;
        foreach (Match shortcode in MediaShortcode().Matches(raw))
        {
            var attributes = shortcode.Groups["atts"];
            foreach (Match attribute in ShortcodeAttribute().Matches(attributes.Value))
            {
                if (!ShortcodeUrlAttributes.Contains(attribute.Groups["name"].Value))
                    continue;
                var (value, quote) = attribute.Groups["dq"].Success ? (attribute.Groups["dq"], '"')
                    : attribute.Groups["sq"].Success ? (attribute.Groups["sq"], '\'')
                    : (attribute.Groups["bare"], '\0');
                var url = HtmlEntities.Decode(value.Value).Trim();
                if (url.Length == 0)
                    continue;
                var where = "[" + shortcode.Groups["name"].Value.ToLowerInvariant() + "] " + attribute.Groups["name"].Value.ToLowerInvariant();
                yield return new UrlSpan(offset + attributes.Index + value.Index, value.Length, url, where, quote, IsLink: false);
            }
        }
    }

    private static bool RawValue(string html, HtmlAttribute attribute, out int start, out int length)
    {
        start = attribute.ValueStartIndex;
        length = attribute.ValueLength;
        return length > 0 && start >= 0 && start + length <= html.Length;
    }

    private static char QuoteOf(HtmlAttribute attribute) => attribute.QuoteType switch
    {
        AttributeValueQuote.DoubleQuote => '"',
        AttributeValueQuote.SingleQuote => '\'',
        _ => '\0',
    };

    [GeneratedRegex(@"\[(?<name>audio|video|playlist)(?![A-Za-z0-9_-])(?<atts>[^\[\]]*)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MediaShortcode();

    [GeneratedRegex(@"(?<name>[A-Za-z0-9_-]+)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'\]]+))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ShortcodeAttribute();
}

/// <summary>
/// Where a candidate URL stands in a body: <see cref="Start"/> and <see cref="Length"/> of its characters as written,
/// the URL as read (entities decoded), the quote around the attribute value (<c>\0</c> for none), and whether it is a
/// link (a media file only by its extension).
/// </summary>
internal readonly record struct UrlSpan(int Start, int Length, string Url, string Where, char Quote, bool IsLink);
