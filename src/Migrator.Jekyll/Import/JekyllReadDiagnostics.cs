using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Import;

/// <summary>Diagnostics of the Jekyll importer (codes <c>JKL…</c>). Each code is made here and nowhere else.</summary>
public static class JekyllReadDiagnostics
{
    // Site and configuration: JKL001-JKL009.

    public static DiagnosticKind JKL001 { get; } = new("JKL001", Severity.Info,
        "The Jekyll site has no _config.yml",
        "The site folder has no _config.yml, so Jekyll's defaults were used: date-based addresses, no site "
        + "address and no time zone. If the site was built with settings from elsewhere, add them to _config.yml "
        + "and convert again.");
    public static Diagnostic ConfigMissing(string folder) => new(
        JKL001,
        $"no _config.yml in '{folder}'; Jekyll's defaults are used (permalink 'date', no url, no time zone).",
        new SourceRef(folder, 0));

    public static DiagnosticKind JKL002 { get; } = new("JKL002", Severity.Warning,
        "_config.yml could not be read",
        "The site's configuration file has a mistake in its YAML (often a value that needs quotes), so Jekyll's "
        + "defaults were used instead of its settings. Addresses and dates may differ from the old site. Fix the "
        + "line the message names and convert again.");
    public static Diagnostic ConfigUnreadable(SourceRef where, string error) => new(
        JKL002,
        $"the configuration could not be read ({error}); Jekyll's defaults are used. Fix the YAML on that line (quote the value) and convert again.",
        where);

    public static DiagnosticKind JKL003 { get; } = new("JKL003", Severity.Warning,
        "A setting appears twice in _config.yml",
        "The configuration gives the same setting more than once. The last value was used, as Jekyll does. Remove "
        + "the earlier one so nobody is misled.");
    public static Diagnostic ConfigDuplicateKey(SourceRef where, string key) => new(
        JKL003,
        $"the key '{key}' is given more than once; the last value is used, as Jekyll does. Remove the earlier one.",
        where);

    public static DiagnosticKind JKL004 { get; } = new("JKL004", Severity.Info,
        "The Jekyll site sets no time zone",
        "The site's _config.yml has no 'timezone:'. Jekyll then uses the time zone of the machine that builds the "
        + "site, so dates were read as UTC, as on most build servers. If the site was built elsewhere, set "
        + "'timezone:' in _config.yml and convert again.");
    public static Diagnostic TimeZoneMissing(string folder) => new(
        JKL004,
        "the site sets no 'timezone:'; Jekyll then uses the build machine's zone, and builds on CI run in UTC, so dates are read as UTC. Set 'timezone:' in _config.yml if the site was built elsewhere.",
        new SourceRef(folder, 0));

    public static DiagnosticKind JKL005 { get; } = new("JKL005", Severity.Warning,
        "The time zone is not known",
        "The site's time zone name is not one this machine knows, so dates were read as UTC. Use a standard name "
        + "like 'Europe/Paris' and convert again.");
    public static Diagnostic TimeZoneUnknown(SourceRef where, string zone) => new(
        JKL005,
        $"the time zone '{zone}' is not a known IANA zone on this machine; dates are read as UTC. Use a name like 'Europe/Paris'.",
        where);

    public static DiagnosticKind JKL006 { get; } = new("JKL006", Severity.Info,
        "A collection's documents have no pages",
        "The document belongs to a Jekyll collection without 'output: true', so Jekyll makes no page for it (it "
        + "is only data for the theme). It was not converted and stays in the source. Nothing needs doing unless "
        + "you expected a page.");
    public static Diagnostic CollectionNotWritten(SourceRef where, string label) => new(
        JKL006,
        $"the collection '{label}' has no 'output: true', so Jekyll writes no page for this document; it is not converted (it stays in the source).",
        where);

    public static DiagnosticKind JKL007 { get; } = new("JKL007", Severity.Warning,
        "Two sites given together have different settings",
        "The Jekyll sites given as inputs disagree on a setting (such as the time zone or permalinks). Each "
        + "site's items were read with its own settings, and the first site's settings describe the converted site. "
        + "Convert them separately if they are different sites.");
    public static Diagnostic InputsDisagree(string input, string key) => new(
        JKL007,
        $"the input '{input}' has another '{key}' than the first site; each input's items use their own configuration, the site header is the first one's.",
        new SourceRef(input, 0));

    public static DiagnosticKind JKL008 { get; } = new("JKL008", Severity.Warning,
        "A symbolic link in the site was not followed",
        "A file or folder of the Jekyll site (a post, page, folder, _posts or _drafts, a collection or _config.yml) is "
        + "a symbolic link. Links are never followed, so nothing outside the site is read and link loops cannot happen; "
        + "this one was skipped. Replace the link by the real file or folder if it belongs to the site.");

