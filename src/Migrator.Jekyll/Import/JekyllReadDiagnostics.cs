using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Import;

/// <summary>Diagnostics of the Jekyll importer (codes <c>JKL…</c>). Each code is made here and nowhere else.</summary>
public static class JekyllReadDiagnostics
{
    // Site and configuration: JKL001-JKL009.

    public static Diagnostic ConfigMissing(string folder) => new(
        "JKL001", Severity.Info,
        $"no _config.yml in '{folder}'; Jekyll's defaults are used (permalink 'date', no url, no time zone).",
        new SourceRef(folder, 0));

    public static Diagnostic ConfigUnreadable(SourceRef where, string error) => new(
        "JKL002", Severity.Warning,
        $"the configuration could not be read ({error}); Jekyll's defaults are used. Fix the YAML on that line (quote the value) and convert again.",
        where);

    public static Diagnostic ConfigDuplicateKey(SourceRef where, string key) => new(
        "JKL003", Severity.Warning,
        $"the key '{key}' is given more than once; the last value is used, as Jekyll does. Remove the earlier one.",
        where);

    public static Diagnostic TimeZoneMissing(string folder) => new(
        "JKL004", Severity.Info,
        "the site sets no 'timezone:'; Jekyll then uses the build machine's zone, and builds on CI run in UTC, so dates are read as UTC. Set 'timezone:' in _config.yml if the site was built elsewhere.",
        new SourceRef(folder, 0));

    public static Diagnostic TimeZoneUnknown(SourceRef where, string zone) => new(
        "JKL005", Severity.Warning,
        $"the time zone '{zone}' is not a known IANA zone on this machine; dates are read as UTC. Use a name like 'Europe/Paris'.",
        where);

    public static Diagnostic CollectionNotWritten(SourceRef where, string label) => new(
        "JKL006", Severity.Info,
        $"the collection '{label}' has no 'output: true', so Jekyll writes no page for this document; it is not converted (it stays in the source).",
        where);

    public static Diagnostic InputsDisagree(string input, string key) => new(
        "JKL007", Severity.Warning,
        $"the input '{input}' has another '{key}' than the first site; each input's items use their own configuration, the site header is the first one's.",
        new SourceRef(input, 0));

    public static Diagnostic LinkNotFollowed(string link, string? target) => new(
        "JKL008", Severity.Warning,
        $"'{link}' is a symbolic link (to '{target}'); links are not followed, so only files inside the site are read and this one was skipped. Replace the link by the file or folder itself if it belongs to the site.",
        new SourceRef(link, 0));

    // Files that are not items: JKL010-JKL019.

    public static Diagnostic NameHasNoDate(SourceRef where) => new(
        "JKL010", Severity.Warning,
        "not read by Jekyll: the name has no date (posts are named YEAR-MONTH-DAY-slug.ext), so Jekyll silently ignores it. Rename it if it should be a post.",
        where);

    public static Diagnostic NotUtf8(SourceRef where) => new(
        "JKL011", Severity.Error,
        "the file is not valid UTF-8; Jekyll skips it silently. Convert it to UTF-8 and convert again.",
        where);

    public static Diagnostic FrontMatterUnreadable(SourceRef where, string error) => new(
        "JKL012", Severity.Error,
        $"the front matter cannot be read: {error}. Jekyll publishes such a file without its front matter at a build-date URL; fix the YAML (quote the value) and convert again.",
        where);

    public static Diagnostic FileUnreadable(SourceRef where, string error) => new(
        "JKL013", Severity.Error,
        $"the file could not be read: {error}",
        where);

    public static Diagnostic NoFrontMatter(SourceRef where) => new(
        "JKL014", Severity.Info,
        "the post has no front matter; Jekyll 4 still publishes it, with the date and title from its name.",
        where);

    // Dates: JKL020-JKL029.

    public static Diagnostic DateInvalid(SourceRef where, string value, string fallback) => new(
        "JKL020", Severity.Warning,
        $"the date '{value}' is not a valid date (a Jekyll build fails on it); the date was taken from {fallback}. Fix the 'date:' line.",
        where);

    public static Diagnostic DateRolledOver(SourceRef where, string value, DateTimeOffset result) => new(
        "JKL021", Severity.Warning,
        $"the date '{value}' has a day the month does not have; it was rolled over to {result:yyyy-MM-dd} as Ruby (and so Jekyll) does.",
        where);

    public static Diagnostic DateEmpty(SourceRef where, string fallback) => new(
        "JKL022", Severity.Warning,
        $"'date:' is empty (jekyll-import writes this for drafts, and a Jekyll build fails on it); the date was taken from {fallback}.",
        where);

