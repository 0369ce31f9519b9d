using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Export;

/// <summary>Diagnostics of the Jekyll exporter (codes <c>JKW…</c>).</summary>
public static class JekyllWriteDiagnostics
{
    public static DiagnosticKind JKW001 { get; } = new("JKW001", Severity.Info,
        "A scheduled post was written for later",
        "The post is dated in the future. It was written as a post that Jekyll publishes at the first build after "
        + "that date, as WordPress would. Rebuild the site after the date to publish it.");
    public static Diagnostic Scheduled(SourceRef? where, DateTimeOffset date, string path) => new(
        JKW001,
        $"scheduled post dated {FormatDate(date)}: written to {path}; Jekyll publishes it at the first build after that date, as WordPress would (future: false).",
        where);

    public static DiagnosticKind JKW002 { get; } = new("JKW002", Severity.Info,
        "An item was written as a draft",
        "The item is not published (a draft, pending, or another reason the message gives). It was written where "
        + "Jekyll does not publish it: build with --drafts (posts) or --unpublished (pages) to see it. Publish it "
        + "by hand when ready.");
    public static Diagnostic WrittenAsDraft(SourceRef? where, string reason, string path) => new(
        JKW002,
        $"{reason}: written to {path} and not published; build with --drafts (posts) or --unpublished (pages) to see it.",
        where);

    public static DiagnosticKind JKW003 { get; } = new("JKW003", Severity.Warning,
        "A password-protected item was not published",
        "Jekyll cannot protect a page with a password, so the item was written with 'published: false', and its "
        + "password was not copied. Remove that line to publish it openly, or delete the file.");
    public static Diagnostic ProtectedNotPublished(SourceRef? where, string path) => new(
        JKW003,
        $"password-protected: written to {path} with published: false (the password was not copied). Remove that line to publish it openly, or delete the file.",
        where);

    public static DiagnosticKind JKW004 { get; } = new("JKW004", Severity.Info,
        "WordPress-only settings were left out",
        "Some of the item's WordPress settings (such as edit locks or layout options) mean nothing on a static "
        + "site, so they were not written. Nothing needs doing.");
    public static Diagnostic InternalMetaDropped(SourceRef? where, IEnumerable<string> keys) => new(
        JKW004,
        $"WordPress-internal meta that means nothing on a static site was not written: {string.Join(", ", keys)}.",
        where);

    public static DiagnosticKind JKW005 { get; } = new("JKW005", Severity.Info,
        "Unpublished comments were left out",
        "Some comments were not shown on the old site (waiting for approval, spam, in the trash, or editors' "
        + "notes), so they were not written. Nothing needs doing.");
    public static Diagnostic CommentsNotPublished(SourceRef? where, int count) => new(
        JKW005,
        $"{count} comment(s) not written because the old site did not show them (unapproved, spam, trash or editorial notes).",
        where);

    public static DiagnosticKind JKW006 { get; } = new("JKW006", Severity.Info,
        "Liquid was turned off for a post",
        "The post's text contains '{{' or '{%', which Jekyll would run as template code. 'render_with_liquid: "
        + "false' was written so it shows as written. Remove that line if you want Jekyll to run it.");
    public static Diagnostic LiquidDisabled(SourceRef? where) => new(
        JKW006,
        "the body contains '{{' or '{%', which Jekyll would run as Liquid; wrote render_with_liquid: false so it shows as written.",
        where);

    public static DiagnosticKind JKW007 { get; } = new("JKW007", Severity.Warning,
        "A body in another markup was kept as it is",
        "The body is in a markup Jekyll does not convert by itself (like Textile), so it was written unchanged "
        + "under its own extension. Add a Jekyll plugin for that markup, or convert it by hand.");
    public static Diagnostic BodyKeptAsIs(SourceRef? where, string extension) => new(
        JKW007,
        $"the body is in a format Jekyll does not convert by itself; kept as is in a '{extension}' file. Add a converter plugin or convert it by hand.",
        where);

    public static DiagnosticKind JKW008 { get; } = new("JKW008", Severity.Warning,
        "A body was written without normalisation",
        "The body is still as WordPress stores it (paragraphs, shortcodes and blocks not turned into HTML), so it "
        + "was written as HTML as it is. Convert without turning the normalisation off.");
    public static Diagnostic BodyNotNormalised(SourceRef? where) => new(
        JKW008,
        "the body is still WordPress stored content (wpautop and shortcodes not applied); written as HTML. Run the normalisation before exporting.",
        where);

    public static DiagnosticKind JKW009 { get; } = new("JKW009", Severity.Warning,
        "A file name was taken; the item got another",
        "An earlier item was already written to this item's file, so this one was written under another name so "
        + "nothing is lost. Both may claim the same address. Give one of them another slug.");
    public static Diagnostic PathSuffixed(SourceRef? where, string path, string firstItem, string written) => new(
        JKW009,
        $"the output path '{path}' was already written for {firstItem}; this item was written as '{written}'. Check both, and give one of them another slug.",
        where);

