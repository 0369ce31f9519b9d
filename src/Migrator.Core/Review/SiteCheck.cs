using Migrator.Core.Reporting;

namespace Migrator.Core.Review;

/// <summary>
/// Checks a built site against the conversion's audit, without network (<c>migrator verify</c>): every written item's
/// new URL has a page; every old URL that must keep answering has a page or a redirect; every file a page names by a
/// root-relative address, or by its address on the site's own hosts, is in the build; every redirect leads to a page.
/// The site is a built folder (<see cref="BuiltSite"/>) or a running server (<see cref="RunningSite"/>).
/// </summary>
public static class SiteCheck
{
    /// <param name="site">The built site, or a server serving it.</param>
    /// <param name="rows">The audit's rows.</param>
    /// <param name="redirectFolders">Other folders holding redirect files (the conversion's output folder).</param>
    public static CutoverFindings Run(IServedSite site, IReadOnlyList<AuditRow> rows, params string[] redirectFolders)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(redirectFolders);
        var problems = new List<CutoverProblem>();
        var hosts = CutoverRules.Hosts(rows);
        var rowOfPage = new Dictionary<string, AuditRow>(StringComparer.Ordinal);
        var rowOfOldPath = new Dictionary<string, AuditRow>(StringComparer.Ordinal);

        var newUrls = 0;
        var missingPages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(CutoverRules.HasPage))
        {
            newUrls++;
            if (SiteAddress.Of(row.NewUrl) is not { } address)
                continue;
            if (site.Resolve(address.Path) is { } page)
                rowOfPage.TryAdd(page, row);
            else
            {
                missingPages.UnionWith(CutoverRules.Forms(address.Path));
                problems.Add(new(CutoverDiagnostics.PageMissing(row.NewUrl, row.Title), row.NewUrl, row.OutputPath, row));
            }
        }

        var redirects = RedirectSources.Read([.. site.RedirectFolders, .. redirectFolders]);
        // A running server answers (or not) with its own redirects; the files only say where they should lead.
        var answering = site.FollowsRedirects ? new Dictionary<string, (string To, string File)>() : redirects;
        var oldUrls = 0;
        foreach (var row in rows.Where(CutoverRules.MustAnswer))
        {
            oldUrls++;
            var path = SiteAddress.Of(row.OldUrl)!.Value.Path;
            foreach (var form in CutoverRules.Forms(path))
                rowOfOldPath.TryAdd(form, row);
            // A page missing at its old URL is already CUT001.
            if (missingPages.Contains(path) || CutoverRules.Forms(path).Any(p => site.Resolve(p) is not null || answering.ContainsKey(p) || site.IsRedirected(p)))
                continue;
            problems.Add(new(CutoverDiagnostics.OldUrlUnanswered(row.OldUrl, row.Title), row.OldUrl, "", row));
        }

        var references = 0;
        var pages = site.Pages.ToList();
        foreach (var page in pages)
        {
            var (files, refresh) = PageReferences.Read(site.ReadPage(page));
            var where = site.UrlOf(page);
            var row = rowOfPage.GetValueOrDefault(page);
            foreach (var url in files.Select(f => f.Url).Distinct(StringComparer.Ordinal))
            {
                references++;
                if (Missing(url) is { } local)
                    problems.Add(new(local ? CutoverDiagnostics.FileMissing(url, where) : CutoverDiagnostics.FileOnOldHost(url, where), url, where, row));
            }
            if (refresh is not null && Missing(refresh) is { } stubMissing)
            {
                var from = SiteAddress.Of(where)!.Value.Path;
                problems.Add(new(Redirected(where, refresh, "redirect page", stubMissing), refresh, where, rowOfOldPath.GetValueOrDefault(from)));
            }
        }

        foreach (var (from, (to, file)) in redirects.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (Missing(to) is { } local)
                problems.Add(new(Redirected("/" + from, to, file, local), to, file, rowOfOldPath.GetValueOrDefault(from)));
        }
        return new CutoverFindings(problems, pages.Count, references, oldUrls, newUrls);

        // null when the URL is answered or is not the site's; true for a root-relative URL, false for one on a site host.
        bool? Missing(string url)
        {
            if (SiteAddress.Of(url) is not { } address || (address.Host.Length > 0 && !hosts.Contains(address.Host)))
                return null;
            return site.Resolve(address.Path) is null ? address.Host.Length == 0 : null;
        }

        static Diagnostics.Diagnostic Redirected(string from, string to, string where, bool local) =>
            !local && PageReferences.IsFile(to) ? CutoverDiagnostics.FileOnOldHost(to, $"the redirect from {from} ({where})")
                : CutoverDiagnostics.RedirectTargetMissing(from, to, where);
    }
}
