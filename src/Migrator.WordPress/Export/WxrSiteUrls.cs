using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>
/// The base URLs written in the channel and the rule for item links. Without a new base URL the site's own URLs are
/// kept. With one, both base URLs are the new URL, and item links on the old site (or relative ones) are moved onto it;
/// guids are identifiers, never rebased.
/// </summary>
internal sealed record WxrSiteUrls(string Site, string Blog, string? OldBase, bool Rebasing = false)
{
    public static WxrSiteUrls For(Site site, WxrExportOptions options)
    {
        var oldBlog = site.Url ?? site.BaseSiteUrl ?? "";
        if (!string.IsNullOrEmpty(options.BaseUrl))
            return new WxrSiteUrls(options.BaseUrl, options.BaseUrl, oldBlog.Length > 0 ? oldBlog : null, Rebasing: true);
        return new WxrSiteUrls(site.BaseSiteUrl ?? oldBlog, oldBlog, null);
    }

    /// <summary>The item's link: as the model has it, or, when a new base URL is set, moved onto it (relative links made absolute).</summary>
    public string Link(string link)
    {
        if (!Rebasing)
            return link;
        if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
            return Blog.TrimEnd('/') + link;
        if (OldBase is not null && link.StartsWith(OldBase.TrimEnd('/'), StringComparison.Ordinal))
            return Blog.TrimEnd('/') + link[OldBase.TrimEnd('/').Length..];
        return link;
    }
}