    public static Diagnostic LinkNotFollowed(string link, string? target) => new(
        JKL008,
        $"'{link}' is a symbolic link (to '{target}'); links are not followed, so only files inside the site are read and this one was skipped. Replace the link by the file or folder itself if it belongs to the site.",
        new SourceRef(link, 0));

    // Files that are not items: JKL010-JKL019.

    public static DiagnosticKind JKL010 { get; } = new("JKL010", Severity.Warning,
        "A file in _posts has no date in its name",
        "Jekyll only reads posts named YEAR-MONTH-DAY-title (like 2020-01-31-hello.md) and silently ignores this "
        + "one, so it was not converted. Rename it if it should be a post.");
    public static Diagnostic NameHasNoDate(SourceRef where) => new(
        JKL010,
        "not read by Jekyll: the name has no date (posts are named YEAR-MONTH-DAY-slug.ext), so Jekyll silently ignores it. Rename it if it should be a post.",
        where);

    public static DiagnosticKind JKL011 { get; } = new("JKL011", Severity.Error,
        "A file is not valid UTF-8",
        "The file is not saved as UTF-8 text, so Jekyll skips it without a word, and it was not converted. Save "
        + "it as UTF-8 and convert again.");
    public static Diagnostic NotUtf8(SourceRef where) => new(
        JKL011,
        "the file is not valid UTF-8; Jekyll skips it silently. Convert it to UTF-8 and convert again.",
        where);

    public static DiagnosticKind JKL012 { get; } = new("JKL012", Severity.Error,
        "A file's front matter could not be read",
        "The settings block at the top of the file (between the '---' lines) has a YAML mistake, often a value "
        + "that needs quotes. Jekyll publishes such a file without its settings at an unexpected address; it was "
        + "not converted. Fix the line the message names and convert again.");
    public static Diagnostic FrontMatterUnreadable(SourceRef where, string error) => new(
        JKL012,
        $"the front matter cannot be read: {error}. Jekyll publishes such a file without its front matter at a build-date URL; fix the YAML (quote the value) and convert again.",
        where);

    public static DiagnosticKind JKL013 { get; } = new("JKL013", Severity.Error,
        "A file could not be read",
        "The system refused to read the file (the message gives its reason, such as a missing permission), so it "
        + "was not converted. Fix that and convert again.");
    public static Diagnostic FileUnreadable(SourceRef where, string error) => new(
        JKL013,
        $"the file could not be read: {error}",
        where);

    public static DiagnosticKind JKL014 { get; } = new("JKL014", Severity.Info,
        "A post has no front matter",
        "The post has no settings block at the top. Jekyll 4 still publishes it, with the date and title taken "
        + "from its file name, and so does the conversion. Nothing needs doing.");
    public static Diagnostic NoFrontMatter(SourceRef where) => new(
        JKL014,
        "the post has no front matter; Jekyll 4 still publishes it, with the date and title from its name.",
        where);

    // Dates: JKL020-JKL029.

    public static DiagnosticKind JKL020 { get; } = new("JKL020", Severity.Warning,
        "A date could not be read",
        "The post's 'date:' is not a valid date, which makes a Jekyll build fail. The date was taken from the "
        + "place the message names (usually the file name). Fix the 'date:' line if that is wrong.");
    public static Diagnostic DateInvalid(SourceRef where, string value, string fallback) => new(
        JKL020,
        $"the date '{value}' is not a valid date (a Jekyll build fails on it); the date was taken from {fallback}. Fix the 'date:' line.",
        where);

    public static DiagnosticKind JKL021 { get; } = new("JKL021", Severity.Warning,
        "A date had a day the month does not have",
        "The post's date names a day the month does not have (like 31 April). It was moved on to the next valid "
        + "day, as Jekyll does. Fix the date if that is not what you meant.");
    public static Diagnostic DateRolledOver(SourceRef where, string value, DateTimeOffset result) => new(
        JKL021,
        $"the date '{value}' has a day the month does not have; it was rolled over to {result:yyyy-MM-dd} as Ruby (and so Jekyll) does.",
        where);

    public static DiagnosticKind JKL022 { get; } = new("JKL022", Severity.Warning,
        "A post's date is empty",
        "The post has an empty 'date:', which some import tools write for drafts and which makes a Jekyll build "
        + "fail. The date was taken from the place the message names (usually the file name). Nothing needs doing "
        + "unless that date is wrong.");
    public static Diagnostic DateEmpty(SourceRef where, string fallback) => new(
        JKL022,
        $"'date:' is empty (jekyll-import writes this for drafts, and a Jekyll build fails on it); the date was taken from {fallback}.",
        where);

