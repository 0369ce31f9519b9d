using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Astro;

/// <summary>Diagnostics of the Astro export (codes <c>AST…</c>; docs/astro.md).</summary>
public static class AstroDiagnostics
{
    public static DiagnosticKind AST001 { get; } = new("AST001", Severity.Warning,
        "The item had no old address a page can keep",
        "The old site gave this item no address, or only one with a query string (?p=123), which no file of a static "
        + "site can answer; the new page was given the address the message names. Redirect the old address at the "
        + "web server (--redirects nginx or apache) if visitors still use it.");
    public static Diagnostic PermalinkGenerated(SourceRef? where, string permalink) => new(
        AST001,
        $"no old address a static page can keep (none, or a query string); the page is at '{permalink}'. Redirect the old address at the web server if it is still used.",
        where);

    public static DiagnosticKind AST002 { get; } = new("AST002", Severity.Warning,
        "Two items had the same address",
        "An earlier item already has this address (or one that differs only in letter case, which Windows and macOS "
        + "store as one file), and Astro would build only one page at one address. This item was given the address "
        + "with -2 (or -3…) added. Check which item should keep the old address.");
    public static Diagnostic PermalinkTaken(SourceRef? where, string permalink, string owner, string used) => new(
        AST002,
        $"the address '{permalink}' is already taken by {owner}; this item is at '{used}' instead.",
        where);

    public static DiagnosticKind AST003 { get; } = new("AST003", Severity.Info,
        "A front matter field was kept under another name",
        "The item had a field whose name Migrator writes itself (such as title, permalink or tags) or that Astro "
        + "reads (slug, layout); keeping the name would change the page or fail the content schema. It was written with source_ before its name. Nothing needs doing unless a template reads it.");
    public static Diagnostic FieldRenamed(SourceRef? where, string key, string used) => new(
        AST003,
        $"front matter '{key}' is written by Migrator or read by Astro; kept as '{used}'.",
        where);

    public static DiagnosticKind AST004 { get; } = new("AST004", Severity.Warning,
        "The body's format is not Markdown or HTML",
        "The body is in a markup Astro's content collections do not read, or is WordPress content that was not "
        + "normalised (the message says which); it was written into the Markdown file unchanged, so it may show "
        + "markup as text. Convert it by hand if it matters.");
    public static Diagnostic BodyFormatKept(SourceRef? where, string format) => new(
        AST004,
        $"the body is {format}, which Astro does not read; written unchanged as Markdown.",
        where);

    public static DiagnosticKind AST005 { get; } = new("AST005", Severity.Info,
        "The body was written as Markdown although HTML was asked for",
        "Astro's content collections read Markdown files, not HTML files, so --body html cannot be followed: the body "
        + "was converted to Markdown (raw HTML is kept where Markdown cannot say it). Nothing needs doing.");
    public static Diagnostic HtmlBodyAsMarkdown(SourceRef? where) => new(
        AST005,
        "--body html: Astro's content collections read Markdown, so the body was converted to Markdown.",
        where);

    public static DiagnosticKind AST006 { get; } = new("AST006", Severity.Info,
        "WordPress-only settings were left out",
        "Some of the item's WordPress settings (such as edit locks) mean nothing on a static site, so they were not "
        + "written. Nothing needs doing.");
    public static Diagnostic MetaDropped(SourceRef? where, IEnumerable<string> keys) => new(
        AST006,
        $"WordPress-only meta left out: {string.Join(", ", keys)}.",
        where);

    public static DiagnosticKind AST007 { get; } = new("AST007", Severity.Info,
        "Relative image addresses were made root-relative",
        "Astro treats an image in Markdown whose address is relative (images/a.png, ../a.gif) as a file of the "
        + "project and fails the build when it is not there. Each such address was resolved against the item's old "
        + "address, which is also its new one, so the browser asks for the same file as before. Nothing needs doing.");
    public static Diagnostic RelativeImagesResolved(SourceRef? where, IReadOnlyList<string> addresses) => new(
        AST007,
        $"relative image address(es) resolved against the item's address: {string.Join(", ", addresses)}.",
        where);
}
