namespace Migrator.Hugo.Export;

/// <summary>
/// A URL path on the site, relative to the site's base path, percent-decoded (Hugo writes <c>url</c> and aliases to
/// folders named as written; servers decode the request path before looking for them: docs/hugo.md#aliases).
/// </summary>
/// <param name="Path">Decoded path starting with <c>/</c> (<c>/2020/01/02/日本/</c>).</param>
/// <param name="HasQuery">True when the URL carried a query string (<c>/?p=12</c>): not a path Hugo can serve.</param>
internal sealed record SitePath(string Path, bool HasQuery)
{
    /// <summary>
    /// The path of <paramref name="url"/> relative to <paramref name="siteUrl"/>'s path (a site in <c>/blog/</c> gives
    /// <c>/2020/x/</c> for <c>http://h/blog/2020/x/</c>). Relative URLs (<c>/a/b/</c>) are taken as site paths.
    /// Null when <paramref name="url"/> is empty or not a URL.
    /// </summary>
    public static SitePath? Of(string? url, string? siteUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        string rawPath;
        string query;
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            rawPath = absolute.AbsolutePath;
            query = absolute.Query;
        }
        else if (url.TrimStart().StartsWith('/'))
        {
            var text = url.Trim();
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
                text = text[..hash];
            var q = text.IndexOf('?', StringComparison.Ordinal);
            rawPath = q >= 0 ? text[..q] : text;
            query = q >= 0 ? text[q..] : "";
        }
        else
        {
            return null;
        }

        var basePath = BasePath(siteUrl);
        if (basePath.Length > 1 && rawPath.StartsWith(basePath, StringComparison.OrdinalIgnoreCase))
            rawPath = "/" + rawPath[basePath.Length..];
        var decoded = Uri.UnescapeDataString(rawPath);
        if (!decoded.StartsWith('/'))
            decoded = "/" + decoded;
        return new SitePath(decoded, query.Length > 1);
    }

    /// <summary>The site's path with a trailing slash (<c>/blog/</c>), or <c>/</c>.</summary>
    public static string BasePath(string? siteUrl)
    {
        if (string.IsNullOrWhiteSpace(siteUrl) || !Uri.TryCreate(siteUrl.Trim(), UriKind.Absolute, out var uri))
            return "/";
        var path = uri.AbsolutePath;
        return path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>True for the home page path.</summary>
    public bool IsRoot => Path == "/";

    /// <summary>Non-empty segments of the path.</summary>
    public IReadOnlyList<string> Segments => Path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The same path with its last segment replaced (an old slug): <c>/2020/01/new/</c> → <c>/2020/01/old/</c>.</summary>
    public SitePath? WithLastSegment(string segment)
    {
        var trailing = Path.EndsWith('/');
        var segments = Segments.ToList();
        if (segments.Count == 0 || HasQuery)
            return null;
        var last = segments[^1];
        var dot = last.LastIndexOf('.');
        var extension = !trailing && dot > 0 ? last[dot..] : "";
        segments[^1] = segment + extension;
        return new SitePath("/" + string.Join('/', segments) + (trailing ? "/" : ""), false);
    }
}
