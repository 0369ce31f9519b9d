using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Hugo;

/// <summary>Diagnostics of Hugo import and export (codes <c>HUG…</c>): import 001–009, export 010 and up.</summary>
public static class HugoDiagnostics
{
    public static DiagnosticKind HUG001 { get; } = new("HUG001", Severity.Error,
        "A content file's front matter could not be read",
        "The settings block at the top of the file (YAML, TOML or JSON) has a mistake, and Hugo fails the build "
        + "on it too, so the file was not converted. Fix the line the message names and convert again.");
    public static Diagnostic FrontMatterUnreadable(SourceRef where, string syntax, int line, string message) => new(
        HUG001,
        $"the {syntax} front matter could not be read (line {line}: {message}); Hugo fails the build on it too. Fix the front matter and convert again.",
        where with { Line = line });

    public static DiagnosticKind HUG002 { get; } = new("HUG002", Severity.Error,
        "The Hugo site configuration could not be read",
        "The site's configuration file has a mistake, so its title, address, time zone and permalinks were not "
        + "used; Hugo's defaults were. Addresses and dates may differ from the old site. Fix the line the message "
        + "names and convert again.");
    public static Diagnostic ConfigUnreadable(string file, int line, string message) => new(
        HUG002,
        $"the site configuration could not be read (line {line}: {message}); site title, base URL, time zone and permalinks were not taken from it.",
        new SourceRef(file, line));

    public static DiagnosticKind HUG003 { get; } = new("HUG003", Severity.Warning,
        "A date could not be read",
        "A date in the front matter is not in a form Hugo accepts, so the post has no such date. Write it like "
        + "2020-01-02T10:00:00+01:00 and convert again.");
    public static Diagnostic DateUnreadable(SourceRef where, string key, string value) => new(
        HUG003,
        $"front matter '{key}' is '{value}', which is not a date Hugo accepts; the post has no {key}. Write it as 2020-01-02T10:00:00+01:00.",
        where);

    public static DiagnosticKind HUG004 { get; } = new("HUG004", Severity.Info,
        "A section page without content was skipped",
        "This _index.md file only gives a section its list page, which Hugo makes by itself, and holds no content "
        + "of its own, so it was not converted. Nothing needs doing.");
    public static Diagnostic SectionPageSkipped(SourceRef where) => new(
        HUG004,
        "this _index.md section page has no content of its own (Hugo generates the list), so it was not imported; the section's pages are.",
        where);

    public static DiagnosticKind HUG008 { get; } = new("HUG008", Severity.Info,
        "The site is in several languages",
        "The Hugo site declares several languages. Each page was read with its language, kept in the page's "
        + "'lang' field, and pages of the other languages keep their language folder in their address. The target "
        + "has no languages of its own: check the language menus and switchers by hand.");
    public static Diagnostic SiteLanguages(string file, string languages, string defaultLanguage) => new(
        HUG008,
        $"the site declares the languages {languages} (default '{defaultLanguage}'); each page keeps its language in 'lang', and pages in another language than '{defaultLanguage}' keep their '/<language>/' address.",
        new SourceRef(file, 0));

    public static DiagnosticKind HUG009 { get; } = new("HUG009", Severity.Info,
        "Hugo's own settings were not carried over",
        "The site configuration has settings only Hugo understands (its theme, output formats, Markdown renderer, "
        + "menus and the like). They were not copied into the new site's configuration, where they mean nothing or "
        + "break the build (a Jekyll 'theme' that does not exist). The site's parameters ([params]) are kept. Set "
        + "the new site's own equivalents by hand where you need them.");
    public static Diagnostic HugoSettingsNotCarried(string file, string keys) => new(
        HUG009,
        $"the Hugo settings {keys} are Hugo's own and were not carried into the new site's configuration; [params] is kept.",
        new SourceRef(file, 0));

    public static DiagnosticKind HUG006 { get; } = new("HUG006", Severity.Error,
        "A content file could not be read",
        "The system refused to read the file (the message gives its reason, such as a missing permission), so it "
        + "was not converted. Fix that and convert again.");
    public static Diagnostic ContentFileUnreadable(SourceRef where, string error) => new(
        HUG006,
        $"the content file could not be read ({error}).",
        where);

    public static DiagnosticKind HUG007 { get; } = new("HUG007", Severity.Warning,
        "A symbolic link in the site was not followed",
        "A file or folder of the Hugo site (a page, a section folder, a term page, the configuration or the comments "
        + "data) is a symbolic link. Links are never followed, so nothing outside the site is read and link loops "
        + "cannot happen; this one was skipped. Replace the link by the real file or folder if it belongs to the site.");

    public static Diagnostic LinkNotFollowed(string link, string? target) => new(
        HUG007,
        $"'{link}' is a symbolic link (to '{target}'); links are not followed, so only files inside the site are read and this one was skipped. Replace the link by the file or folder itself if it belongs to the site.",
        new SourceRef(link, 0));

