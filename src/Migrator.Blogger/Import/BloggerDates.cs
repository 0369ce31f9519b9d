using System.Globalization;

namespace Migrator.Blogger.Import;

/// <summary>Atom dates (RFC 3339), with the offset the export wrote kept.</summary>
internal static class BloggerDates
{
    public static DateTimeOffset? Parse(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
