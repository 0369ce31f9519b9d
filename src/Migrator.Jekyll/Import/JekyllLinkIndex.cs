using System.Text.RegularExpressions;
using Migrator.Core.Input;

namespace Migrator.Jekyll.Import;

/// <summary>What <c>{% post_url %}</c> and <c>{% link %}</c> resolve against.</summary>
internal interface ILiquidLinks
{
    /// <summary>The site-relative URL (with <c>baseurl</c>) of the post named like <c>2010-07-21-name</c> or <c>sub/2010-07-21-name</c>; null when none.</summary>
    string? PostUrl(string name);

    /// <summary>The site-relative URL (with <c>baseurl</c>) of the document, page or static file at a source-relative path; null when none.</summary>
    string? LinkUrl(string relativePath);

    /// <summary>
    /// The text of a file Octopress's <c>{% include_code %}</c> names: a path inside the site's code folder
    /// (<c>code_dir</c> in <c>_config.yml</c>, default <c>downloads/code</c>); null when there is none.
    /// </summary>
    string? IncludedCode(string path);
}

/// <summary>
/// The URL of every item of the read sites, by relative path, built in a first pass over file names and front matter
/// (bodies are not kept). Static files resolve to their own path, as Jekyll's static files do.
/// </summary>
internal sealed partial class JekyllLinkIndex : ILiquidLinks
{
    private readonly List<(JekyllSiteContext Site, string RelativePath, string Url, bool IsPost, string Slug, DateTimeOffset? Date)> _items = [];

    public void Add(JekyllDocument document) =>
        _items.Add((document.File.Site, document.File.RelativePath, document.Url,
            document.File.Kind == JekyllItemKind.Post, document.Slug, document.Date));

    public string? PostUrl(string name)
    {
        var m = PostName().Match(name.Trim().TrimStart('/'));
        if (!m.Success)
            return null;
        var path = m.Groups[1].Value;
        var date = m.Groups[2].Value;
        var slug = m.Groups[3].Value;
        var basename = Regex.Escape(date + "-" + slug) + @"\.[^.]+$";
        var exact = new Regex("^_posts/" + Regex.Escape(path) + basename + "|^" + Regex.Escape(path) + "_posts/?" + basename,
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var item in _items.Where(i => i.IsPost))
        {
            if (exact.IsMatch(item.RelativePath))
                return WithBase(item.Site, item.Url);
        }
        // Jekyll's deprecated fallback: same slug (with sub-folder) and same day.
        var day = JekyllDates.FromFileName(date, TimeZoneInfo.Utc).Date;
        foreach (var item in _items.Where(i => i.IsPost && i.Date is not null))
        {
            var itemDay = item.Date!.Value;
            if (day is { } d && d.Year == itemDay.Year && d.Month == itemDay.Month && d.Day == itemDay.Day &&
                string.Equals(path + slug, SubFolderOf(item.RelativePath) + item.Slug, StringComparison.Ordinal))
                return WithBase(item.Site, item.Url);
        }
        return null;
    }

    public string? LinkUrl(string relativePath)
    {
        var wanted = relativePath.Trim().TrimStart('/');
        foreach (var item in _items)
        {
            if (string.Equals(item.RelativePath, wanted, StringComparison.Ordinal))
                return WithBase(item.Site, item.Url);
        }
        // A static file: its URL is its path.
        foreach (var site in _items.Select(i => i.Site).Distinct())
        {
            if (!wanted.Contains("..", StringComparison.Ordinal) && File.Exists(Path.Combine(site.SourceDir, wanted)))
                return WithBase(site, "/" + wanted);
        }
        return null;
    }

    public string? IncludedCode(string path)
    {
        if (path.Length == 0 || path.Split('/').Any(part => part is ".." or "."))
            return null;
        foreach (var site in _items.Select(i => i.Site).Distinct())
        {
            var codeDir = JekyllConfig.Scalar(site.Config.Get("code_dir")) is { Length: > 0 } dir ? dir.Trim('/') : "downloads/code";
            var file = Path.Combine(site.SourceDir, codeDir, path);
            if (!codeDir.Split('/').Contains("..") && File.Exists(file) && !SiteFolder.IsLink(new FileInfo(file)))
                return File.ReadAllText(file);
        }
        return null;
    }

    private static string WithBase(JekyllSiteContext site, string url) => site.Config.NormalisedBaseUrl + url;

    // The folders between _posts and the file ("" for most posts).
    private static string SubFolderOf(string relativePath)
    {
        var at = relativePath.IndexOf("_posts/", StringComparison.Ordinal);
        var inside = at >= 0 ? relativePath[(at + "_posts/".Length)..] : relativePath;
        var slash = inside.LastIndexOf('/');
        return slash >= 0 ? inside[..(slash + 1)] : "";
    }

    [GeneratedRegex(@"^(.+/)?(\d+-\d+-\d+)-(.*)$")]
    private static partial Regex PostName();
}
