using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Reporting;

namespace Migrator.Core.Pipeline;

/// <summary>
/// A step after the transforms that must see the posts in input order, because it names things first come, first
/// served, and whose work may wait for I/O (copying the old site's media files). <see cref="Enter"/> runs for one post
/// at a time, in input order; the work it returns runs at once with other items, before the writer plans the post. The
/// runner stays the one error boundary: an exception in either part fails that item only.
/// </summary>
public interface IOrderedStep
{
    /// <summary>Called once, before the writer starts, with the site as normalised; returns the site the writer sees.</summary>
    Site Begin(Site site, IDiagnosticSink diagnostics, CancellationToken cancellation);

    /// <summary>Records what <paramref name="post"/> needs (cheap); returns the rest of the work, which yields the post the writer sees.</summary>
    Func<CancellationToken, Task<Post>> Enter(Post post, IDiagnosticSink diagnostics);

    /// <summary>After the last item, before the writer's site-wide files: the step's own audit rows (one per thing it made).</summary>
    IReadOnlyList<AuditRow> Complete(IDiagnosticSink diagnostics);
}
