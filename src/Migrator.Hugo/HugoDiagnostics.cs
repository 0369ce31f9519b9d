using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Hugo;

/// <summary>Diagnostics of Hugo import and export (codes <c>HUG…</c>): import 001–009, export 010 and up.</summary>
public static class HugoDiagnostics
{
    public static Diagnostic FrontMatterUnreadable(SourceRef where, string syntax, int line, string message) => new(
        "HUG001", Severity.Error,
        $"the {syntax} front matter could not be read (line {line}: {message}); Hugo fails the build on it too. Fix the front matter and convert again.",
        where with { Line = line });

    public static Diagnostic ConfigUnreadable(string file, int line, string message) => new(
        "HUG002", Severity.Error,
        $"the site configuration could not be read (line {line}: {message}); site title, base URL, time zone and permalinks were not taken from it.",
        new SourceRef(file, line));

    public static Diagnostic DateUnreadable(SourceRef where, string key, string value) => new(
        "HUG003", Severity.Warning,
        $"front matter '{key}' is '{value}', which is not a date Hugo accepts; the post has no {key}. Write it as 2020-01-02T10:00:00+01:00.",
        where);

    public static Diagnostic SectionPageSkipped(SourceRef where) => new(
        "HUG004", Severity.Info,
        "this _index.md section page has no content of its own (Hugo generates the list), so it was not imported; the section's pages are.",
        where);

    public static Diagnostic ConfigDirectoryNotRead(string folder) => new(
        "HUG005", Severity.Warning,
        $"the configuration folder '{folder}' is not read (only hugo.* / config.* files at the site root are); copy the settings that matter (baseURL, timeZone, permalinks) into hugo.toml.",
        new SourceRef(folder, 0));

    public static Diagnostic ContentFileUnreadable(SourceRef where, string error) => new(
        "HUG006", Severity.Error,
        $"the content file could not be read ({error}).",
        where);

    public static Diagnostic LinkNotFollowed(string link, string? target) => new(
        "HUG007", Severity.Warning,
        $"'{link}' is a symbolic link (to '{target}'); links are not followed, so only files inside the site are read and this one was skipped. Replace the link by the file or folder itself if it belongs to the site.",
        new SourceRef(link, 0));

    public static Diagnostic ShortcodeEscaped(SourceRef where, int count) => new(
        "HUG010", Severity.Warning,
        $"the body contains {count} Hugo shortcode opening(s) ('{{{{<' or '{{{{%'), which would run (or fail the build) in Hugo; written escaped as '{{{{</* … */>}}}}' so they show as text. Remove the '/* */' to make one live.",
        where);

    public static Diagnostic ShortcodeUnclosed(SourceRef where) => new(
        "HUG011", Severity.Warning,
        "the body contains '{{<' or '{{%' with no closing '>}}' / '%}}'; written as '{{&lt;' / '{{&#37;' so Hugo does not fail; inside code it shows the entity, check the post.",
        where);

    public static Diagnostic QueryStringUrl(SourceRef where, string url) => new(
        "HUG012", Severity.Warning,
        $"the old URL '{url}' has a query string, which a Hugo alias cannot serve (it would make a folder named '?…'); redirect it at the web server instead.",
        where);

    public static Diagnostic MetaDropped(SourceRef where, IEnumerable<string> keys) => new(
        "HUG013", Severity.Info,
        $"WordPress internal meta not written: {string.Join(", ", keys)}.",
        where);

    public static Diagnostic UrlHasColon(SourceRef where, string url) => new(
        "HUG014", Severity.Warning,
        $"the URL '{url}' contains ':'; Hugo 0.136 and later read ':name' in 'url' as a permalink token. Check the built page, or write the colon as '\\:' for those versions.",
        where);

    public static Diagnostic BodyNotNormalised(SourceRef where) => new(
        "HUG015", Severity.Warning,
        "the body is still WordPress stored content (paragraphs, shortcodes and blocks not rendered); written as HTML as it is. Run the normalisation to render it.",
        where);

    public static Diagnostic BodyFormatKept(SourceRef where, string extension) => new(
        "HUG016", Severity.Warning,
        $"the body is in a format Hugo does not render without extra tools ({extension}); written unchanged in a .md file.",
        where);

    public static Diagnostic SlugMissing(SourceRef where, string used) => new(
        "HUG017", Severity.Warning,
        $"the post has no usable slug; '{used}' was used for its file name and URL.",
        where);

    public static Diagnostic TimeZoneNotDerived(string offset) => new(
        "HUG018", Severity.Info,
        $"the most common post offset is {offset}, which no Etc/GMT zone matches; hugo.toml has no timeZone (dates carry their own offsets, so nothing changes). Set timeZone by hand if you add posts without offsets.",
        null);

    public static Diagnostic AliasDropped(SourceRef where, string alias, string reason) => new(
        "HUG019", Severity.Warning,
        $"the alias '{alias}' was not written: {reason}.",
        where);

    public static Diagnostic FieldKeptUnderOtherName(SourceRef where, string key, string writtenAs) => new(
        "HUG020", Severity.Info,
        $"the source field '{key}' clashes with a key Hugo or this exporter uses; written as '{writtenAs}'.",
        where);

    public static Diagnostic ValueNotExpressible(SourceRef? where, string key) => new(
        "HUG021", Severity.Info,
        $"the field '{key}' is null, which TOML cannot write; it was left out.",
        where);

    public static Diagnostic NotPublishedByHugo(SourceRef where, string reason) => new(
        "HUG023", Severity.Warning,
        $"Hugo does not publish this page ({reason}); it is read as a draft, so no target publishes it either.",
        where);

    public static Diagnostic ShortcodeKept(SourceRef where, string name) => new(
        "HUG024", Severity.Warning,
        $"the shortcode '{{{{< {name} >}}}}' was kept verbatim; other formats show it as text. Replace it by hand where needed.",
        where);

    public static Diagnostic PathSuffixed(SourceRef? where, string path, string firstItem, string writtenAs) => new(
        "HUG022", Severity.Warning,
        $"'{path}' was already written for {firstItem}; this item was written as '{writtenAs}' so nothing is lost. Both may claim the same URL: give one of them another slug.",
        where);
}
