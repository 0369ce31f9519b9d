using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Export;

/// <summary>Diagnostics of the Jekyll exporter (codes <c>JKW…</c>).</summary>
public static class JekyllWriteDiagnostics
{
    public static Diagnostic Scheduled(SourceRef? where, DateTimeOffset date, string path) => new(
        "JKW001", Severity.Info,
        $"scheduled post dated {FormatDate(date)}: written to {path}; Jekyll publishes it at the first build after that date, as WordPress would (future: false).",
        where);

    public static Diagnostic WrittenAsDraft(SourceRef? where, string reason, string path) => new(
        "JKW002", Severity.Info,
        $"{reason}: written to {path} and not published; build with --drafts (posts) or --unpublished (pages) to see it.",
        where);

    public static Diagnostic ProtectedNotPublished(SourceRef? where, string path) => new(
        "JKW003", Severity.Warning,
        $"password-protected: written to {path} with published: false (the password was not copied). Remove that line to publish it openly, or delete the file.",
        where);

    public static Diagnostic InternalMetaDropped(SourceRef? where, IEnumerable<string> keys) => new(
        "JKW004", Severity.Info,
        $"WordPress-internal meta that means nothing on a static site was not written: {string.Join(", ", keys)}.",
        where);

    public static Diagnostic CommentsNotPublished(SourceRef? where, int count) => new(
        "JKW005", Severity.Info,
        $"{count} comment(s) not written because the old site did not show them (unapproved, spam, trash or editorial notes).",
        where);

    public static Diagnostic LiquidDisabled(SourceRef? where) => new(
        "JKW006", Severity.Info,
        "the body contains '{{' or '{%', which Jekyll would run as Liquid; wrote render_with_liquid: false so it shows as written.",
        where);

    public static Diagnostic BodyKeptAsIs(SourceRef? where, string extension) => new(
        "JKW007", Severity.Warning,
        $"the body is in a format Jekyll does not convert by itself; kept as is in a '{extension}' file. Add a converter plugin or convert it by hand.",
        where);

    public static Diagnostic BodyNotNormalised(SourceRef? where) => new(
        "JKW008", Severity.Warning,
        "the body is still WordPress stored content (wpautop and shortcodes not applied); written as HTML. Run the normalisation before exporting.",
        where);

    public static Diagnostic PathSuffixed(SourceRef? where, string path, string firstItem, string written) => new(
        "JKW009", Severity.Warning,
        $"the output path '{path}' was already written for {firstItem}; this item was written as '{written}'. Check both, and give one of them another slug.",
        where);

    public static Diagnostic NoDate(SourceRef? where, string path) => new(
        "JKW010", Severity.Warning,
        $"the item has no date, which a file in _posts needs; written to {path} as a draft without a date (Jekyll uses the file time). Add a date: line to publish it.",
        where);

    public static Diagnostic ExtraKeyRenamed(SourceRef? where, string key, string renamed) => new(
        "JKW011", Severity.Warning,
        $"the source front matter key '{key}' is also a key this exporter writes; the source value was kept as '{renamed}'.",
        where);

    public static Diagnostic PermalinkGenerated(SourceRef? where, string permalink) => new(
        "JKW012", Severity.Info,
        $"the old URL has no usable path (none, or a ?p= query link); the new permalink is {permalink}. Redirect the old URL at the server if it was public.",
        where);

    public static Diagnostic MoreTagNormalised(SourceRef? where, string original) => new(
        "JKW013", Severity.Info,
        $"'{original}' was written as '<!--more-->' so that Jekyll's excerpt_separator finds it (its custom link text is not used).",
        where);

    public static Diagnostic TimeZoneChosen(string zone, string offset, int count, int total) => new(
        "JKW014", Severity.Info,
        $"_config.yml timezone: {zone}, from the most common offset {offset} ({count} of {total} dated posts); WXR names no time zone. Every date keeps its own offset, so URLs do not depend on it; set your real zone (e.g. Europe/Berlin) to show summer and winter times right.");

    public static Diagnostic TimeZoneNotExpressible(string offset) => new(
        "JKW015", Severity.Warning,
        $"the most common offset {offset} has no fixed time zone name; _config.yml has no timezone, so Jekyll uses the building machine's zone for dates shown on pages. Set timezone: to your IANA zone.");

    public static Diagnostic CollectionRenamed(SourceRef? where, string type, string collection) => new(
        "JKW016", Severity.Warning,
        $"the post type '{type}' cannot be used as a Jekyll collection name as is; written to the collection '{collection}'.",
        where);

    public static Diagnostic SiteConfigKeyKept(string key) => new(
        "JKW018", Severity.Info,
        $"the source configuration key '{key}' is also a key this exporter writes; the exporter's value was used.");

    public static Diagnostic PermalinkShared(SourceRef? where, string permalink, string firstItem) => new(
        "JKW019", Severity.Warning,
        $"the URL {permalink} is also the permalink of {firstItem}; Jekyll will build only one of them. Change one of the two permalinks.",
        where);

    public static Diagnostic EmptyDateFilled(SourceRef? where, DateTimeOffset date) => new(
        "JKW020", Severity.Warning,
        $"the front matter has an empty date:, which makes 'jekyll build' fail; wrote date: {FormatDate(date)}, the date Jekyll takes when there is no date: line (the file name, or for a draft the file's modification time). Correct it if the post was written on another day.",
        where);

    public static Diagnostic CleanupNotApplied(SourceRef? where, string reason, bool partly = false) => new(
        "JKW021", Severity.Warning,
        partly
            ? $"clean-up: {reason}; that part was left as written, the rest was cleaned. Fix it by hand if needed."
            : $"clean-up: the file was copied unchanged because {reason}. Fix it by hand if it needs cleaning.",
        where);

    public static Diagnostic CleanupEmphasisSkipped(SourceRef? where) => new(
        "JKW022", Severity.Info,
        "clean-up: the body is too irregular to scan for broken emphasis in time; its emphasis was left as written.",
        where);

    public static Diagnostic SiteFilesCopied(string root, int count, int linksSkipped) => new(
        "JKW023", Severity.Info,
        $"clean-up: {count} file(s) of {root} that are not posts or pages (configuration, layouts, includes, data, assets, and any item that could not be read) were copied unchanged"
        + (linksSkipped > 0 ? $"; {linksSkipped} symbolic link(s) were not followed: recreate them in the output." : "."));

    public static Diagnostic SiteFileNotCopied(string path, string error) => new(
        "JKW024", Severity.Error,
        $"clean-up: the site file '{path}' could not be copied ({error}); copy it by hand.");

    private static string FormatDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture);
}
