using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Eleventy;

/// <summary>Diagnostics of the Eleventy export (codes <c>ELV…</c>; docs/eleventy.md).</summary>
public static class EleventyDiagnostics
{
    public static DiagnosticKind ELV001 { get; } = new("ELV001", Severity.Warning,
        "The item had no old address a page can keep",
        "The old site gave this item no address, or only one with a query string (?p=123), which no file of a static "
        + "site can answer; the new page was given the address the message names. Redirect the old address at the "
        + "web server (--redirects nginx or apache) if visitors still use it.");
    public static Diagnostic PermalinkGenerated(SourceRef? where, string permalink) => new(
        ELV001,
        $"no old address a static page can keep (none, or a query string); the page is at '{permalink}'. Redirect the old address at the web server if it is still used.",
        where);

    public static DiagnosticKind ELV002 { get; } = new("ELV002", Severity.Warning,
        "Two items had the same address",
        "An earlier item already has this address (or one that differs only in letter case, which Windows and macOS "
        + "store as one file), and Eleventy refuses to build two pages at one address. This item was given the address "
        + "with -2 (or -3…) added. Check which item should keep the old address.");
    public static Diagnostic PermalinkTaken(SourceRef? where, string permalink, string owner, string used) => new(
        ELV002,
        $"the address '{permalink}' is already taken by {owner}; this item is at '{used}' instead.",
        where);

    public static DiagnosticKind ELV003 { get; } = new("ELV003", Severity.Info,
        "A front matter field was kept under another name",
        "The item had a field whose name Eleventy gives a meaning of its own (such as permalink, layout, pagination or "
        + "anything starting with eleventy), or which Migrator writes itself; keeping the name would change how the page "
        + "is built. It was written with source_ before its name. Nothing needs doing unless a template reads it.");
    public static Diagnostic FieldRenamed(SourceRef? where, string key, string used) => new(
        ELV003,
        $"front matter '{key}' means something to Eleventy or is written by Migrator; kept as '{used}'.",
        where);

    public static DiagnosticKind ELV004 { get; } = new("ELV004", Severity.Warning,
        "The body is WordPress content that was not normalised",
        "The body is WordPress's stored content (block comments, shortcodes, paragraphs without tags), which was not "
        + "turned into HTML first; it was written as an HTML file as it is, and may show WordPress markup as text. "
        + "Convert without skipping normalisation.");
    public static Diagnostic BodyNotNormalised(SourceRef? where) => new(
        ELV004,
        "the body is WordPress stored content that was not normalised; written as HTML as it is.",
        where);

    public static DiagnosticKind ELV005 { get; } = new("ELV005", Severity.Warning,
        "The body's format is not one Eleventy renders",
        "The body is in a markup Eleventy does not read (the message names its file extension); it was written "
        + "as a Markdown file unchanged, so it shows as text where it is not Markdown. Convert it by hand if it "
        + "matters.");
    public static Diagnostic BodyFormatKept(SourceRef? where, string format) => new(
        ELV005,
        $"the body is in a format Eleventy does not read ({format}); written unchanged as Markdown.",
        where);

    public static DiagnosticKind ELV006 { get; } = new("ELV006", Severity.Info,
        "WordPress-only settings were left out",
        "Some of the item's WordPress settings (such as edit locks) mean nothing on a static site, so they were not "
        + "written. Nothing needs doing.");
    public static Diagnostic MetaDropped(SourceRef? where, IEnumerable<string> keys) => new(
        ELV006,
        $"WordPress-only meta left out: {string.Join(", ", keys)}.",
        where);
}
