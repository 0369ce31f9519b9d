using System.Globalization;
using System.Text;

namespace Migrator.Hugo;

/// <summary>What Hugo knows of a page when it builds its URL.</summary>
/// <param name="Sections">Content folders above the page (<c>["posts"]</c>); empty at the content root.</param>
/// <param name="ContentBaseName">File name without extension, or the bundle folder's name (<c>index.md</c>, <c>_index.md</c>).</param>
/// <param name="IsSection">True for an <c>_index.md</c> (a list page).</param>
/// <param name="Slug">Front matter <c>slug</c>, or null.</param>
/// <param name="Title">Front matter <c>title</c>, for <c>:title</c>.</param>
/// <param name="Url">Front matter <c>url</c>, or null.</param>
/// <param name="Date">The page date, for date tokens.</param>
internal sealed record HugoPageAddress(
    IReadOnlyList<string> Sections,
    string ContentBaseName,
    bool IsSection,
    string? Slug,
    string? Title,
    string? Url,
    DateTimeOffset? Date);

/// <summary>URL rules of the Hugo configuration that matter for page URLs.</summary>
internal sealed record HugoUrlSettings(
    IReadOnlyDictionary<string, string> Permalinks,
    bool DisablePathToLower,
    bool UglyUrls)
{
    public static HugoUrlSettings Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), false, false);
}

/// <summary>
/// Computes a page's URL path as Hugo does (docs/hugo.md#urls): a front matter <c>url</c> is used as written; else
/// the section's <c>[permalinks]</c> pattern with its tokens; else the content path with <c>slug</c> replacing the last
/// part. Paths made from names go through <see cref="HugoPaths.MakePath"/> (lower-cased unless
/// <c>disablePathToLower</c>). The result starts with <c>/</c> and is relative to the site's <c>baseURL</c>.
/// </summary>
internal static class HugoUrls
{
    public static string PathOf(HugoPageAddress page, HugoUrlSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(page.Url))
            return FromUrl(page.Url.Trim());
        if (page.IsSection)
        {
            var dir = string.Join('/', page.Sections);
            return dir.Length == 0 ? "/" : "/" + HugoPaths.MakePath(dir, settings.DisablePathToLower) + "/";
        }
        if (page.Sections.Count > 0 && settings.Permalinks.TryGetValue(page.Sections[0], out var pattern))
            return Clean(Expand(pattern, page, settings));
        var last = !string.IsNullOrEmpty(page.Slug) ? page.Slug : page.ContentBaseName;
        var path = string.Join('/', page.Sections.Append(last));
        path = "/" + HugoPaths.MakePath(path, settings.DisablePathToLower);
        return settings.UglyUrls ? path + ".html" : path + "/";
    }

    /// <summary>A front matter <c>url</c>: leading slash added; no extension and no slash gets the slash Hugo adds.</summary>
    private static string FromUrl(string url)
    {
        var path = url.StartsWith('/') ? url : "/" + url;
        return path.EndsWith('/') || path.Contains('.', StringComparison.Ordinal) ? path : path + "/";
    }

    /// <summary>Fills <c>:token</c>s of a permalink pattern.</summary>
    public static string Expand(string pattern, HugoPageAddress page, HugoUrlSettings settings)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == ':' && i + 1 < pattern.Length && char.IsAsciiLetter(pattern[i + 1]))
            {
                var end = i + 1;
                while (end < pattern.Length && char.IsAsciiLetter(pattern[end]))
                    end++;
                var token = pattern[(i + 1)..end];
                var value = Token(token, page, settings);
                if (value is not null)
                {
                    sb.Append(value);
                    i = end;
                    continue;
                }
            }
            sb.Append(pattern[i]);
            i++;
        }
        return sb.ToString();
    }

    private static string? Token(string token, HugoPageAddress page, HugoUrlSettings settings)
    {
        var date = page.Date ?? new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string Urlize(string? s) => HugoPaths.MakePath(s ?? "", settings.DisablePathToLower);
        return token switch
        {
            "year" => date.Year.ToString(CultureInfo.InvariantCulture),
            "month" => date.Month.ToString("00", CultureInfo.InvariantCulture),
            "monthname" => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month),
            "day" => date.Day.ToString("00", CultureInfo.InvariantCulture),
            "weekday" => ((int)date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
            "weekdayname" => date.DayOfWeek.ToString(),
            "yearday" => date.DayOfYear.ToString(CultureInfo.InvariantCulture),
            "section" => page.Sections.Count > 0 ? page.Sections[0] : "",
            "sections" => string.Join('/', page.Sections),
            "title" => Urlize(page.Title),
            "slug" => Urlize(!string.IsNullOrEmpty(page.Slug) ? page.Slug : page.Title),
            "filename" or "contentbasename" => Urlize(page.ContentBaseName),
            "slugorfilename" or "slugorcontentbasename" => Urlize(!string.IsNullOrEmpty(page.Slug) ? page.Slug : page.ContentBaseName),
            _ => null,
        };
    }

    /// <summary>Leading slash, no doubled slashes.</summary>
    private static string Clean(string path)
    {
        if (!path.StartsWith('/'))
            path = "/" + path;
        while (path.Contains("//", StringComparison.Ordinal))
            path = path.Replace("//", "/", StringComparison.Ordinal);
        return path;
    }
}