    public static DiagnosticKind HUG010 { get; } = new("HUG010", Severity.Warning,
        "Shortcode-like text was escaped",
        "The post's text contains '{{<' or '{{%', which Hugo would run as a shortcode or fail on. It was written "
        + "escaped so it shows as text. Remove the '/* */' around one to make it a live shortcode.");
    public static Diagnostic ShortcodeEscaped(SourceRef where, int count) => new(
        HUG010,
        $"the body contains {count} Hugo shortcode opening(s) ('{{{{<' or '{{{{%'), which would run (or fail the build) in Hugo; written escaped as '{{{{</* … */>}}}}' so they show as text. Remove the '/* */' to make one live.",
        where);

    public static DiagnosticKind HUG011 { get; } = new("HUG011", Severity.Warning,
        "An unclosed '{{<' was made harmless",
        "The post's text contains '{{<' or '{{%' with no closing '>}}' or '%}}', which would fail the Hugo build. "
        + "It was written with the '<' or '%' as an HTML entity; inside code blocks the entity shows as written. "
        + "Check the post.");
    public static Diagnostic ShortcodeUnclosed(SourceRef where) => new(
        HUG011,
        "the body contains '{{<' or '{{%' with no closing '>}}' / '%}}'; written as '{{&lt;' / '{{&#37;' so Hugo does not fail; inside code it shows the entity, check the post.",
        where);

    public static DiagnosticKind HUG012 { get; } = new("HUG012", Severity.Warning,
        "An old address with a query string cannot be an alias",
        "The old address has a query string (like /?p=123), which a Hugo alias cannot serve. Redirect it at the "
        + "web server instead; the nginx and Apache redirect files do.");
    public static Diagnostic QueryStringUrl(SourceRef where, string url) => new(
        HUG012,
        $"the old URL '{url}' has a query string, which a Hugo alias cannot serve (it would make a folder named '?…'); redirect it at the web server instead.",
        where);

    public static DiagnosticKind HUG013 { get; } = new("HUG013", Severity.Info,
        "WordPress-only settings were left out",
        "Some of the item's WordPress settings (such as edit locks or layout options) mean nothing on a static "
        + "site, so they were not written. Nothing needs doing.");
    public static Diagnostic MetaDropped(SourceRef where, IEnumerable<string> keys) => new(
        HUG013,
        $"WordPress internal meta not written: {string.Join(", ", keys)}.",
        where);

    public static DiagnosticKind HUG014 { get; } = new("HUG014", Severity.Warning,
        "An address contains ':'",
        "The item's address contains ':', which Hugo 0.136 and later read as the start of a placeholder. Check "
        + "the built page; for those versions, write the colon as '\\:' in the 'url' line.");
    public static Diagnostic UrlHasColon(SourceRef where, string url) => new(
        HUG014,
        $"the URL '{url}' contains ':'; Hugo 0.136 and later read ':name' in 'url' as a permalink token. Check the built page, or write the colon as '\\:' for those versions.",
        where);

    public static DiagnosticKind HUG015 { get; } = new("HUG015", Severity.Warning,
        "A body was written without normalisation",
        "The body is still as WordPress stores it (paragraphs, shortcodes and blocks not turned into HTML), so it "
        + "was written as HTML as it is. Convert without turning the normalisation off.");
    public static Diagnostic BodyNotNormalised(SourceRef where) => new(
        HUG015,
        "the body is still WordPress stored content (paragraphs, shortcodes and blocks not rendered); written as HTML as it is. Run the normalisation to render it.",
        where);

    public static DiagnosticKind HUG016 { get; } = new("HUG016", Severity.Warning,
        "A body in another markup was kept as it is",
        "The body is in a markup Hugo does not render without extra tools (like Textile), so it was written "
        + "unchanged in a .md file. Convert it by hand, or set up the tool Hugo needs for it.");
    public static Diagnostic BodyFormatKept(SourceRef where, string extension) => new(
        HUG016,
        $"the body is in a format Hugo does not render without extra tools ({extension}); written unchanged in a .md file.",
        where);

    public static DiagnosticKind HUG017 { get; } = new("HUG017", Severity.Warning,
        "A post had no usable slug",
        "The post has no slug that can be used in a file name and address, so the name in the message was used "
        + "instead. Set a slug in the source if you want another one.");
    public static Diagnostic SlugMissing(SourceRef where, string used) => new(
        HUG017,
        $"the post has no usable slug; '{used}' was used for its file name and URL.",
        where);

    public static DiagnosticKind HUG018 { get; } = new("HUG018", Severity.Info,
        "No time zone could be chosen for the site",
        "The posts' most common offset matches no time zone name, so hugo.toml has no timeZone. Dates carry their "
        + "own offsets, so nothing changes now. Set timeZone by hand if you add posts without offsets.");
    public static Diagnostic TimeZoneNotDerived(string offset) => new(
        HUG018,
        $"the most common post offset is {offset}, which no Etc/GMT zone matches; hugo.toml has no timeZone (dates carry their own offsets, so nothing changes). Set timeZone by hand if you add posts without offsets.",
        null);

