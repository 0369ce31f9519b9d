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
    public static HashSet<string> Hosts(IEnumerable<AuditRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            AddHost(hosts, row.OldUrl);
            AddHost(hosts, row.NewUrl);
        }
        return hosts;
    }

    /// <summary>Adds the host of <paramref name="url"/> to <paramref name="hosts"/> as <see cref="Hosts"/> does: in lower case, with and without <c>www.</c>.</summary>
    public static void AddHost(ISet<string> hosts, string url)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length == 0 || SiteAddress.Of(url)?.Host is not { Length: > 0 } host)
            return;
        hosts.Add(host);
        hosts.Add(host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : "www." + host);
    }

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