    public static DiagnosticKind JKL023 { get; } = new("JKL023", Severity.Info,
        "A draft's date is its file time",
        "The draft has no date, so the time the file was last changed was used, as Jekyll does. That date may not "
        + "mean much. Give the draft a date if it matters.");
    public static Diagnostic DateFromFileTime(SourceRef where, DateTimeOffset date) => new(
        JKL023,
        $"the draft has no date; the file's modification time {date:yyyy-MM-dd HH:mm:ss zzz} is used, as Jekyll does.",
        where);

    public static DiagnosticKind JKL024 { get; } = new("JKL024", Severity.Info,
        "A date without a time zone was read as UTC",
        "The date has no time zone offset and is not quoted, so Jekyll reads it as UTC, not in the site's time "
        + "zone, and the conversion does the same. The post may show an hour or day off from what you meant. Add an "
        + "offset (like +02:00) to say what was meant.");
    public static Diagnostic DateUnquotedUtc(SourceRef where, string value, DateTimeOffset result) => new(
        JKL024,
        $"the unquoted date '{value}' has no offset, so Jekyll reads it as UTC: {result:yyyy-MM-dd HH:mm:ss zzz} in the site zone. Write an explicit offset to say what was meant.",
        where);

    public static DiagnosticKind JKL025 { get; } = new("JKL025", Severity.Info,
        "A post is dated in the future",
        "The post is dated in the future, so Jekyll does not publish it until then (unless 'future: true' is "
        + "set). It was read as a scheduled post. Nothing needs doing unless the date is a mistake.");
    public static Diagnostic FutureDate(SourceRef where, DateTimeOffset date) => new(
        JKL025,
        $"the date {date:yyyy-MM-dd HH:mm:ss zzz} is in the future; Jekyll does not publish it unless 'future: true'. Status set to future.",
        where);

    public static DiagnosticKind JKL026 { get; } = new("JKL026", Severity.Info,
        "A date's offset may be the import tool's",
        "The date was written by jekyll-import with the time zone of the machine that ran it, which may not be "
        + "the blog's. The day in the post's address can then be wrong. Compare it with the old address and fix the "
        + "date if needed.");
    public static Diagnostic ImporterOffset(SourceRef where, string value) => new(
        JKL026,
        $"the date '{value}' was written by jekyll-import with the offset of the machine that ran it, which may not be the blog's; check it against the old permalink.",
        where);

    // Slugs, terms and URLs: JKL030-JKL039.

    public static DiagnosticKind JKL030 { get; } = new("JKL030", Severity.Warning,
        "A post's slug is empty",
        "The post's slug (the name part of its address) comes out empty, so its address has no name. Jekyll warns "
        + "about this too. Set 'slug:' in the post or rename the file.");
    public static Diagnostic SlugEmpty(SourceRef where) => new(
        JKL030,
        "the slug is empty (Jekyll warns 'Empty slug generated'); the URL has no name part. Set 'slug:' or rename the file.",
        where);

    public static DiagnosticKind JKL031 { get; } = new("JKL031", Severity.Info,
        "A slug is %-encoded",
        "The slug contains %-encoded characters (like %C3%A9). Jekyll keeps them as text in the address, and the "
        + "slug was read as the characters they stand for. Check the new address; a redirect from the old one is "
        + "written if it differs.");
    public static Diagnostic SlugPercentEncoded(SourceRef where, string raw, string decoded) => new(
        JKL031,
        $"the slug '{raw}' is percent-encoded; Jekyll's URL keeps the encoding as text, the slug is read as '{decoded}'.",
        where);

    public static DiagnosticKind JKL032 { get; } = new("JKL032", Severity.Warning,
        "A permalink has an unknown placeholder",
        "The permalink pattern uses a ':name' Jekyll does not know, so a Jekyll build fails on it. It was kept as "
        + "text in the address. Fix the pattern in _config.yml or the post.");
    public static Diagnostic PermalinkUnknownPlaceholder(SourceRef where, string template, string placeholder) => new(
        JKL032,
        $"the permalink '{template}' uses ':{placeholder}', which Jekyll does not know (a build fails on it); it was kept as text in the URL.",
        where);

    public static DiagnosticKind JKL033 { get; } = new("JKL033", Severity.Warning,
        "Both 'tag:' and 'tags:' are set",
        "The post sets both 'tag:' and 'tags:', and Jekyll uses only 'tag:'. So did the conversion; the 'tags:' "
        + "value was kept as an extra field. Merge the two into 'tags:' if you meant both.");
    public static Diagnostic TagHidesTags(SourceRef where) => new(
        JKL033,
        "both 'tag:' and 'tags:' are set; Jekyll uses only 'tag:'. The 'tags:' value is kept as an extra field.",
        where);

