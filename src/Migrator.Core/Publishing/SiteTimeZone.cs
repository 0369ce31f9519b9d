using System.Globalization;

namespace Migrator.Core.Publishing;

/// <summary>
/// A time zone name for a static site's config (Jekyll <c>_config.yml</c>, Hugo <c>hugo.toml</c>) when the source names none (WXR never does): the most common UTC offset
/// among the posts' dates, as a fixed-offset zone. POSIX inverts the sign of <c>Etc/GMT</c> zones: UTC+02:00 is
/// <c>Etc/GMT-2</c>. Offsets that are not whole hours have no <c>Etc</c> zone; the few that belong to a zone without
/// daylight saving time map to it, others give none. Daylight saving sites (+01:00 in winter, +02:00 in summer) get
/// the more common of the two: every post date keeps its own offset, so only dates shown on pages can be an hour off.
/// </summary>
public static class SiteTimeZone
{
    private static readonly Dictionary<TimeSpan, string> FractionalOffsets = new()
    {
        [new TimeSpan(5, 30, 0)] = "Asia/Kolkata",
        [new TimeSpan(5, 45, 0)] = "Asia/Kathmandu",
        [new TimeSpan(6, 30, 0)] = "Asia/Yangon",
        [new TimeSpan(4, 30, 0)] = "Asia/Kabul",
        [new TimeSpan(9, 30, 0)] = "Australia/Darwin",
        [new TimeSpan(8, 45, 0)] = "Australia/Eucla",
        [-new TimeSpan(9, 30, 0)] = "Pacific/Marquesas",
    };

    /// <summary>The zone name for a fixed offset, or null when none exists.</summary>
    public static string? NameFor(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
            return "Etc/UTC";
        if (offset.Minutes != 0 || offset.Seconds != 0)
            return FractionalOffsets.GetValueOrDefault(offset);
        var hours = (int)offset.TotalHours;
        if (hours is < -12 or > 14)
            return null;
        // POSIX: Etc/GMT-2 is two hours AHEAD of UTC.
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.Abs(hours).ToString(CultureInfo.InvariantCulture);
    }

    public static string Format(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
