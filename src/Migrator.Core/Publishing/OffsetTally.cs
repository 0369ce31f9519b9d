namespace Migrator.Core.Publishing;

/// <summary>
/// How many dated posts use each UTC offset, for the site's time zone (<see cref="SiteTimeZone"/>): a count per
/// offset, so it stays a handful of entries however many posts a site has.
/// </summary>
public sealed class OffsetTally
{
    private readonly Dictionary<TimeSpan, int> _counts = [];

    /// <summary>All offsets counted.</summary>
    public int Total { get; private set; }

    public void Add(TimeSpan offset)
    {
        _counts[offset] = _counts.GetValueOrDefault(offset) + 1;
        Total++;
    }

    /// <summary>The most common offset (ties: the smaller offset), or null when none was counted.</summary>
    public (TimeSpan Offset, int Count)? MostCommon()
    {
        if (_counts.Count == 0)
            return null;
        var best = _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
        return (best.Key, best.Value);
    }
}
