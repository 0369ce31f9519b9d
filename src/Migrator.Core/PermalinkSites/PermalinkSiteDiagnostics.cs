using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.PermalinkSites;

/// <summary>Diagnostics of the permalink site writers, Eleventy and Astro (codes <c>SIT…</c>; docs/architecture.md#permalink-sites).</summary>
public static class PermalinkSiteDiagnostics
{
    public static DiagnosticKind SIT001 { get; } = new("SIT001", Severity.Warning,
        "The item had no old address a page can keep",
        "The old site gave this item no address, or only one with a query string (?p=123), which no file of a static "
        + "site can answer; the new page was given the address the message names. Redirect the old address at the "
        + "web server (--redirects nginx or apache) if visitors still use it.");
    public static Diagnostic PermalinkGenerated(SourceRef? where, string permalink) => new(
        SIT001,
        $"no old address a static page can keep (none, or a query string); the page is at '{permalink}'. Redirect the old address at the web server if it is still used.",
        where);

    public static DiagnosticKind SIT002 { get; } = new("SIT002", Severity.Warning,
        "Two items had the same address",
        "An earlier item already has this address (or one that differs only in letter case, which Windows and macOS "
        + "store as one file), and the generator builds only one page at one address (Eleventy refuses to build at "
        + "all). This item was given the address with -2 (or -3…) added. Check which item should keep the old address.");
    public static Diagnostic PermalinkTaken(SourceRef? where, string permalink, string owner, string used) => new(
        SIT002,
        $"the address '{permalink}' is already taken by {owner}; this item is at '{used}' instead.",
        where);

    public static DiagnosticKind SIT003 { get; } = new("SIT003", Severity.Info,
        "A front matter field was kept under another name",
        "The item had a field whose name the generator gives a meaning of its own (Eleventy: permalink, layout, "
        + "pagination, anything starting with eleventy; Astro: slug, layout), or which Migrator writes itself; keeping "
        + "the name would change how the page is built or fail the content schema. It was written with source_ before "
        + "its name. Nothing needs doing unless a template reads it.");
    public static Diagnostic FieldRenamed(SourceRef? where, string generator, string key, string used) => new(
        SIT003,
        $"front matter '{key}' means something to {generator} or is written by Migrator; kept as '{used}'.",
        where);

    public static DiagnosticKind SIT004 { get; } = new("SIT004", Severity.Info,
        "WordPress-only settings were left out",
        "Some of the item's WordPress settings (such as edit locks) mean nothing on a static site, so they were not "
        + "written. Nothing needs doing.");
    public static Diagnostic MetaDropped(SourceRef? where, IEnumerable<string> keys) => new(
        SIT004,
        $"WordPress-only meta left out: {string.Join(", ", keys)}.",
        where);

    public static DiagnosticKind SIT005 { get; } = new("SIT005", Severity.Warning,
        "The body's format is not one the generator renders",
        "The body is in a markup the generator does not read, or is WordPress's stored content (block comments, "
        + "shortcodes, paragraphs without tags) that was not turned into HTML first; the message says which. It was "
        + "written unchanged, so it may show markup as text. Convert without skipping normalisation, or by hand if it "
        + "matters.");
    public static Diagnostic BodyFormatKept(SourceRef? where, string generator, string format, string extension) => new(
        SIT005,
        $"the body is {format}, which {generator} does not read; written unchanged as {(extension == ".html" ? "HTML" : "Markdown")}.",
        where);

    public static DiagnosticKind SIT006 { get; } = new("SIT006", Severity.Info,
        "The body was written as Markdown although HTML was asked for",
        "The generator's content files are Markdown (Astro's content collections do not read HTML files), so "
        + "--body html cannot be followed: the body was converted to Markdown, raw HTML kept where Markdown cannot say "
        + "it. Nothing needs doing.");
    public static Diagnostic HtmlBodyAsMarkdown(SourceRef? where, string generator) => new(
        SIT006,
        $"--body html: {generator} reads Markdown content files, so the body was converted to Markdown.",
        where);
}
