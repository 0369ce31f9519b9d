using System.Text;

namespace Migrator.Core.Review;

/// <summary>
/// A URL reduced to what decides which file of a static site answers it: its host (empty when root-relative) and its
/// path, percent-decoded and in Unicode normal form C, without the leading <c>/</c>, query or fragment.
/// </summary>
public readonly record struct SiteAddress(string Host, string Path, bool HasQuery)
{
    /// <summary>The address of a root-relative or absolute http(s) URL; null for anything else (relative, mailto:, data:).</summary>
    public static SiteAddress? Of(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        var host = "";
        if (url.StartsWith("//", StringComparison.Ordinal))
            url = "http:" + url;
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
                return null;
            host = uri.Host.ToLowerInvariant();
            url = uri.PathAndQuery + uri.Fragment;
            if (url.Length == 0)
                url = "/";
        }
        else if (!url.StartsWith('/'))
        {
            return null;
        }
        var end = url.IndexOfAny(['?', '#']);
        var hasQuery = end >= 0 && url[end] == '?' && end + 1 < url.Length;
        var path = end >= 0 ? url[..end] : url;
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            decoded = path;
        }
        return new SiteAddress(host, decoded.TrimStart('/').Normalize(NormalizationForm.FormC), hasQuery);
    }

    /// <summary>The path as a root-relative URL path (<c>/about/</c>).</summary>
    public string Display => "/" + Path;
}
