using HtmlAgilityPack;

namespace Migrator.Astro.Export;

/// <summary>
/// Makes relative <c>img</c> addresses root-relative, resolved against the item's old address (which is also its new
/// one): Astro imports a relative Markdown image as a project file and fails the build when it is missing
/// (docs/astro.md#bodies). A body without one is returned as it is.
/// </summary>
internal static class RelativeImages
{
    public static string Resolve(string html, string? link, out IReadOnlyList<string> resolved)
    {
        resolved = [];
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase))
            return html;
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var images = document.DocumentNode.Descendants("img")
            .Where(img => IsRelative(img.GetAttributeValue("src", null))).ToList();
        if (images.Count == 0)
            return html;
        var page = Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : new Uri("http://site.invalid/");
        var changed = new List<string>();
        foreach (var img in images)
        {
            var src = img.GetAttributeValue("src", "");
            if (!Uri.TryCreate(page, HtmlEntity.DeEntitize(src), out var target))
                continue;
            img.SetAttributeValue("src", target.PathAndQuery);
            changed.Add(src);
        }
        resolved = changed;
        return changed.Count == 0 ? html : document.DocumentNode.OuterHtml;
    }

    /// <summary>Neither absolute (<c>http:</c>, <c>data:</c>), nor root- or protocol-relative, nor empty.</summary>
    private static bool IsRelative(string? src)
    {
        if (string.IsNullOrWhiteSpace(src))
            return false;
        var text = src.Trim();
        if (text.StartsWith('/') || text.StartsWith('#'))
            return false;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return colon < 0 || (slash >= 0 && slash < colon);
    }
}
