using System.Globalization;
using Migrator.Core.Diagnostics;

namespace Migrator.WordPress.Import;

/// <summary>
/// WXR dates: a local <c>YYYY-MM-DD HH:MM:SS</c> without offset plus the same moment in GMT (docs/wordpress-wxr.md#dates-and-offsets). The offset is
/// derived per date (it changes with DST); a zero GMT date (drafts) floats and gets the site's usual offset.
/// </summary>
internal static class WxrDates
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public static bool IsZero(string text) => text.StartsWith("0000-00-00", StringComparison.Ordinal);

    public static bool TryParse(string text, out DateTime value)
    {
        var ok = DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        return ok && value.Year > 1 && value.Year < 9999;
    }

    /// <summary>The offset between a local and a GMT date, rounded to the minute; null when beyond ±14 hours.</summary>
    public static TimeSpan? OffsetBetween(DateTime local, DateTime gmt)
    {
        var offset = TimeSpan.FromMinutes(Math.Round((local - gmt).TotalMinutes));
        return offset.Duration() > MaxOffset ? null : offset;
    }

    /// <summary>A resolved date and whether it floated (no GMT date: offset guessed).</summary>
    public readonly record struct Resolved(DateTimeOffset? Date, bool Floating);

    /// <summary>
    /// Resolves a local/GMT pair into a date with offset, adding what it noticed to the diagnostics. The label says how
    /// messages name the date (<c>post_date</c>, <c>comment 12 comment_date</c>).
    /// </summary>
    public static Resolved Resolve(string? local, string? gmt, string label, ItemPlace place, SiteOffsets offsets,
        List<Diagnostic> diagnostics)
    {
        var gmtLabel = label + "_gmt";
        DateTime? gmtValue = null;
        if (!string.IsNullOrEmpty(gmt) && !IsZero(gmt))
        {
            if (TryParse(gmt, out var g))
                gmtValue = g;
            else
                diagnostics.Add(WxrDiagnostics.BadDate(place, gmtLabel, gmt));
        }

        DateTime? localValue = null;
        if (!string.IsNullOrEmpty(local) && !IsZero(local))
        {
            if (TryParse(local, out var l))
                localValue = l;
            else
                diagnostics.Add(WxrDiagnostics.BadDate(place, label, local));
        }

        if (localValue is null)
            return new Resolved(gmtValue is { } onlyGmt ? new DateTimeOffset(onlyGmt, TimeSpan.Zero) : null, false);

        if (gmtValue is { } gmtDate)
        {
            if (OffsetBetween(localValue.Value, gmtDate) is { } offset)
                return new Resolved(new DateTimeOffset(localValue.Value, offset), false);
            var usual = offsets.Guess(localValue.Value) ?? TimeSpan.Zero;
            diagnostics.Add(WxrDiagnostics.OffsetOutOfRange(place, label, local!, gmt!, usual));
            return new Resolved(new DateTimeOffset(localValue.Value, usual), false);
        }

        var guess = offsets.Guess(localValue.Value);
        diagnostics.Add(WxrDiagnostics.FloatingDate(place, gmtLabel, label, guess ?? TimeSpan.Zero, guess is not null));
        return new Resolved(new DateTimeOffset(localValue.Value, guess ?? TimeSpan.Zero), true);
    }
}

/// <summary>
/// The UTC offsets the site's dated posts use, counted per month of the year (DST), to give floating dates the offset
/// most posts of that month have. Bounded: at most a few offsets per month.
/// </summary>
internal sealed class SiteOffsets
{
    private readonly Dictionary<int, int>[] _counts = [.. Enumerable.Range(0, 13).Select(_ => new Dictionary<int, int>())];

    public void Add(DateTime local, TimeSpan offset)
    {
        var minutes = (int)offset.TotalMinutes;
        Count(_counts[0], minutes);
        Count(_counts[local.Month], minutes);
    }

    /// <summary>The most common offset of the date's month, else of the whole site; null when the site has no dated post.</summary>
    public TimeSpan? Guess(DateTime local)
    {
        var best = Best(_counts[local.Month]) ?? Best(_counts[0]);
        return best is { } minutes ? TimeSpan.FromMinutes(minutes) : null;
    }

    private static void Count(Dictionary<int, int> counts, int minutes) =>
        counts[minutes] = counts.GetValueOrDefault(minutes) + 1;

    private static int? Best(Dictionary<int, int> counts) =>
        counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
}
