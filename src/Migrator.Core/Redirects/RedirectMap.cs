using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.Core.Redirects;

/// <summary>One redirect: an old site-relative URL to its new URL (site-relative path, or absolute for media files).</summary>
public sealed record Redirect(string From, string To, OldUrlKind Kind);

/// <summary>
/// Gathers old → new URLs from every committed item and resolves them into a clean set: no redirect to itself,
/// no chain (a target that is itself redirected is followed to its end), no loop, one target per source
/// (conflicts are reported, the first kept), and never away from a URL that a new page now lives at. Only published
/// items get redirects: a draft had no public URL on the old site and has no page on the new one.
/// </summary>
public sealed class RedirectMap : IItemObserver
{
    private readonly List<(Redirect Redirect, SourceRef? Source)> _candidates = [];
    private readonly HashSet<string> _livePaths = new(StringComparer.Ordinal);
    private readonly HashSet<(string Taxonomy, string Slug)> _usedTerms = [];
    private readonly Action<Site, OutputFolder, IReadOnlyList<Redirect>, IDiagnosticSink>? _write;
    private readonly Func<Term, string?>? _archiveUrl;
    private Site? _site;

    /// <param name="write">What to do with the resolved set at the end (write files); null to only collect.</param>
    /// <param name="archiveUrl">The new site's archive page of a term (see <see cref="IExporter.ArchiveUrl"/>).</param>
    /// <param name="newBaseUrl">The new site's URL when it differs from the old one (<c>--base-url</c>): archive pages are under its path.</param>
    public RedirectMap(Action<Site, OutputFolder, IReadOnlyList<Redirect>, IDiagnosticSink>? write = null, Func<Term, string?>? archiveUrl = null, string? newBaseUrl = null)
    {
        _write = write;
        _archiveUrl = archiveUrl;
        _newBaseUrl = newBaseUrl;
    }

    private readonly string? _newBaseUrl;

    /// <summary>The resolved redirects, known after <see cref="Complete"/>.</summary>
    public IReadOnlyList<Redirect> Resolved { get; private set; } = [];

    public void Begin(Site site) => _site = site;

    public void Observe(Post? post, ExportPlan plan, IDiagnosticSink diagnostics)
    {
        if (post is null)
            return;
        var site = _site ?? new Site();
        switch (plan)
        {
            case WritePlan { NewUrl: { } newUrl } when PublicationRules.Classify(post) is Published:
                var path = OldUrls.PathAndQuery(newUrl) ?? newUrl;
                // On another host (--base-url https://new.example/), the old host serves the redirects: send visitors there.
                var target = OtherHost(newUrl, site.Url) ? newUrl : path;
                _livePaths.Add(path);
                foreach (var term in post.Terms)
                    _usedTerms.Add((term.Taxonomy, term.Slug));
                foreach (var old in OldUrls.For(post, site))
                {
                    if (!SamePath(old.PathAndQuery, path))
                        _candidates.Add((new Redirect(old.PathAndQuery, target, old.Kind), post.Source));
                }
                break;
            case SkipPlan when post.Type == PostTypes.Attachment && !string.IsNullOrEmpty(post.AttachmentUrl):
                foreach (var old in OldUrls.For(post, site))
                    _candidates.Add((new Redirect(old.PathAndQuery, post.AttachmentUrl!, old.Kind), post.Source));
                break;
        }
    }

    public void Complete(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(site);
        AddArchives(site);
        Resolved = Resolve(diagnostics);
        _write?.Invoke(site, output, Resolved, diagnostics);
    }

    private static bool OtherHost(string newUrl, string? oldSiteUrl) =>
        Uri.TryCreate(newUrl, UriKind.Absolute, out var to) && to.Scheme is "http" or "https"
        && Uri.TryCreate(oldSiteUrl, UriKind.Absolute, out var from)
        && !string.Equals(to.Authority, from.Authority, StringComparison.OrdinalIgnoreCase);

    /// <summary>Category and tag archives whose path changes, for terms some written post uses (others have no page).</summary>
    private void AddArchives(Site site)
    {
        if (_archiveUrl is null)
            return;
        foreach (var term in site.Terms.Where(t => _usedTerms.Contains((t.Taxonomy, t.Slug))))
        {
            var old = OldUrls.ForArchive(term, site);
            // Archive URLs are relative to the new site's root, which may be a folder (/blog).
            var target = _archiveUrl(term) is { } archive ? OldUrls.SitePath(_newBaseUrl ?? site.Url) + archive : null;
            if (target is not null && _newBaseUrl is not null && OtherHost(_newBaseUrl, site.Url))
                target = new Uri(new Uri(_newBaseUrl), target).AbsoluteUri;
            if (old is not null && target is not null && !SamePath(old, target))
                _candidates.Add((new Redirect(old, target, OldUrlKind.Archive), null));
        }
    }

    private List<Redirect> Resolve(IDiagnosticSink diagnostics)
    {
        var first = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var (redirect, source) in _candidates)
        {
            if (_livePaths.Contains(redirect.From))
            {
                diagnostics.Report(RedirectDiagnostics.OldUrlIsLive(redirect.From, source));
                continue;
            }
            if (first.TryGetValue(redirect.From, out var existing))
            {
                if (existing.To != redirect.To)
                    diagnostics.Report(RedirectDiagnostics.Conflict(redirect.From, existing.To, redirect.To, source));
                continue;
            }
            first[redirect.From] = redirect;
        }

        var resolved = new List<Redirect>();
        foreach (var redirect in first.Values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { redirect.From };
            var to = redirect.To;
            var loop = false;
            while (first.TryGetValue(to, out var next))
            {
                if (!seen.Add(to))
                {
                    loop = true;
                    break;
                }
                to = next.To;
            }
            if (loop || to == redirect.From)
            {
                diagnostics.Report(RedirectDiagnostics.LoopDropped(redirect.From));
                continue;
            }
            resolved.Add(redirect with { To = to });
        }
        return resolved;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Uri.UnescapeDataString(a), Uri.UnescapeDataString(b), StringComparison.Ordinal);
}
