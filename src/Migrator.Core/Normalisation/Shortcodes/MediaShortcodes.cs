using System.Globalization;
using System.Text;
using Migrator.Core.Model;
using Migrator.Core.Normalisation.Embeds;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Shortcodes;

/// <summary>
/// Media shortcodes: core <c>[embed]</c>, <c>[audio]</c>, <c>[video]</c> and Jetpack's <c>[youtube]</c> and <c>[vimeo]</c>.
/// Embeds go through <see cref="EmbedRenderer"/>; audio and video become HTML5 elements with controls.
/// </summary>
internal static class MediaShortcodes
{
    private static readonly string[] AudioExtensions = ["mp3", "ogg", "flac", "m4a", "wav"];
    private static readonly string[] VideoExtensions = ["mp4", "m4v", "webm", "ogv", "flv"];

    /// <summary><c>[embed width=… height=…]URL[/embed]</c>, or the URL in <c>src</c>.</summary>
    public static string? Embed(Shortcode shortcode, ShortcodeExpander expander)
    {
        var url = shortcode.Content?.Trim() is { Length: > 0 } inner ? inner : shortcode.Attributes.NonEmpty("src");
        if (url is null)
            return null;
        var atts = shortcode.Attributes;
        return EmbedRenderer.Render(url, atts.Int("width"), atts.Int("height"));
    }

    /// <summary>Jetpack <c>[youtube URL]</c> (also a bare video id), WordPress.com <c>[youtube=URL&amp;w=640&amp;h=385]</c>, <c>[youtube id=ID]</c>.</summary>
    public static string? YouTube(Shortcode shortcode, ShortcodeExpander expander)
    {
        var atts = shortcode.Attributes;
        var raw = atts.Positional.Count > 0 ? atts.Positional[0] : atts.NonEmpty("url");
        if (raw is null && atts.NonEmpty("id") is { } id)
            raw = "https://www.youtube.com/watch?v=" + id;
        if (raw is null)
            return null;
        var url = HtmlEntities.Decode(raw.TrimStart('='));
        if (EmbedRenderer.IsYouTubeId(url))
            url = "https://www.youtube.com/watch?v=" + url;
        var width = ParseInt(EmbedRenderer.QueryValue(url, "w")) ?? Dimension(atts, "w", "width");
        var height = ParseInt(EmbedRenderer.QueryValue(url, "h")) ?? Dimension(atts, "h", "height");
        return EmbedRenderer.TryRenderVideo(url, width, height) ?? EmbedRenderer.Link(url);
    }

    /// <summary>Jetpack <c>[vimeo 123]</c>, <c>[vimeo URL]</c>, <c>[vimeo id=123 w=400 h=300]</c>.</summary>
    public static string? Vimeo(Shortcode shortcode, ShortcodeExpander expander)
    {
        var atts = shortcode.Attributes;
        var raw = atts.Positional.Count > 0 ? atts.Positional[0] : atts.NonEmpty("id") ?? atts.NonEmpty("url");
        if (raw is null)
            return null;
        raw = HtmlEntities.Decode(raw.TrimStart('='));
        var url = raw.All(char.IsAsciiDigit) ? "https://vimeo.com/" + raw : raw;
        var rendered = EmbedRenderer.TryRenderVideo(url, Dimension(atts, "w", "width"), Dimension(atts, "h", "height"));
        return rendered ?? EmbedRenderer.Link(url);
    }

    /// <summary><c>[audio]</c>: <c>src</c> or one attribute per extension; without either, the post's first audio attachment.</summary>
    public static string? Audio(Shortcode shortcode, ShortcodeExpander expander)
    {
        var atts = shortcode.Attributes;
        var sources = Sources(atts, AudioExtensions);
        if (sources.Count == 0 && FirstAttachment(expander, "audio/") is { } attachment)
            sources.Add((attachment.Url, attachment.MimeType));
        if (sources.Count == 0)
        {
            expander.Report(NormaliseDiagnostics.ShortcodeKeptForMissingMedia(expander.Post.Source, shortcode.Name));
            return null;
        }
        var sb = new StringBuilder("<audio controls");
        AppendPlaybackAttributes(sb, atts, defaultPreload: "none");
        return AppendSources(sb, sources, "audio", shortcode.Content);
    }

