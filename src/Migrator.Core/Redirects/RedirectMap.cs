using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Redirects;

/// <summary>One redirect: an old site-relative URL to its new URL (site-relative path, or absolute for media files).</summary>
public sealed record Redirect(string From, string To, OldUrlKind Kind);

/// <summary>
/// Gathers old → new URLs from every committed item and resolves them into a clean set: no redirect to itself,
/// no chain (a target that is itself redirected is followed to its end), no loop, one target per source
/// (conflicts are reported, the first kept), and never away from a URL that a new page now lives at.
/// </summary>
public sealed class RedirectMap : IItemObserver
{
    private readonly List<(Redirect Redirect, SourceRef? Source)> _candidates = [];
    private readonly HashSet<string> _livePaths = new(StringComparer.Ordinal);
    private readonly Action<Site, OutputFolder, IReadOnlyList<Redirect>, IDiagnosticSink>? _write;
    private Site? _site;

    /// <param name="write">What to do with the resolved set at the end (write files); null to only collect.</param>
    public RedirectMap(Action<Site, OutputFolder, IReadOnlyList<Redirect>, IDiagnosticSink>? write = null) => _write = write;

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
            case WritePlan { NewUrl: { } newUrl }:
                var target = OldUrls.PathAndQuery(newUrl) ?? newUrl;
                _livePaths.Add(target);
                foreach (var old in OldUrls.For(post, site))
                {
                    if (!SamePath(old.PathAndQuery, target))
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
        Resolved = Resolve(diagnostics);
        _write?.Invoke(site, output, Resolved, diagnostics);
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