    public static DiagnosticKind JKL034 { get; } = new("JKL034", Severity.Info,
        "An unpublished post was read as a draft",
        "The post has 'published: false', so Jekyll does not publish it. It was read as a draft, and the target "
        + "keeps it unpublished. Nothing needs doing unless it should be published.");
    public static Diagnostic UnpublishedStatus(SourceRef where, string status) => new(
        JKL034,
        $"'published: false' with status '{status}': Jekyll does not publish it; read as a draft.",
        where);

    // Liquid: JKL040-JKL049.

    public static DiagnosticKind JKL040 { get; } = new("JKL040", Severity.Warning,
        "Liquid template code was kept as it is",
        "The post contains Liquid code ({{ }} or {% %}) that only Jekyll runs. It was kept as written, so "
        + "other formats show it as text. Replace it by hand where it matters.");
    public static Diagnostic LiquidKept(SourceRef where, string tag) => new(
        JKL040,
        $"the Liquid markup '{tag}' was kept verbatim; other formats show it as text. Replace it by hand where needed.",
        where);

    public static DiagnosticKind JKL041 { get; } = new("JKL041", Severity.Warning,
        "A Liquid link names a missing item",
        "A {% link %} or {% post_url %} tag names a file that is not in the site, which makes a Jekyll build "
        + "fail. It was kept as written. Fix the name, or replace the tag with an ordinary link.");
    public static Diagnostic LiquidLinkNotFound(SourceRef where, string tag) => new(
        JKL041,
        $"'{tag}' names no item of the site (a Jekyll build fails on it); it was kept verbatim.",
        where);

    public static DiagnosticKind JKL042 { get; } = new("JKL042", Severity.Warning,
        "A Liquid block is never closed",
        "A Liquid block such as {% raw %} or {% highlight %} has no closing tag, which makes a Jekyll build fail. "
        + "It was kept as written. Add the closing tag.");
    public static Diagnostic LiquidBlockUnclosed(SourceRef where, string tag) => new(
        JKL042,
        $"'{tag}' is never closed (a Jekyll build fails on it); it was kept verbatim.",
        where);

    public static DiagnosticKind JKL044 { get; } = new("JKL044", Severity.Info,
        "A Liquid comment was left out",
        "A {% comment %} block shows nothing on the Jekyll site, so it was left out of the converted post. Its "
        + "text stays in the source file. Nothing needs doing.");
    public static Diagnostic LiquidCommentDropped(SourceRef where) => new(
        JKL044,
        "a '{% comment %}' block was left out, as Jekyll shows nothing of it; its text stays only in the source file.",
        where);

    public static DiagnosticKind JKL045 { get; } = new("JKL045", Severity.Warning,
        "A front matter setting appears twice",
        "The post's settings block gives the same key more than once. The last value was used, as Jekyll does. "
        + "Remove the earlier one.");
    public static Diagnostic FrontMatterDuplicateKey(SourceRef where, string key) => new(
        JKL045,
        $"the front matter gives '{key}' more than once; the last value is used, as Jekyll does. Remove the earlier one.",
        where);

    public static DiagnosticKind JKL046 { get; } = new("JKL046", Severity.Info,
        "kramdown attribute lists were removed",
        "The post uses kramdown's {: .class } or {:toc} marks, which other Markdown tools show as text, so they "
        + "were removed. Classes, ids and tables of contents they made are not carried over. Add them back by hand "
        + "if they matter.");
    public static Diagnostic KramdownAttributesRemoved(SourceRef where, int count) => new(
        JKL046,
        $"{count} kramdown attribute list(s) ({{: .class}}, {{:toc}}) removed: they are kramdown syntax, which other Markdown readers show as text; classes and ids they gave are not carried over.",
        where);

    public static DiagnosticKind JKL047 { get; } = new("JKL047", Severity.Warning,
        "A post's comments file was not found",
        "The post names a comments data file (comments_key) that is missing or cannot be read, so its comments "
        + "were not carried over. Check the _data/comments folder.");
    public static Diagnostic CommentsDataMissing(SourceRef where, string key) => new(
        JKL047,
        $"comments_key '{key}' names no readable _data/comments file; the post's kept comments are not carried over.",
        where);

    public static DiagnosticKind JKL043 { get; } = new("JKL043", Severity.Info,
        "A body in another markup was kept as it is",
        "The body is written in a markup (like Textile) that Migrator does not convert, so it was kept as it is. "
        + "Other formats may show it as plain text. Convert it by hand, or keep a plugin for it.");
    public static Diagnostic BodyFormatOther(SourceRef where, string extension) => new(
        JKL043,
        $"the body is '{extension}', which is kept as is; it is not converted to HTML or Markdown.",
        where);
}