    public static DiagnosticKind JKW025 { get; } = new("JKW025", Severity.Warning,
        "Two file names differ only in letter case or in how accents are encoded; the item got another",
        "An earlier item's file has the same name but for letter case or the Unicode form of an accented letter "
        + "(About.md and about.md). Windows and macOS treat such names as one file, so one would replace the other when "
        + "the site is copied, cloned or built there; this item was written under another name so nothing is lost. "
        + "Its address is unchanged. Give one of them another slug if you want the names to match the addresses.");
    public static Diagnostic PathDiffersOnlyInCase(SourceRef? where, string path, string firstItem, string written) => new(
        JKW025,
        $"the output path '{path}' differs only in letter case or Unicode normalisation from a file written for {firstItem}; Windows and macOS would make them one file, so this item was written as '{written}'. Give one of them another slug if the names matter.",
        where);

    public static DiagnosticKind JKW010 { get; } = new("JKW010", Severity.Warning,
        "A post without a date was written as a draft",
        "Jekyll posts need a date in their file name, and this item has none, so it was written as a draft "
        + "without a date (Jekyll then uses the file time). Add a 'date:' line to publish it.");
    public static Diagnostic NoDate(SourceRef? where, string path) => new(
        JKW010,
        $"the item has no date, which a file in _posts needs; written to {path} as a draft without a date (Jekyll uses the file time). Add a date: line to publish it.",
        where);

    public static DiagnosticKind JKW011 { get; } = new("JKW011", Severity.Warning,
        "A source setting was kept under another name",
        "The item has a front matter key that this exporter also writes, so the source's value was kept under "
        + "another name, given in the message. Merge them by hand if needed.");
    public static Diagnostic ExtraKeyRenamed(SourceRef? where, string key, string renamed) => new(
        JKW011,
        $"the source front matter key '{key}' is also a key this exporter writes; the source value was kept as '{renamed}'.",
        where);

    public static DiagnosticKind JKW012 { get; } = new("JKW012", Severity.Info,
        "A new address was made for an item",
        "The item's old address has no usable path (it had none, or only a ?p= link), so a new permalink was made "
        + "for it. If the old address was public, redirect it at the web server.");
    public static Diagnostic PermalinkGenerated(SourceRef? where, string permalink) => new(
        JKW012,
        $"the old URL has no usable path (none, or a ?p= query link); the new permalink is {permalink}. Redirect the old URL at the server if it was public.",
        where);

    public static DiagnosticKind JKW013 { get; } = new("JKW013", Severity.Info,
        "A 'more' tag was made plain",
        "The <!--more--> tag had its own link text, which Jekyll's excerpts do not use, so it was written as a "
        + "plain <!--more-->. Nothing needs doing.");
    public static Diagnostic MoreTagNormalised(SourceRef? where, string original) => new(
        JKW013,
        $"'{original}' was written as '<!--more-->' so that Jekyll's excerpt_separator finds it (its custom link text is not used).",
        where);

    public static DiagnosticKind JKW014 { get; } = new("JKW014", Severity.Info,
        "A time zone was chosen for the site",
        "WordPress exports do not name the site's time zone, so the most common offset among the posts was "
        + "written as 'timezone:' in _config.yml. Every date keeps its own offset, so addresses are not affected. "
        + "Set your real zone (like Europe/Berlin) so summer and winter times show right.");
    public static Diagnostic TimeZoneChosen(string zone, string offset, int count, int total) => new(
        JKW014,
        $"_config.yml timezone: {zone}, from the most common offset {offset} ({count} of {total} dated posts); WXR names no time zone. Every date keeps its own offset, so URLs do not depend on it; set your real zone (e.g. Europe/Berlin) to show summer and winter times right.");

    public static DiagnosticKind JKW015 { get; } = new("JKW015", Severity.Warning,
        "No time zone could be chosen for the site",
        "The posts' most common offset has no fixed time zone name, so _config.yml has no 'timezone:', and Jekyll "
        + "shows dates in the building machine's zone. Set 'timezone:' to your zone (like Europe/Berlin).");
    public static Diagnostic TimeZoneNotExpressible(string offset) => new(
        JKW015,
        $"the most common offset {offset} has no fixed time zone name; _config.yml has no timezone, so Jekyll uses the building machine's zone for dates shown on pages. Set timezone: to your IANA zone.");

    public static DiagnosticKind JKW016 { get; } = new("JKW016", Severity.Warning,
        "A post type was renamed as a collection",
        "The item's type cannot be used as a Jekyll collection name as it is, so it was written to the collection "
        + "named in the message. Check your theme's settings for that collection.");
    public static Diagnostic CollectionRenamed(SourceRef? where, string type, string collection) => new(
        JKW016,
        $"the post type '{type}' cannot be used as a Jekyll collection name as is; written to the collection '{collection}'.",
        where);

