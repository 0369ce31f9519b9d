using System.Globalization;

namespace Migrator.Jekyll.Import;

/// <summary>Jekyll's <c>Drops::UrlDrop</c>: the values of the permalink placeholders of a post or collection document.</summary>
internal static class JekyllPlaceholders
{
    private static readonly string[] ShortDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] LongDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] ShortMonths = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] LongMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <param name="file">The post or document.</param>
    /// <param name="slug">Jekyll's <c>data["slug"]</c>: front matter <c>slug</c>, else the file name's slug.</param>
    /// <param name="date">The date in the site zone; null gives empty date placeholders.</param>
    /// <param name="categories">Its categories (path ones first).</param>
    /// <param name="extension">The source extension (<c>.md</c>).</param>
    public static Dictionary<string, string?> ForDocument(
        JekyllSourceFile file, string slug, DateTimeOffset? date, IReadOnlyList<string> categories, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension(file.FullPath);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["collection"] = file.Collection,
            ["path"] = CleanedRelativePath(file, extension),
            ["name"] = JekyllSlug.Default(baseName),
            ["title"] = JekyllSlug.Pretty(slug, cased: true),
            ["slug"] = JekyllSlug.Default(slug),
            ["categories"] = string.Join('/', categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
            ["slugified_categories"] = string.Join('/', categories.Select(c => JekyllSlug.Default(c)).Distinct(StringComparer.Ordinal)),
            ["output_ext"] = file.Site.OutputExtension(extension),
        };
        foreach (var (key, value) in DateParts(date))
            values[key] = value;
        return values;
    }

    private static IEnumerable<KeyValuePair<string, string?>> DateParts(DateTimeOffset? date)
    {
        string? F(Func<DateTimeOffset, string> f) => date is { } d ? f(d) : null;
        static string I(int n, string format = "D") => n.ToString(format, CultureInfo.InvariantCulture);
        yield return new("year", F(d => I(d.Year, "D4")));
        yield return new("month", F(d => I(d.Month, "D2")));
        yield return new("day", F(d => I(d.Day, "D2")));
        yield return new("hour", F(d => I(d.Hour, "D2")));
        yield return new("minute", F(d => I(d.Minute, "D2")));
        yield return new("second", F(d => I(d.Second, "D2")));
        yield return new("i_day", F(d => I(d.Day)));
        yield return new("i_month", F(d => I(d.Month)));
        yield return new("short_month", F(d => ShortMonths[d.Month - 1]));
        yield return new("long_month", F(d => LongMonths[d.Month - 1]));
        yield return new("short_year", F(d => I(d.Year % 100, "D2")));
        yield return new("w_year", F(d => I(ISOWeek.GetYear(d.DateTime))));
        yield return new("week", F(d => I(ISOWeek.GetWeekOfYear(d.DateTime), "D2")));
        yield return new("w_day", F(d => I(d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek)));
        yield return new("short_day", F(d => ShortDays[(int)d.DayOfWeek]));
        yield return new("long_day", F(d => LongDays[(int)d.DayOfWeek]));
        yield return new("y_day", F(d => I(d.DayOfYear, "D3")));
    }

    // Document#cleaned_relative_path: the relative path without extension, the collection folder taken out, trailing dots removed.
    private static string CleanedRelativePath(JekyllSourceFile file, string extension)
    {
        var relative = file.RelativePath;
        if (extension.Length > 0 && relative.EndsWith(extension, StringComparison.Ordinal))
            relative = relative[..^extension.Length];
        var folder = "_" + file.Collection;
        var at = relative.IndexOf(folder, StringComparison.Ordinal);
        if (at >= 0)
            relative = relative.Remove(at, folder.Length);
        return relative.TrimEnd('.');
    }
}
