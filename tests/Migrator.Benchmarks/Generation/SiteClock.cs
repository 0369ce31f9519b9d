using System.Globalization;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// Publication times of the generated site: a steady walk forward in UTC, shown in the site's local time with the
/// Central European rule (UTC+1, UTC+2 from the last Sunday of March to the last Sunday of October, 01:00 UTC), so
/// that the offset between <c>post_date</c> and <c>post_date_gmt</c> changes with the season. The rule is written
/// out rather than read from the machine's time zone database, so every machine writes the same bytes.
/// </summary>
internal sealed class SiteClock(DateTime startUtc, TimeSpan averageStep)
{
    public const string ZeroDate = "0000-00-00 00:00:00";

    private DateTime nowUtc = startUtc;

    public DateTime NowUtc => nowUtc;

    /// <summary>Moves the clock forward by a random step around the average.</summary>
    public DateTime Advance(SeededRandom random)
    {
        var ticks = averageStep.Ticks / 100 * random.Between(20, 180);
        nowUtc = nowUtc.AddTicks(Math.Max(ticks, TimeSpan.TicksPerMinute));
        nowUtc = new DateTime(nowUtc.Ticks - (nowUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return nowUtc;
    }

    public static DateTime ToLocal(DateTime utc) => utc + OffsetAt(utc);

    public static TimeSpan OffsetAt(DateTime utc)
    {
        var start = LastSundayAtOneUtc(utc.Year, 3);
        var end = LastSundayAtOneUtc(utc.Year, 10);
        return utc >= start && utc < end ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
    }

    /// <summary>The WXR database form, <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    public static string Database(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The RSS form of a UTC time, <c>Thu, 02 Jan 2020 09:00:00 +0000</c>.</summary>
    public static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);

    private static DateTime LastSundayAtOneUtc(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
