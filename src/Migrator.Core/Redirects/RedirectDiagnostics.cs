using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Redirects;

/// <summary>Diagnostics of redirect and Disqus outputs (codes <c>RDR…</c>).</summary>
public static class RedirectDiagnostics
{
    public static DiagnosticKind RDR001 { get; } = new("RDR001", Severity.Warning,
        "An old URL would redirect to two pages",
        "Two items claim the same old address, so a redirect can send visitors to only one of them; the first was "
        + "kept. Check which page should own that address and change the other's old URL if needed.");
    public static Diagnostic Conflict(string from, string kept, string dropped, SourceRef? where) => new(
        RDR001,
        $"the old URL '{from}' would redirect to both '{kept}' and '{dropped}'; kept the first. Check which page should own it.",
        where);

    public static DiagnosticKind RDR002 { get; } = new("RDR002", Severity.Warning,
        "Redirects form a loop",
        "The redirects starting at this old address lead back to where they started, which would make browsers "
        + "loop forever. No redirect was written for it. Check the old and new addresses of the items involved.");
    public static Diagnostic LoopDropped(string from) => new(
        RDR002,
        $"the redirects starting at '{from}' form a loop; none was written for it.");

    public static DiagnosticKind RDR003 { get; } = new("RDR003", Severity.Info,
        "Old URLs with a query string cannot be redirected here",
        "Some old addresses have a query string (like /?p=123), which this redirect format cannot match. They are "
        + "not redirected by it. Use the nginx or Apache redirect files, which can.");
    public static Diagnostic QueryNotSupported(string format, int count) => new(
        RDR003,
        $"{count} old URL(s) with a query string (like /?p=123) cannot be expressed in {format}; use the nginx or apache redirects for them.");

    public static DiagnosticKind RDR004 { get; } = new("RDR004", Severity.Warning,
        "An old URL is also a new URL",
        "An item's old address is the new address of another item, so a redirect there would hide that item. No "
        + "redirect was written, so the other item keeps the address. Nothing needs doing unless the wrong item is "
        + "shown there.");
    public static Diagnostic OldUrlIsLive(string from, SourceRef? where) => new(
        RDR004,
        $"the old URL '{from}' is also the new URL of another item; no redirect was written, so the other item keeps it.",
        where);

    public static DiagnosticKind RDR005 { get; } = new("RDR005", Severity.Warning,
        "Some old URLs lie outside the .htaccess folder",
        "The new site, and so its .htaccess file, is served from a sub-folder, but some old addresses lie outside "
        + "it, where that file has no effect. Add those redirects to the web server's own configuration; the nginx "
        + "and _redirects files list them.");
    public static Diagnostic OutsideHtaccessFolder(string basePath, int count) => new(
        RDR005,
        $"{count} old URL(s) lie outside {(basePath.Length == 0 ? "/" : basePath + "/")}, where the new site and its .htaccess are served, so the .htaccess cannot redirect them; add those rules to the server's configuration (the nginx and _redirects files list them).",
        null);

    public static DiagnosticKind RDR006 { get; } = new("RDR006", Severity.Warning,
        "A redirect was left out of a server file",
        "An old URL, or its new URL, could not be written safely into _redirects, the nginx map or .htaccess (a line "
        + "break or tab, a target leading to another host, a wildcard character, or a length the server refuses). "
        + "The redirect was left out of that file only; the other formats still have it. Check the old URL in the "
        + "source; if it is real, add that redirect to the server by hand.");

    public static Diagnostic CannotWrite(string from, string to, string file, string why) => new(
        RDR006,
        $"the redirect from '{Shown(from)}' to '{Shown(to)}' was left out of {file}: {why}. Check the old URL in the source; if it is real, add that redirect to the server by hand.",
        null);

    /// <summary>A URL as a message can show it: control characters written as <c>\uXXXX</c>.</summary>
    private static string Shown(string url) =>
        string.Concat(url.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029'
            ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            : c.ToString()));
}