    public static DiagnosticKind JKW018 { get; } = new("JKW018", Severity.Info,
        "A site setting was replaced by the exporter's",
        "The source site's configuration has a setting that this exporter writes itself, and the exporter's value "
        + "was used. Check the setting in _config.yml.");
    public static Diagnostic SiteConfigKeyKept(string key) => new(
        JKW018,
        $"the source configuration key '{key}' is also a key this exporter writes; the exporter's value was used.");

    public static DiagnosticKind JKW019 { get; } = new("JKW019", Severity.Warning,
        "Two items share an address",
        "This item's address is also the address of another item, and Jekyll will build only one of them. Change "
        + "one of the two permalinks.");
    public static Diagnostic PermalinkShared(SourceRef? where, string permalink, string firstItem) => new(
        JKW019,
        $"the URL {permalink} is also the permalink of {firstItem}; Jekyll will build only one of them. Change one of the two permalinks.",
        where);

    public static DiagnosticKind JKW020 { get; } = new("JKW020", Severity.Warning,
        "An empty date was filled in",
        "The post had an empty 'date:', which makes 'jekyll build' fail. The date Jekyll would take without it "
        + "(from the file name, or a draft's file time) was written. Correct it if the post was written on another "
        + "day.");
    public static Diagnostic EmptyDateFilled(SourceRef? where, DateTimeOffset date) => new(
        JKW020,
        $"the front matter has an empty date:, which makes 'jekyll build' fail; wrote date: {FormatDate(date)}, the date Jekyll takes when there is no date: line (the file name, or for a draft the file's modification time). Correct it if the post was written on another day.",
        where);

    public static DiagnosticKind JKW021 { get; } = new("JKW021", Severity.Warning,
        "A file was not cleaned",
        "The clean-up could not safely change this file, or a part of it (the message gives the reason), so that "
        + "part was left as written. Fix it by hand if it needs cleaning.");
    public static Diagnostic CleanupNotApplied(SourceRef? where, string reason, bool partly = false) => new(
        JKW021,
        partly
            ? $"clean-up: {reason}; that part was left as written, the rest was cleaned. Fix it by hand if needed."
            : $"clean-up: the file was copied unchanged because {reason}. Fix it by hand if it needs cleaning.",
        where);

    public static DiagnosticKind JKW022 { get; } = new("JKW022", Severity.Info,
        "Emphasis was not checked in a post",
        "The post's text is too irregular to be checked for broken emphasis in reasonable time, so its emphasis "
        + "was left as written. Check it by hand if it looks wrong.");
    public static Diagnostic CleanupEmphasisSkipped(SourceRef? where) => new(
        JKW022,
        "clean-up: the body is too irregular to scan for broken emphasis in time; its emphasis was left as written.",
        where);

    public static DiagnosticKind JKW023 { get; } = new("JKW023", Severity.Info,
        "The rest of the site was copied",
        "Configuration, layouts, includes, data, assets and anything that is not a post or page were copied "
        + "unchanged. Symbolic links are not followed; the message says how many there were, so you can make them "
        + "again in the output.");
    public static Diagnostic SiteFilesCopied(string root, int count, int linksSkipped) => new(
        JKW023,
        $"clean-up: {count} file(s) of {root} that are not posts or pages (configuration, layouts, includes, data, assets, and any item that could not be read) were copied unchanged"
        + (linksSkipped > 0 ? $"; {linksSkipped} symbolic link(s) were not followed: recreate them in the output." : "."));

    public static DiagnosticKind JKW024 { get; } = new("JKW024", Severity.Error,
        "A site file could not be copied",
        "One of the site's files could not be copied (the message gives the reason). Copy it by hand.");
    public static Diagnostic SiteFileNotCopied(string path, string error) => new(
        JKW024,
        $"clean-up: the site file '{path}' could not be copied ({error}); copy it by hand.");

    public static DiagnosticKind JKW026 { get; } = new("JKW026", Severity.Info,
        "Octopress or plugin tags were written as what they show",
        "The post uses tags of Octopress or of a plugin ({% codeblock %}, {% img %}, {% gist %}, {% blockquote %}, "
        + "{% pullquote %}, {% include_code %}, {% video %}, {% youtube %}) that Jekyll 4 does not know, so its build "
        + "would stop with 'Unknown tag'. The clean-up wrote each as the Markdown or HTML it shows (a code block, an "
        + "image, an embed, a quote); every other Liquid tag was kept as written.");
    public static Diagnostic PluginTagsRendered(SourceRef? where) => new(
        JKW026,
        "clean-up: Octopress or plugin tags that Jekyll 4 does not know (and would fail on) were written as the Markdown or HTML they show.",
        where);

    private static string FormatDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture);
}
