using System.Globalization;
using System.Text.RegularExpressions;
using Migrator.Core.FrontMatter;

namespace Migrator.Jekyll.Import;

/// <summary>How a date value was understood.</summary>
internal enum DateReading
{
    /// <summary>A valid date.</summary>
    Valid,
    /// <summary>Valid after Ruby rolled an overflowing day over (2020-02-30 → 2020-03-01).</summary>
    RolledOver,
    /// <summary>An unquoted YAML timestamp with a time and no offset: Psych reads it as UTC.</summary>
    UnquotedUtc,
    /// <summary>No value (<c>date:</c> left empty).</summary>
    Empty,
    /// <summary>Not a date Jekyll accepts (its build fails).</summary>
    Invalid,
}

internal readonly record struct DateResult(DateReading Reading, DateTimeOffset? Date)
{
    public bool HasDate => Date is not null;
}

/// <summary>
/// Dates exactly as Jekyll reads them (docs/jekyll.md#dates): Psych (YAML 1.1) turns unquoted timestamps
/// into times (UTC when they carry no offset) and valid unquoted dates into dates; everything else reaches Ruby's
/// <c>Time.parse</c> as a string, which reads it in the site zone unless it names an offset, and rolls an overflowing
/// day over. Jekyll then shows every date in the site zone.
/// </summary>
internal static partial class JekyllDates
{
    /// <summary>Reads a front matter value (as <see cref="FrontMatterReader"/> gives it) in <paramref name="zone"/>.</summary>
    public static DateResult Read(object? value, TimeZoneInfo zone) => value switch
    {
        null => new DateResult(DateReading.Empty, null),
        YamlTimestamp t => ReadUnquoted(t.Text.Trim(), zone),
        string s when s.Trim().Length == 0 => new DateResult(DateReading.Empty, null),
        string s => ParseLikeRuby(s.Trim(), zone),
        _ => new DateResult(DateReading.Invalid, null),
    };

    /// <summary>The date part of a post file name (<c>2021-9-1</c>): local midnight in the site zone.</summary>
    public static DateResult FromFileName(string datePart, TimeZoneInfo zone) => ParseLikeRuby(datePart, zone);