    public static DiagnosticKind HUG019 { get; } = new("HUG019", Severity.Warning,
        "An old address was not kept as an alias",
        "One of the item's old addresses could not become a Hugo alias (the message says why), so no redirect "
        + "page was written for it. Redirect it at the web server if it was public.");
    public static Diagnostic AliasDropped(SourceRef where, string alias, string reason) => new(
        HUG019,
        $"the alias '{alias}' was not written: {reason}.",
        where);

    public static DiagnosticKind HUG020 { get; } = new("HUG020", Severity.Info,
        "A source field was kept under another name",
        "The item has a field whose name Hugo or this exporter uses itself, so it was written under the name "
        + "given in the message. Rename it by hand if your theme expects it.");
    public static Diagnostic FieldKeptUnderOtherName(SourceRef where, string key, string writtenAs) => new(
        HUG020,
        $"the source field '{key}' clashes with a key Hugo or this exporter uses; written as '{writtenAs}'.",
        where);

    public static DiagnosticKind HUG021 { get; } = new("HUG021", Severity.Info,
        "An empty field was left out",
        "The field has no value, which the TOML format cannot write, so it was left out. Nothing needs doing.");
    public static Diagnostic ValueNotExpressible(SourceRef? where, string key) => new(
        HUG021,
        $"the field '{key}' is null, which TOML cannot write; it was left out.",
        where);

    public static DiagnosticKind HUG023 { get; } = new("HUG023", Severity.Warning,
        "Hugo does not publish this page",
        "Hugo would not publish this page: it is headless, its build options say not to render it, or its expiry "
        + "date has passed (the message says which). It was read as a draft, so the target does not publish it "
        + "either. Publish it by hand if it should be.");
    public static Diagnostic NotPublishedByHugo(SourceRef where, string reason) => new(
        HUG023,
        $"Hugo does not publish this page ({reason}); it is read as a draft, so no target publishes it either.",
        where);

    public static DiagnosticKind HUG024 { get; } = new("HUG024", Severity.Warning,
        "A Hugo shortcode was kept as it is",
        "The post uses a Hugo shortcode that only Hugo runs. It was kept as written, so other formats show it as "
        + "text. Replace it by hand where it matters.");
    public static Diagnostic ShortcodeKept(SourceRef where, string name) => new(
        HUG024,
        $"the shortcode '{{{{< {name} >}}}}' was kept verbatim; other formats show it as text. Replace it by hand where needed.",
        where);

    public static DiagnosticKind HUG022 { get; } = new("HUG022", Severity.Warning,
        "A file name was taken; the item got another",
        "An earlier item was already written to this item's file, so this one was written under another name so "
        + "nothing is lost. Both may claim the same address. Give one of them another slug.");
    public static Diagnostic PathSuffixed(SourceRef? where, string path, string firstItem, string writtenAs) => new(
        HUG022,
        $"'{path}' was already written for {firstItem}; this item was written as '{writtenAs}' so nothing is lost. Both may claim the same URL: give one of them another slug.",
        where);

    public static DiagnosticKind HUG025 { get; } = new("HUG025", Severity.Warning,
        "Two file names differ only in letter case or in how accents are encoded; the item got another",
        "An earlier item's file has the same name but for letter case or the Unicode form of an accented letter "
        + "(About.md and about.md). Windows and macOS treat such names as one file, so one would replace the other when "
        + "the site is copied, cloned or built there; this item was written under another name so nothing is lost. "
        + "Its address is unchanged. Give one of them another slug if you want the names to match the addresses.");
    public static Diagnostic PathDiffersOnlyInCase(SourceRef? where, string path, string firstItem, string writtenAs) => new(
        HUG025,
        $"'{path}' differs only in letter case or Unicode normalisation from a file written for {firstItem}; Windows and macOS would make them one file, so this item was written as '{writtenAs}'. Give one of them another slug if the names matter.",
        where);

    public static DiagnosticKind HUG026 { get; } = new("HUG026", Severity.Warning,
        "A page names a file its bundle does not hold",
        "The page is a page bundle (a folder with index.md), and its text shows or links a file by a path inside "
        + "that folder, but no such file is there: the image or download is broken on the old site too, and stays "
        + "broken on the new one. Put the file into the bundle's folder (the name must match exactly, letter case "
        + "included), or fix the path, and convert again.");
    public static Diagnostic BundleFileMissing(SourceRef where, string path) => new(
        HUG026,
        $"the page names '{path}' beside it, but its bundle's folder holds no such file (names match exactly, letter case included); the image or link is broken. Put the file into the folder, or fix the path, and convert again.",
        where);
}
