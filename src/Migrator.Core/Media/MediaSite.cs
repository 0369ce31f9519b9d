namespace Migrator.Core.Media;

/// <summary>
/// The old site's own addresses, which tell its media files from everyone else's: the hosts of its addresses (WordPress's
/// <c>base_site_url</c>, <c>base_blog_url</c>, the channel <c>link</c>), each with and without <c>www.</c>, over http or
/// https; every <c>*.files.wordpress.com</c> host (where WordPress.com keeps a site's uploads, whatever its domain); Jetpack's
/// image proxy (<c>i0.wp.com/&lt;host&gt;/…</c>) in front of any of those; and extra hosts the owner allows.
/// </summary>
public sealed class MediaSite
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    private MediaSite(Uri? origin) => Origin = origin;

    /// <summary>
    /// The site at <paramref name="addresses"/> (absolute URLs; empty or invalid ones are ignored) plus
    /// <paramref name="extraHosts"/> (host names, or URLs whose host is taken).
    /// </summary>
    public static MediaSite For(IEnumerable<string?> addresses, IEnumerable<string>? extraHosts = null)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var uris = addresses
            .Select(a => !string.IsNullOrWhiteSpace(a) && Uri.TryCreate(a.Trim(), UriKind.Absolute, out var uri) && IsHttp(uri) ? uri : null)
            .OfType<Uri>()
            .ToList();
        var site = new MediaSite(uris.Count > 0 ? new Uri(uris[0].GetLeftPart(UriPartial.Authority) + "/") : null);
        return site.WithHosts(uris, extraHosts);
    }

    /// <summary>
    /// A site that may have no address (a static site without <c>url</c>): its root-relative references are still its
    /// own, placed on a host that names no real one (<c>.invalid</c> never resolves).
    /// </summary>
    public static MediaSite ForStaticSite(IEnumerable<string?> addresses, IEnumerable<string>? extraHosts = null)
    {
        var site = For(addresses, extraHosts);
        return site.Origin is not null ? site : new MediaSite(new Uri("https://site.invalid/")).WithHosts([new Uri("https://site.invalid/")], extraHosts);
    }

    private MediaSite WithHosts(IReadOnlyList<Uri> uris, IEnumerable<string>? extraHosts)
    {
        var site = this;
        foreach (var uri in uris)
            site.AddHost(uri.Host);
        foreach (var extra in extraHosts ?? [])
        {
            var text = extra.Trim();
            var host = Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsHttp(uri) ? uri.Host : text.TrimEnd('/');
            if (host.Length > 0)
                site.AddHost(host);
        }
        return site;
    }

    /// <summary>Where a root-relative reference (<c>/wp-content/uploads/a.jpg</c>) lives: the first address's scheme and host.</summary>
    public Uri? Origin { get; }

    /// <summary>True for a host that serves the site's own files (not Jetpack's proxy, which only resizes them).</summary>
    public bool IsOwnHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return _hosts.Contains(host) || IsWordPressComFilesHost(host);
    }

    /// <summary>
    /// What <paramref name="reference"/> (an attribute value as the browser reads it: entities decoded) points at: a file of
    /// this site, a file elsewhere, or null when it is no http(s) URL (a fragment, <c>data:</c>, <c>mailto:</c>, a path
    /// relative to the page).
    /// </summary>
    internal MediaUrl? Classify(string reference)
    {
        var text = reference.Trim();
        if (text.Length == 0)
            return null;
        Uri? uri;
        if (text.StartsWith("//", StringComparison.Ordinal))
            Uri.TryCreate("https:" + text, UriKind.Absolute, out uri);
        else if (text.StartsWith('/'))
            uri = Origin is not null && Uri.TryCreate(Origin, text, out var resolved) ? resolved : null;
        else
            Uri.TryCreate(text, UriKind.Absolute, out uri);
        if (uri is null || !IsHttp(uri))
            return null;

        var (rawPath, fragment) = RawPathOf(text);
        var host = uri.Host;
        if (IsPhotonHost(host))
        {
            // i0.wp.com/<host>/<path>: the file itself is at https://<host>/<path>.
            var slash = rawPath.IndexOf('/', StringComparison.Ordinal);
            var innerHost = slash < 0 ? rawPath : rawPath[..slash];
            if (slash < 0 || !IsOwnHost(innerHost))
                return new MediaUrl(reference, IsOwn: false, null, "", null, "");
            host = innerHost;
            rawPath = rawPath[(slash + 1)..];
        }
        else if (!IsOwnHost(host))
        {
            return new MediaUrl(reference, IsOwn: false, null, "", null, "");
        }
        if (rawPath.Length == 0 || rawPath.EndsWith('/'))
            return null;
        var scheme = IsPhotonHost(uri.Host) ? "https" : uri.Scheme;
        var port = uri.IsDefaultPort || IsPhotonHost(uri.Host) ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!Uri.TryCreate($"{scheme}://{host}{port}/{rawPath}", UriKind.Absolute, out var file))
            return null;
        var uploads = IsWordPressComFilesHost(host) ? rawPath : UploadsPathOf(rawPath);
        return new MediaUrl(reference, IsOwn: true, file, rawPath, uploads, fragment);
    }

    private void AddHost(string host)
    {
        var bare = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        _hosts.Add(bare);
        _hosts.Add("www." + bare);
    }

    private static bool IsHttp(Uri uri) => uri.Scheme is "http" or "https";

    private static bool IsWordPressComFilesHost(string host) =>
        host.EndsWith(".files.wordpress.com", StringComparison.OrdinalIgnoreCase) && host.Length > ".files.wordpress.com".Length;

    /// <summary>Jetpack's image proxy: <c>i0.wp.com</c> to <c>i3.wp.com</c>.</summary>
    private static bool IsPhotonHost(string host) =>
        host.Length == 9 && host[0] is 'i' or 'I' && char.IsAsciiDigit(host[1]) && host.EndsWith(".wp.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The path after the host as written (no leading <c>/</c>, percent-encoding kept) and the fragment (with its <c>#</c>);
    /// the query is dropped: resize parameters (<c>?w=300</c>, <c>?resize=</c>) and cache busters name no other file.
    /// </summary>
    private static (string RawPath, string Fragment) RawPathOf(string text)
    {
        var start = 0;
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            start = scheme + 3;
        else if (text.StartsWith("//", StringComparison.Ordinal))
            start = 2;
        if (start > 0)
        {
            var pathStart = text.IndexOfAny(['/', '?', '#'], start);
            start = pathStart < 0 ? text.Length : pathStart;
        }
        var rest = text[start..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? rest[hash..] : "";
        if (hash >= 0)
            rest = rest[..hash];
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
            rest = rest[..query];
        return (rest.TrimStart('/'), fragment);
    }

    private const string UploadsFolder = "wp-content/uploads/";

    private static string? UploadsPathOf(string rawPath)
    {
        var at = rawPath.IndexOf(UploadsFolder, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || rawPath[at - 1] == '/') ? rawPath[(at + UploadsFolder.Length)..] : null;
    }
}

/// <summary>
/// A reference read as a URL. For the site's own files: the file's URL (<see cref="File"/>: the proxy and the query
/// removed), the path after the host as written (<see cref="RawPath"/>), the part after <c>wp-content/uploads/</c> (or the
/// whole path on WordPress.com) and the fragment to keep (<c>#page=2</c>).
/// </summary>
internal sealed record MediaUrl(string Reference, bool IsOwn, Uri? File, string RawPath, string? UploadsPath, string Fragment);
