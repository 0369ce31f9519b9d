using HtmlAgilityPack;

namespace Migrator.Core.Review;

/// <summary>One address a built page uses: the attribute it came from and the URL as written.</summary>
public sealed record PageReference(string Attribute, string Url);

/// <summary>
/// The addresses of files a built page loads or links: every <c>src</c>, every candidate of a <c>srcset</c>, and the
/// <c>href</c> of a link to a file (a path with an extension that is not a page's, such as <c>.pdf</c> or <c>.jpg</c>).
/// Links to pages are not files: an old post's link to an archive page it no longer has is not a broken file.
/// A page that is a redirect stub (<c>meta http-equiv="refresh"</c>) gives its target.
/// </summary>
public static class PageReferences
{
    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".html", ".htm", ".shtml", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".cgi", ".pl",
    };

    public static (IReadOnlyList<PageReference> Files, string? RefreshTo) Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Markup.HtmlFragmentParser.ParseAsWritten(html);
        var files = new List<PageReference>();
        string? refresh = null;
        foreach (var node in Markup.HtmlElements.InDocumentOrder(document.DocumentNode).Where(n => n.NodeType == HtmlNodeType.Element))
        {
            foreach (var attribute in node.Attributes)
            {
                if (attribute.Name is not ("src" or "srcset" or "href" or "content"))
                    continue;
                var value = HtmlEntity.DeEntitize(attribute.Value ?? "").Trim();
                if (value.Length == 0)
                    continue;
                switch (attribute.Name)
                {
                    case "src":
                        files.Add(new("src", value));
                        break;
                    case "srcset":
                        foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                            files.Add(new("srcset", candidate.Split(' ', 2)[0]));
                        break;
                    case "href" when node.Name is "a" or "area" or "link" && IsFile(value):
                        files.Add(new("href", value));
                        break;
                    case "content" when node.Name == "meta" && string.Equals(node.GetAttributeValue("http-equiv", ""), "refresh", StringComparison.OrdinalIgnoreCase):
                        refresh ??= RefreshTarget(value);
                        break;
                }
            }
        }
        return (files, refresh);
    }

    /// <summary>True when the URL's last path segment has an extension that is not a page's.</summary>
    public static bool IsFile(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (SiteAddress.Of(url) is not { } address)
            return false;
        var last = address.Path[(address.Path.LastIndexOf('/') + 1)..];
        return !PageExtensions.Contains(Path.GetExtension(last));
    }

    /// <summary><c>0; url=/new/</c> → <c>/new/</c>.</summary>
    private static string? RefreshTarget(string content)
    {
        var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : content[(at + 4)..].Trim().Trim('\'', '"');
    }
}
