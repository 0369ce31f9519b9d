using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;

namespace Migrator.Core.Pipeline;

/// <summary>
/// Something that sees every item after it was committed, in input order, on one thread, and writes its own
/// site-wide file at the end: redirect files, the Disqus URL map, the Disqus comments export.
/// </summary>
public interface IItemObserver
{
    /// <summary>Called once, before the first item, with the site as normalised.</summary>
    void Begin(Site site);

    /// <summary>Called once per item read, after its files were written. <paramref name="post"/> is null for unreadable items.</summary>
    void Observe(Post? post, ExportPlan plan, IDiagnosticSink diagnostics);

    /// <summary>Called after the last item; writes into the output folder.</summary>
    void Complete(Site site, OutputFolder output, IDiagnosticSink diagnostics);
}
