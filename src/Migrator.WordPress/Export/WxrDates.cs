using System.Globalization;

namespace Migrator.WordPress.Export;

/// <summary>Dates as WXR writes them.</summary>
internal static class WxrDates
{
    /// <summary>What WordPress stores for "no date" (drafts that were never scheduled).</summary>
    public const string Zero = "0000-00-00 00:00:00";

    /// <summary><c>YYYY-MM-DD HH:MM:SS</c> of the local time, without its offset (<c>post_date</c>, <c>comment_date</c>).</summary>
    public static string Local(DateTimeOffset date) =>
        date.DateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>YYYY-MM-DD HH:MM:SS</c> in UTC (<c>post_date_gmt</c>, <c>comment_date_gmt</c>).</summary>
    public static string Gmt(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 in UTC with <c>+0000</c>, as WordPress writes <c>pubDate</c>.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
