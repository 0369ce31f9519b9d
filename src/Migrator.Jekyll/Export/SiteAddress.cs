using System.Text;
using Migrator.Core.Text;

namespace Migrator.Jekyll.Export;

/// <summary>
/// A site's address split the way Jekyll's <c>_config.yml</c> wants it: <see cref="Origin"/> (<c>url</c>, scheme and
/// host) and <see cref="BasePath"/> (<c>baseurl</c>, <c>""</c> or <c>/blog</c>, no trailing slash).
/// </summary>
internal sealed record SiteAddress(string? Origin, string BasePath)
{
    public static SiteAddress None { get; } = new(null, "");

    public static SiteAddress Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return None;
        var (origin, path) = SplitOrigin(url.Trim());
        path = StripQueryAndFragment(path);
        return new SiteAddress(origin, path.TrimEnd('/'));
    }

    /// <summary>The absolute URL a permalink is served at: origin, base path, and the permalink percent-encoded as Jekyll does.</summary>
    public string Absolute(string permalink) => (Origin ?? "") + BasePath + UrlPath.Encode(permalink);

    /// <summary>Scheme and host part (null for a relative URL) and the rest (path, query, fragment).</summary>
    public static (string? Origin, string Remainder) SplitOrigin(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
            return url.StartsWith("//", StringComparison.Ordinal) ? SplitAfter(url, 2) : (null, url);
        return SplitAfter(url, scheme + 3);
    }

    private static (string? Origin, string Remainder) SplitAfter(string url, int hostStart)
    {
        var slash = url.IndexOfAny(['/', '?', '#'], hostStart);
        return slash < 0 ? (url, "") : (url[..slash], url[slash..]);
    }

    private static string StripQueryAndFragment(string path)
    {
        var cut = path.IndexOfAny(['?', '#']);
        return cut < 0 ? path : path[..cut];
    }
}

/// <summary>URL paths as Jekyll permalinks need them.</summary>
internal static class UrlPath
{
    /// <summary>
    /// The path of an old link relative to the old site's base path, percent-decoded (Jekyll encodes it again on
    /// output, so the served URL equals the old one). Null when the link has no usable path: none at all, or a query
    /// link such as <c>?p=123</c> or <c>/index.php?page_id=2</c>, which no static file can answer.
    /// </summary>
    public static string? PermalinkOf(string? link, string oldBasePath)
    {
        if (string.IsNullOrWhiteSpace(link))
            return null;
        var (_, rest) = SiteAddress.SplitOrigin(link.Trim());
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            rest = rest[..hash];
        if (rest.Contains('?', StringComparison.Ordinal))
            return null;
        var path = rest.Length == 0 ? "/" : rest;
        if (!path.StartsWith('/'))
            return null;
        if (oldBasePath.Length > 0 && path.StartsWith(oldBasePath, StringComparison.Ordinal))
        {
            var after = path[oldBasePath.Length..];
            if (after.Length == 0 || after.StartsWith('/'))
                path = after.Length == 0 ? "/" : after;
        }
        // As Jekyll does with permalinks: '.' and '..' segments are removed, never followed.
        var segments = path.Split('/').Select(DecodeSegment).Where(s => s is not ("." or "..")).ToList();
        var joined = string.Join('/', segments);
        while (joined.Contains("//", StringComparison.Ordinal))
            joined = joined.Replace("//", "/", StringComparison.Ordinal);
        return joined.Length == 0 ? "/" : joined;
    }

    /// <summary>The decoded, non-empty segments of a permalink (for folder names).</summary>
    public static IReadOnlyList<string> Segments(string permalink) =>
        [.. permalink.Split('/', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Percent-encodes what Jekyll encodes in a URL path: anything outside the RFC 3986 path characters (existing <c>%XX</c> kept).</summary>
    public static string Encode(string path) => SitePaths.Encode(path);

    /// <summary>
    /// One segment decoded as <see cref="SitePaths.DecodeSegment"/> does; a <c>:</c> before a letter is then encoded,
    /// because Jekyll reads <c>:name</c> in a permalink as a placeholder.
    /// </summary>
    private static string DecodeSegment(string segment) => ProtectPlaceholders(SitePaths.DecodeSegment(segment));

    private static string ProtectPlaceholders(string segment)
    {
        if (!segment.Contains(':', StringComparison.Ordinal))
            return segment;
        var builder = new StringBuilder(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            var placeholder = segment[i] == ':' && i + 1 < segment.Length && (char.IsAsciiLetterLower(segment[i + 1]) || segment[i + 1] == '_');
            builder.Append(placeholder ? "%3A" : segment[i]);
        }
        return builder.ToString();
    }
}
