namespace Migrator.Core.Pipeline;

/// <summary>
/// Files that a step other than the writer puts into the published site (copied media), by their path on the site
/// (<c>wp-content/uploads/2015/03/photo.jpg</c>): filled while the run goes, read by a writer when it writes its
/// site-wide files (Jekyll lists the names it would otherwise not publish under <c>include:</c>). Thread-safe.
/// </summary>
public sealed class SiteFiles
{
    private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Add(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        lock (_lock)
            _paths.Add(sitePath);
    }

    /// <summary>The paths added so far, in ordinal order.</summary>
    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (_lock)
                return [.. _paths];
        }
    }
}
