using System.Globalization;
using System.Text.RegularExpressions;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Embeds;

/// <summary>
/// Turns an embeddable URL into static HTML, the one rendering every embed path uses (bare URLs, <c>[embed]</c>,
/// Jetpack <c>[youtube]</c>/<c>[vimeo]</c>, <c>[video src=youtube…]</c>, embed blocks): YouTube and Vimeo become their
/// player iframe; any other URL (Twitter, Instagram, SoundCloud… whose oEmbed HTML needs the provider's script) becomes
/// a plain link. URLs may arrive HTML-escaped from stored content (<c>&amp;amp;</c>, <c>&amp;#038;</c>): they are
/// decoded once and escaped once.
/// </summary>
internal static partial class EmbedRenderer
{
    public const int DefaultWidth = 640;
    public const int DefaultHeight = 360;

    /// <summary>True for URLs WordPress would consider for embedding: <c>http(s)://</c> and no spaces or markup characters.</summary>
    public static bool LooksLikeUrl(string text) => BareUrl().IsMatch(text);

    /// <summary>The iframe for a YouTube or Vimeo URL, else a link to the URL.</summary>
    public static string Render(string url, int? width = null, int? height = null)
    {
        var decoded = HtmlEntities.Decode(url.Trim());
        return TryRenderVideo(decoded, width, height) ?? Link(decoded);
    }

    /// <summary>The player iframe for a YouTube or Vimeo URL; null for anything else.</summary>
    public static string? TryRenderVideo(string decodedUrl, int? width = null, int? height = null)
    {
        var w = width is > 0 ? width.Value : DefaultWidth;
        var h = height is > 0 ? height.Value : DefaultHeight;
        if (YouTubeId(decodedUrl) is { } youTube)
        {
            var start = YouTubeStart(decodedUrl);
            var src = "https://www.youtube.com/embed/" + youTube + (start > 0 ? "?start=" + start.ToString(CultureInfo.InvariantCulture) : "");
            return Iframe(src, w, h, "YouTube video");
        }
        if (VimeoId(decodedUrl) is { } vimeo)
            return Iframe("https://player.vimeo.com/video/" + vimeo, w, h, "Vimeo video");
        return null;
    }

    /// <summary>A link whose text is the URL itself.</summary>
    public static string Link(string decodedUrl)
    {
        var escaped = HtmlEntities.Escape(decodedUrl);
        return $"<a href=\"{escaped}\">{escaped}</a>";
    }

    private static string Iframe(string src, int width, int height, string title) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<iframe width=\"{width}\" height=\"{height}\" src=\"{HtmlEntities.Escape(src)}\" title=\"{title}\" frameborder=\"0\" allowfullscreen></iframe>");

    internal static string? YouTubeId(string url)
    {
        var m = YouTubeUrl().Match(url);
        if (!m.Success)
            return null;
        if (m.Groups["path"].Success)
            return m.Groups["path"].Value;
        var query = QueryValue(url, "v");
        return query is not null && YouTubeIdShape().IsMatch(query) ? query : null;
    }

    /// <summary>True for an eleven-character YouTube video id written alone (<c>[youtube InCeVCGtHak]</c>).</summary>
    public static bool IsYouTubeId(string text) => text.Length == 11 && YouTubeIdShape().IsMatch(text);

    internal static string? VimeoId(string url)
    {
        var m = VimeoUrl().Match(url);
        return m.Success ? m.Groups["id"].Value : null;
    }

    /// <summary>The start offset in seconds from <c>t=</c> or <c>start=</c> (<c>90</c>, <c>90s</c>, <c>1m30s</c>, <c>1h2m3s</c>).</summary>
    private static int YouTubeStart(string url)
    {
        var raw = QueryValue(url, "t") ?? QueryValue(url, "start");
        if (raw is null)
            return 0;
        var m = Duration().Match(raw);
        if (!m.Success)
            return 0;
        static int Part(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : 0;
        return (Part(m.Groups["h"]) * 3600) + (Part(m.Groups["m"]) * 60) + Part(m.Groups["s"]);
    }

    /// <summary>The first value of a query (or fragment) parameter, not URL-decoded.</summary>
    internal static string? QueryValue(string url, string name)
    {
        var q = url.IndexOfAny(['?', '#']);
        if (q < 0)
            return null;
        foreach (var pair in url[(q + 1)..].Split('&', '#', '?'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && string.Equals(pair[..eq], name, StringComparison.Ordinal))
                return pair[(eq + 1)..];
        }
        return null;
    }

    [GeneratedRegex(@"^https?://[^\s<>""]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^https?://(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com/(?:watch/?\?|(?:embed|shorts|live|v)/(?<path>[A-Za-z0-9_-]{6,}))|youtu\.be/(?<path>[A-Za-z0-9_-]{6,}))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex YouTubeUrl();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YouTubeIdShape();

    [GeneratedRegex(@"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/|channels/[^/]+/|groups/[^/]+/videos/|album/\d+/video/)?(?<id>\d+)(?:[/?#]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex VimeoUrl();

    [GeneratedRegex(@"^(?:(?<s>\d+)s?|(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Duration();
}
