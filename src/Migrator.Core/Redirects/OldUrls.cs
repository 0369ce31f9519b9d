using System.Globalization;
using Migrator.Core.Model;

namespace Migrator.Core.Redirects;

/// <summary>Why an old URL exists.</summary>
public enum OldUrlKind
{
    /// <summary>The item's permalink on the old site.</summary>
    Permalink,
    /// <summary>WordPress's plain form: <c>/?p=ID</c>, <c>/?page_id=ID</c>, <c>/?attachment_id=ID</c>.</summary>
    IdQuery,
    /// <summary>A permalink the item had before its slug changed (<c>_wp_old_slug</c>).</summary>
    OldSlug,
    /// <summary>A category or tag archive page (<c>/category/news/</c>, <c>/tag/tides/</c>).</summary>
    Archive,
    /// <summary>A URL the source site already sent here (Jekyll <c>redirect_from</c>, Hugo <c>aliases</c>).</summary>
    Alias,
}

/// <summary>An old site-relative URL (path and query, as the old site printed it) that must keep working.</summary>
public sealed record OldUrl(string PathAndQuery, OldUrlKind Kind)
{
    public bool HasQuery => PathAndQuery.Contains('?', StringComparison.Ordinal);
}

/// <summary>Collects every URL an item was reachable at on the old site.</summary>
public static class OldUrls
{
    public static IReadOnlyList<OldUrl> For(Post post, Site site)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(site);
        var result = new List<OldUrl>();
        var basePath = SitePath(site.Url);
        var link = post.Link is null ? null : PathAndQuery(post.Link);
        if (link is not null && !IsIdQuery(link))
            result.Add(new OldUrl(link, OldUrlKind.Permalink));

        if (post.Id is { } id && id > 0)
        {
            var query = post.Type switch
            {
                PostTypes.Page => "page_id",
                PostTypes.Attachment => "attachment_id",
                PostTypes.Post => "p",
                _ => null,
            };
            if (query is not null)
                result.Add(new OldUrl($"{basePath}/?{query}={id.ToString(CultureInfo.InvariantCulture)}", OldUrlKind.IdQuery));
        }

        if (link is not null && !IsIdQuery(link))
        {
            foreach (var oldSlug in post.OldSlugs)
            {
                var replaced = ReplaceLastSegment(link, oldSlug);
                if (replaced is not null && replaced != link)
                    result.Add(new OldUrl(replaced, OldUrlKind.OldSlug));
            }
        }
        foreach (var alias in SourceAliases(post, basePath))
        {
            if (alias != link)
                result.Add(new OldUrl(alias, OldUrlKind.Alias));
        }
        return result;
    }

    /// <summary>
    /// The source's own redirects to the item (front matter <c>redirect_from</c> in Jekyll, <c>aliases</c> in Hugo):
    /// site-absolute paths (under the site's base path) and absolute URLs; relative ones are left to the static targets,
    /// which keep them as aliases.
    /// </summary>
    private static IEnumerable<string> SourceAliases(Post post, string basePath)
    {
        foreach (var (key, value) in post.Extra)
        {
            if (key is not ("redirect_from" or "aliases"))
                continue;
            foreach (var raw in FrontMatter.FrontMatterValue.Strings(value).Select(v => v.Trim()))
            {
                if (IsAbsoluteHttp(raw) && PathAndQuery(raw) is { } path)
                    yield return path;
                else if (raw.StartsWith('/') && !raw.StartsWith("//", StringComparison.Ordinal))
                    yield return basePath + Encoded(raw);
            }
        }
    }

    /// <summary>A path as a browser sends it: non-ASCII percent-encoded (UTF-8), an already encoded path kept.</summary>
    private static string Encoded(string path) =>
        path.Contains('%', StringComparison.Ordinal) || path.All(char.IsAscii)
            ? path
            : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The WordPress archive URL of a category (<c>/category/parent/child/</c>, with the default category base) or tag
    /// (<c>/tag/slug/</c>); null for other taxonomies. Slugs are percent-encoded as WordPress prints them.
    /// </summary>
    public static string? ForArchive(Term term, Site site)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(site);
        var basePath = SitePath(site.Url);
        switch (term.Taxonomy)
        {
            case Taxonomies.Tag:
                return $"{basePath}/tag/{EncodeSlug(term.Slug)}/";
            case Taxonomies.Category:
                var chain = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var t = term; t is not null && seen.Add(t.Slug); t = Parent(t, site))
                    chain.Insert(0, EncodeSlug(t.Slug));
                return $"{basePath}/category/{string.Join('/', chain)}/";
            default:
                return null;
        }
    }

    private static Term? Parent(Term term, Site site) => term.ParentSlug is null ? null :
        site.Terms.FirstOrDefault(t => t.Taxonomy == term.Taxonomy && t.Slug == term.ParentSlug);

    private static string EncodeSlug(string slug) =>
        slug.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '%')
            ? slug
            : Uri.EscapeDataString(slug).ToLowerInvariant();

    /// <summary>The path and query of an absolute or site-relative URL; null when it has neither.</summary>
    public static string? PathAndQuery(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var path = uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
            var query = uri.GetComponents(UriComponents.Query | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
            var raw = RawPathAndQuery(url) ?? (string.IsNullOrEmpty(path) ? "/" : path) + query;
            return raw;
        }
        return url.StartsWith('/') ? url : null;
    }

    /// <summary>True for an absolute http(s) URL (on Unix, <c>/path</c> parses as an absolute file URI: not that).</summary>
    public static bool IsAbsoluteHttp(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The path part of the site URL without a trailing slash ("" for a site at the root).</summary>
    public static string SitePath(string? siteUrl)
    {
        if (siteUrl is null)
            return "";
        var path = PathAndQuery(siteUrl) ?? "";
        var q = path.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
            path = path[..q];
        return path.TrimEnd('/');
    }

    /// <summary>The path exactly as written in the URL (keeping the old site's percent-encoding case).</summary>
    private static string? RawPathAndQuery(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
            return null;
        var slash = url.IndexOf('/', schemeEnd + 3);
        var question = url.IndexOf('?', schemeEnd + 3);
        var hash = url.IndexOf('#', schemeEnd + 3);
        var start = slash >= 0 ? slash : question;
        if (start < 0 || (question >= 0 && question < start))
            start = question;
        if (start < 0)
            return "/";
        var end = hash >= 0 ? hash : url.Length;
        var result = url[start..end];
        return result.StartsWith('?') ? "/" + result : result;
    }

    private static bool IsIdQuery(string pathAndQuery) =>
        pathAndQuery.Contains("?p=", StringComparison.Ordinal) || pathAndQuery.Contains("?page_id=", StringComparison.Ordinal) ||
        pathAndQuery.Contains("?attachment_id=", StringComparison.Ordinal) || pathAndQuery.Contains("&p=", StringComparison.Ordinal);

    private static string? ReplaceLastSegment(string path, string newSegment)
    {
        if (string.IsNullOrWhiteSpace(newSegment) || newSegment.Contains('/', StringComparison.Ordinal))
            return null;
        if (path.Contains('?', StringComparison.Ordinal))
            return null;
        var trailing = path.EndsWith('/');
        var trimmed = trailing ? path[..^1] : path;
        var cut = trimmed.LastIndexOf('/');
        if (cut < 0)
            return null;
        // WordPress stores old slugs as it stores slugs: already percent-encoded.
        return trimmed[..(cut + 1)] + EncodeSlug(newSegment) + (trailing ? "/" : "");
    }
}