    /// <summary>A moment shown in the site zone.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    private static DateResult ReadUnquoted(string text, TimeZoneInfo zone)
    {
        var m = PsychTime().Match(text);
        if (!m.Success)
            return ParseLikeRuby(text, zone);   // Psych leaves it a string (slash dates, no seconds, bad dates).
        var year = Int(m.Groups["y"]);
        var month = Int(m.Groups["mo"]);
        var day = Int(m.Groups["d"]);
        var hour = Int(m.Groups["h"]);
        var minute = Int(m.Groups["mi"]);
        var second = Int(m.Groups["s"]);
        // Ruby Time.utc accepts days up to 31 and rolls them over; anything else out of range makes Psych keep the
        // string, which Time.parse then rejects.
        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute > 0 || second > 0)))
            return ParseLikeRuby(text, zone);
        var rolled = day > DateTime.DaysInMonth(year, month);
        var clock = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified)
            .AddDays(day - 1).AddHours(hour).AddMinutes(minute).AddSeconds(second);
        var zoneText = m.Groups["z"].Value;
        if (zoneText.Length == 0)
        {
            var utc = new DateTimeOffset(clock, TimeSpan.Zero);
            return new DateResult(rolled ? DateReading.RolledOver : DateReading.UnquotedUtc, InZone(utc, zone));
        }
        var instant = new DateTimeOffset(clock, ParseOffset(zoneText));
        return new DateResult(rolled ? DateReading.RolledOver : DateReading.Valid, InZone(instant, zone));
    }

    /// <summary>The forms of Ruby's <c>Time.parse</c> that posts use: numeric dates with <c>-</c> or <c>/</c>, optional time, optional zone.</summary>
    private static DateResult ParseLikeRuby(string text, TimeZoneInfo zone)
    {
        var m = RubyNumeric().Match(text);
        if (!m.Success)
            return ParseOtherForms(text, zone);
        var year = Int(m.Groups["y"]);
        if (m.Groups["y"].Value.Length <= 2)
            year += year >= 69 ? 1900 : 2000;
        var month = Int(m.Groups["mo"]);
        var day = Int(m.Groups["d"]);
        var hour = m.Groups["h"].Success ? Int(m.Groups["h"]) : 0;
        var minute = m.Groups["mi"].Success ? Int(m.Groups["mi"]) : 0;
        var second = m.Groups["s"].Success ? Int(m.Groups["s"]) : 0;
        if (year < 1 || month is < 1 or > 12 || day is < 1 or > 31 || hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute > 0 || second > 0)))
            return new DateResult(DateReading.Invalid, null);
        var rolled = day > DateTime.DaysInMonth(year, month);
        var clock = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified)
            .AddDays(day - 1).AddHours(hour).AddMinutes(minute).AddSeconds(second);
        if (m.Groups["f"].Success)
            clock = clock.AddTicks(FractionTicks(m.Groups["f"].Value));
        var reading = rolled ? DateReading.RolledOver : DateReading.Valid;
        var zoneText = m.Groups["z"].Value;
        if (zoneText.Length == 0)
            return new DateResult(reading, Local(clock, zone));
        return new DateResult(reading, InZone(new DateTimeOffset(clock, ParseOffset(zoneText)), zone));
    }

    // Other textual forms Time.parse accepts ("Sun, 02 Aug 2009 02:42:00 +0000", "Aug 2 2009"): read with the invariant
    // culture; without a zone the clock time is local in the site zone.
    private static DateResult ParseOtherForms(string text, TimeZoneInfo zone)
    {
        if (!text.Any(char.IsAsciiDigit) ||
            !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return new DateResult(DateReading.Invalid, null);
        if (parsed.Kind == DateTimeKind.Unspecified)
            return new DateResult(DateReading.Valid, Local(parsed, zone));
        var instant = new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
        return new DateResult(DateReading.Valid, InZone(instant, zone));
    }

    /// <summary>A wall-clock time in <paramref name="zone"/>; a time skipped by a DST change moves forward, as Ruby's mktime does.</summary>
    public static DateTimeOffset Local(DateTime clock, TimeZoneInfo zone)
    {
        clock = DateTime.SpecifyKind(clock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(clock))
            clock = clock.AddHours(1);
        var offset = zone.IsAmbiguousTime(clock) ? zone.GetAmbiguousTimeOffsets(clock).Max() : zone.GetUtcOffset(clock);
        return new DateTimeOffset(clock, offset);
    }

    private static TimeSpan ParseOffset(string zone)
    {
        zone = zone.Trim();
        if (zone.Length == 0 || zone.Equals("Z", StringComparison.OrdinalIgnoreCase) ||
            zone.Equals("UTC", StringComparison.OrdinalIgnoreCase) || zone.Equals("GMT", StringComparison.OrdinalIgnoreCase))
            return TimeSpan.Zero;
        var sign = zone[0] == '-' ? -1 : 1;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        int hours, minutes = 0;
        if (digits.Length <= 2)
            hours = int.Parse(digits, CultureInfo.InvariantCulture);
        else
        {
            hours = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            minutes = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static long FractionTicks(string digits)
    {
        var seven = (digits + "0000000")[..7];
        return long.Parse(seven, CultureInfo.InvariantCulture);
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    // Psych's TIME pattern (seconds required); the fraction is dropped because Jekyll re-parses Time#to_s.
    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[Tt]|\s+)(?<h>\d{1,2}):(?<mi>\d\d):(?<s>\d\d)(?:\.\d*)?(?:\s*(?<z>Z|[-+]\d{1,2}:?(?:\d\d)?))?$")]
    private static partial Regex PsychTime();

    [GeneratedRegex(@"^(?<y>\d{2,4})[-/](?<mo>\d{1,2})[-/](?<d>\d{1,2})(?:(?:[Tt]|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.(?<f>\d+))?)?)?\s*(?<z>Z|UTC|GMT|[-+]\d{1,2}(?::?\d{2})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RubyNumeric();
}
