using System.Globalization;

namespace Migrator.Hugo;

/// <summary>
/// Dates as Hugo writes and reads them (docs/hugo.md#dates): written as RFC 3339 with an explicit offset; read in the
/// forms Hugo accepts, a value without offset taken in the configured <c>timeZone</c>, else in UTC (not the machine zone).
/// </summary>
internal static class HugoDates
{
    /// <summary>RFC 3339 with the date's own offset: <c>2020-01-02T10:00:00+01:00</c>.</summary>
    public static string Format(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + FormatOffset(date.Offset);

    /// <summary><c>+01:00</c>, <c>-05:30</c>, <c>+00:00</c>.</summary>
    public static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz",
        "yyyy-MM-dd'T'HH:mmzzz",
    ];

    private static readonly string[] WithoutOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
        "d MMM yyyy",
        "d MMMM yyyy",
        "yyyy/MM/dd",
    ];

    /// <summary>
    /// Reads a date value as Hugo does. A value with an offset (<c>Z</c>, <c>-07:00</c>, <c>-0700</c>) keeps it; one without
    /// is wall-clock time in <paramref name="zone"/>, or UTC when <paramref name="zone"/> is null. Null when not a date.
    /// </summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo? zone)
    {
        var value = text.Trim();
        if (value.Length == 0)
            return null;
        var withOffset = NormaliseOffset(value);
        if (withOffset is not null &&
            DateTimeOffset.TryParseExact(withOffset, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            return exact;
        if (DateTime.TryParseExact(value, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return InZone(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return null;
    }

    /// <summary>Wall-clock <paramref name="local"/> in <paramref name="zone"/> (UTC when null).</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo? zone) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone?.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)) ?? TimeSpan.Zero);

    /// <summary>The value with its zone written <c>+hh:mm</c>, or null when it ends in no zone.</summary>
    private static string? NormaliseOffset(string value)
    {
        if (value.EndsWith('Z') || value.EndsWith('z'))
            return value[..^1] + "+00:00";
        // -0700 → -07:00
        if (value.Length > 5 && value[^5] is '+' or '-' && value[^4..].All(char.IsAsciiDigit) && value.Length > 10)
            return value[..^2] + ":" + value[^2..];
        if (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':' && value.Length > 10)
            return value;
        if (value.Length > 3 && value[^3] is '+' or '-' && value[^2..].All(char.IsAsciiDigit) && value.Length > 13 && value[^9] == ':')
            return value + ":00";
        return null;
    }

    /// <summary>Loads an IANA zone (<c>Europe/Berlin</c>, <c>Etc/GMT-1</c>); null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