    public static Diagnostic DateFromFileTime(SourceRef where, DateTimeOffset date) => new(
        "JKL023", Severity.Info,
        $"the draft has no date; the file's modification time {date:yyyy-MM-dd HH:mm:ss zzz} is used, as Jekyll does.",
        where);

    public static Diagnostic DateUnquotedUtc(SourceRef where, string value, DateTimeOffset result) => new(
        "JKL024", Severity.Info,
        $"the unquoted date '{value}' has no offset, so Jekyll reads it as UTC: {result:yyyy-MM-dd HH:mm:ss zzz} in the site zone. Write an explicit offset to say what was meant.",
        where);

    public static Diagnostic FutureDate(SourceRef where, DateTimeOffset date) => new(
        "JKL025", Severity.Info,
        $"the date {date:yyyy-MM-dd HH:mm:ss zzz} is in the future; Jekyll does not publish it unless 'future: true'. Status set to future.",
        where);

    public static Diagnostic ImporterOffset(SourceRef where, string value) => new(
        "JKL026", Severity.Info,
        $"the date '{value}' was written by jekyll-import with the offset of the machine that ran it, which may not be the blog's; check it against the old permalink.",
        where);

    // Slugs, terms and URLs: JKL030-JKL039.

    public static Diagnostic SlugEmpty(SourceRef where) => new(
        "JKL030", Severity.Warning,
        "the slug is empty (Jekyll warns 'Empty slug generated'); the URL has no name part. Set 'slug:' or rename the file.",
        where);

    public static Diagnostic SlugPercentEncoded(SourceRef where, string raw, string decoded) => new(
        "JKL031", Severity.Info,
        $"the slug '{raw}' is percent-encoded; Jekyll's URL keeps the encoding as text, the slug is read as '{decoded}'.",
        where);

    public static Diagnostic PermalinkUnknownPlaceholder(SourceRef where, string template, string placeholder) => new(
        "JKL032", Severity.Warning,
        $"the permalink '{template}' uses ':{placeholder}', which Jekyll does not know (a build fails on it); it was kept as text in the URL.",
        where);

    public static Diagnostic TagHidesTags(SourceRef where) => new(
        "JKL033", Severity.Warning,
        "both 'tag:' and 'tags:' are set; Jekyll uses only 'tag:'. The 'tags:' value is kept as an extra field.",
        where);

    public static Diagnostic UnpublishedStatus(SourceRef where, string status) => new(
        "JKL034", Severity.Info,
        $"'published: false' with status '{status}': Jekyll does not publish it; read as a draft.",
        where);

    // Liquid: JKL040-JKL049.

    public static Diagnostic LiquidKept(SourceRef where, string tag) => new(
        "JKL040", Severity.Warning,
        $"the Liquid markup '{tag}' was kept verbatim; other formats show it as text. Replace it by hand where needed.",
        where);

    public static Diagnostic LiquidLinkNotFound(SourceRef where, string tag) => new(
        "JKL041", Severity.Warning,
        $"'{tag}' names no item of the site (a Jekyll build fails on it); it was kept verbatim.",
        where);

    public static Diagnostic LiquidBlockUnclosed(SourceRef where, string tag) => new(
        "JKL042", Severity.Warning,
        $"'{tag}' is never closed (a Jekyll build fails on it); it was kept verbatim.",
        where);

    public static Diagnostic LiquidCommentDropped(SourceRef where) => new(
        "JKL044", Severity.Info,
        "a '{% comment %}' block was left out, as Jekyll shows nothing of it; its text stays only in the source file.",
        where);

    public static Diagnostic FrontMatterDuplicateKey(SourceRef where, string key) => new(
        "JKL045", Severity.Warning,
        $"the front matter gives '{key}' more than once; the last value is used, as Jekyll does. Remove the earlier one.",
        where);

    public static Diagnostic KramdownAttributesRemoved(SourceRef where, int count) => new(
        "JKL046", Severity.Info,
        $"{count} kramdown attribute list(s) ({{: .class}}, {{:toc}}) removed: they are kramdown syntax, which other Markdown readers show as text; classes and ids they gave are not carried over.",
        where);

    public static Diagnostic CommentsDataMissing(SourceRef where, string key) => new(
        "JKL047", Severity.Warning,
        $"comments_key '{key}' names no readable _data/comments file; the post's kept comments are not carried over.",
        where);

    public static Diagnostic BodyFormatOther(SourceRef where, string extension) => new(
        "JKL043", Severity.Info,
        $"the body is '{extension}', which is kept as is; it is not converted to HTML or Markdown.",
        where);
}
