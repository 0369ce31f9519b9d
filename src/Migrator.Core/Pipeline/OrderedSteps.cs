using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Reporting;

namespace Migrator.Core.Pipeline;

/// <summary>
/// A step after the transforms that must see the posts in input order, because it names things first come, first
/// served, and whose work may wait for I/O (copying the old site's media files). For each post, <see cref="Prepare"/>
/// runs at once with other items (reading the post: parsing), <see cref="IOrderedEntry.Enter"/> runs for one post at a
/// time in input order (cheap bookkeeping), and <see cref="IOrderedEntry.FinishAsync"/> runs at once with other items
/// again, before the writer plans the post. The runner stays the one error boundary: an exception in any part fails
/// that item only.
/// </summary>
public interface IOrderedStep
{
    /// <summary>Called once, before the writer starts, with the site as normalised; returns the site the writer sees.</summary>
    Site Begin(Site site, IDiagnosticSink diagnostics, CancellationToken cancellation);

    /// <summary>Reads what <paramref name="post"/> needs; null when the step has nothing to do with it.</summary>
    IOrderedEntry? Prepare(Post post, IDiagnosticSink diagnostics);

    /// <summary>After the last item, before the writer's site-wide files: the step's own audit rows (one per thing it made).</summary>
    IReadOnlyList<AuditRow> Complete(IDiagnosticSink diagnostics);
}

/// <summary>What an <see cref="IOrderedStep"/> does with one post once it was prepared.</summary>
public interface IOrderedEntry
{
    /// <summary>Called in input order, one post at a time, after the post before it entered.</summary>
    void Enter();

    /// <summary>The rest of the work, at once with other items: yields the post the writer sees.</summary>
    Task<Post> FinishAsync(CancellationToken cancellation);
}
