using Migrator.Core.Publishing;
using Migrator.Core.Reporting;

namespace Migrator.Core.Review;

/// <summary>The rules the check of the built site and the report's forecast share: which URLs must keep answering.</summary>
public static class CutoverRules
{
    /// <summary>The statuses (as the audit's <c>status</c> column gives them) of items the old site showed to everyone.</summary>
    private static readonly HashSet<string> Public = new(StringComparer.OrdinalIgnoreCase) { "publish", "published" };

    /// <summary>
    /// True when the item's old URL must answer after cutover: the old site showed it to everyone (published content,
    /// or an attachment's page), at a URL a static site can serve (no query string: <c>/?p=12</c> needs a server redirect,
    /// and an item never published had no public URL).
    /// </summary>
    public static bool MustAnswer(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.OldUrl.Length == 0 || SiteAddress.Of(row.OldUrl) is not { HasQuery: false } address || address.Path.Length == 0)
            return false;
        if (!WordPressPostTypes.IsContent(row.Type))
            return false; // menu entries, revisions, form entries: never pages of their own
        return Public.Contains(row.Status) || (row.Type == "attachment" && row.Status == "inherit");
    }

    /// <summary>True when the item has a page on the new site: written with a new URL.</summary>
    public static bool HasPage(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Result == ItemResult.Written && row.NewUrl.Length > 0;
    }

    /// <summary>
    /// The hosts of the site: of every old and new URL of the audit, in lower case, each with and without <c>www.</c>
    /// (a site answers both, and its bodies name either).
    /// </summary>
    public static HashSet<string> Hosts(IEnumerable<AuditRow> rows) =>
        new(rows.SelectMany(r => new[] { r.OldUrl, r.NewUrl }).Select(u => u.Length == 0 ? null : SiteAddress.Of(u)?.Host)
            .OfType<string>().Where(h => h.Length > 0)
            .SelectMany(h => new[] { h, h.StartsWith("www.", StringComparison.Ordinal) ? h[4..] : "www." + h }), StringComparer.Ordinal);

    /// <summary>The same path with and without its final slash: servers answer <c>/a</c> and <c>/a/</c> alike.</summary>
    public static IEnumerable<string> Forms(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        yield return path;
        if (path.EndsWith('/'))
            yield return path.TrimEnd('/');
        else
            yield return path + "/";
    }
}
