using System.Text;

namespace Migrator.Core.Text;

/// <summary>
/// An old link as a path on the new site, for writers that give each page its URL as a path (Eleventy's and Astro's
/// permalinks): relative to the site's own path, percent-decoded segment by segment (a generator writes the path as a
/// file name and the web server decodes the request before looking for it), and percent-encoded again for the
/// address a browser uses.
/// </summary>
public static class SitePaths
{
    /// <summary>
    /// The path of <paramref name="link"/> below <paramref name="siteUrl"/>'s path (<c>http://h/blog/2020/x/</c> in
    /// the site <c>http://h/blog</c> gives <c>/2020/x/</c>), decoded; <c>.</c> and <c>..</c> segments and empty ones are
    /// removed, never followed. A segment whose decoding would change the path's structure (<c>%2F</c>, <c>%3F</c>,
    /// <c>%23</c>) or hold a control character or backslash stays encoded. Null when the link has no path a file can
    /// answer: none, not http(s) or site-relative, or a query link (<c>/?p=12</c>).
    /// </summary>
    public static string? Of(string? link, string? siteUrl)
    {
        if (string.IsNullOrWhiteSpace(link))
            return null;
        var text = link.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                return null;
            var start = text.IndexOfAny(['/', '?', '#'], scheme + 3);
            text = start < 0 ? "/" : text[start..];
        }
        else if (!text.StartsWith('/') || text.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            text = text[..hash];
        if (text.Contains('?', StringComparison.Ordinal))
            return null;
        if (!text.StartsWith('/'))
            text = "/" + text;

        var basePath = BasePath(siteUrl);
        if (basePath.Length > 0 && text.StartsWith(basePath, StringComparison.OrdinalIgnoreCase)
            && (text.Length == basePath.Length || text[basePath.Length] == '/'))
            text = text[basePath.Length..];

        var trailing = text.EndsWith('/') || text.Length == 0;
        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(DecodeSegment).Where(s => s is not ("." or "..")).ToList();
        if (segments.Count == 0)
            return "/";
        return "/" + string.Join('/', segments) + (trailing ? "/" : "");
    }

    /// <summary>The path of the site URL without a trailing slash, as written (<c>""</c> for a site at the root).</summary>
    public static string BasePath(string? siteUrl)
    {
        if (string.IsNullOrWhiteSpace(siteUrl) || !Uri.TryCreate(siteUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return "";
        return uri.AbsolutePath.TrimEnd('/');
    }

    /// <summary>The absolute address of a decoded site path: the site's origin and path, and the path percent-encoded as a browser sends it.</summary>
    public static string Address(string? siteUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var origin = "";
        if (!string.IsNullOrWhiteSpace(siteUrl) && Uri.TryCreate(siteUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            origin = uri.GetLeftPart(UriPartial.Authority) + BasePath(siteUrl);
        return origin + Encode(path);
    }

    /// <summary>Percent-encodes what is not an RFC 3986 path character (UTF-8, upper-case hex); existing <c>%XX</c> kept.</summary>
    public static string Encode(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii && IsPathChar((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static bool IsPathChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// One path segment decoded, unless decoding would change the path's structure (<c>%2F</c>, <c>%3F</c>, <c>%23</c>)
    /// or give a control character, a backslash, a <c>%</c> or invalid UTF-8: then it stays as written.
    /// </summary>
    public static string DecodeSegment(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (!segment.Contains('%', StringComparison.Ordinal))
            return segment;
        var decoded = PercentDecoding.Decode(segment, out var keptInvalid);
        return keptInvalid || decoded.Any(c => c is '/' or '?' or '#' or '\\' or '%' || char.IsControl(c)) ? segment : decoded;
    }
}