    /// <summary><c>[video]</c>: <c>src</c> (YouTube and Vimeo become their player) or one attribute per extension.</summary>
    public static string? Video(Shortcode shortcode, ShortcodeExpander expander)
    {
        var atts = shortcode.Attributes;
        var width = atts["width"] is null ? EmbedRenderer.DefaultWidth : atts.Int("width");
        var height = atts["height"] is null ? EmbedRenderer.DefaultHeight : atts.Int("height");
        if (atts.NonEmpty("src") is { } src && EmbedRenderer.TryRenderVideo(HtmlEntities.Decode(src), width, height) is { } player)
            return player;
        var sources = Sources(atts, VideoExtensions);
        if (sources.Count == 0 && FirstAttachment(expander, "video/") is { } attachment)
            sources.Add((attachment.Url, attachment.MimeType));
        if (sources.Count == 0)
        {
            expander.Report(NormaliseDiagnostics.ShortcodeKeptForMissingMedia(expander.Post.Source, shortcode.Name));
            return null;
        }
        var sb = new StringBuilder("<video controls");
        sb.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        if (atts.NonEmpty("poster") is { } poster)
            sb.Append(" poster=\"").Append(HtmlEntities.Escape(HtmlEntities.Decode(poster))).Append('"');
        AppendPlaybackAttributes(sb, atts, defaultPreload: "metadata");
        return AppendSources(sb, sources, "video", shortcode.Content);
    }

    private static List<(string Url, string? Type)> Sources(ShortcodeAttributes atts, string[] extensions)
    {
        var sources = new List<(string Url, string? Type)>();
        if (atts.NonEmpty("src") is { } src)
            sources.Add((HtmlEntities.Decode(src), null));
        foreach (var ext in extensions)
        {
            if (atts.NonEmpty(ext) is { } url && !sources.Exists(s => s.Url == HtmlEntities.Decode(url)))
                sources.Add((HtmlEntities.Decode(url), null));
        }
        return sources;
    }

    private static AttachmentInfo? FirstAttachment(ShortcodeExpander expander, string mimePrefix)
    {
        if (expander.Post.Id is not { } postId)
            return null;
        return expander.Context.Site.Attachments.Values
            .Where(a => a.ParentId == postId && a.MimeType is { } m && m.StartsWith(mimePrefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.MenuOrder).ThenBy(a => a.Id)
            .FirstOrDefault();
    }

    private static void AppendPlaybackAttributes(StringBuilder sb, ShortcodeAttributes atts, string defaultPreload)
    {
        foreach (var flag in new[] { "loop", "autoplay", "muted" })
        {
            if (atts.Flag(flag))
                sb.Append(' ').Append(flag);
        }
        var preload = atts.NonEmpty("preload") ?? defaultPreload;
        sb.Append(" preload=\"").Append(HtmlEntities.Escape(preload)).Append('"');
        if (atts.NonEmpty("class") is { } cls)
            sb.Append(" class=\"").Append(HtmlEntities.Escape(cls)).Append('"');
    }

    private static string AppendSources(StringBuilder sb, List<(string Url, string? Type)> sources, string element, string? fallback)
    {
        if (sources.Count == 1)
        {
            sb.Append(" src=\"").Append(HtmlEntities.Escape(sources[0].Url)).Append("\">");
        }
        else
        {
            sb.Append('>');
            foreach (var (url, type) in sources)
            {
                sb.Append("<source src=\"").Append(HtmlEntities.Escape(url)).Append('"');
                if (type is not null)
                    sb.Append(" type=\"").Append(HtmlEntities.Escape(type)).Append('"');
                sb.Append(" />");
            }
        }
        if (!string.IsNullOrWhiteSpace(fallback))
            sb.Append(fallback);
        return sb.Append("</").Append(element).Append('>').ToString();
    }

    private static int? Dimension(ShortcodeAttributes atts, string shortName, string longName)
    {
        var v = atts[shortName] is not null ? atts.Int(shortName) : atts[longName] is not null ? atts.Int(longName) : 0;
        return v > 0 ? v : null;
    }

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
