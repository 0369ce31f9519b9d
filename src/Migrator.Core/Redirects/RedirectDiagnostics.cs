using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Redirects;

/// <summary>Diagnostics of redirect and Disqus outputs (codes <c>RDR…</c>).</summary>
public static class RedirectDiagnostics
{
    public static Diagnostic Conflict(string from, string kept, string dropped, SourceRef? where) => new(
        "RDR001", Severity.Warning,
        $"the old URL '{from}' would redirect to both '{kept}' and '{dropped}'; kept the first. Check which page should own it.",
        where);

    public static Diagnostic LoopDropped(string from) => new(
        "RDR002", Severity.Warning,
        $"the redirects starting at '{from}' form a loop; none was written for it.");

    public static Diagnostic QueryNotSupported(string format, int count) => new(
        "RDR003", Severity.Info,
        $"{count} old URL(s) with a query string (like /?p=123) cannot be expressed in {format}; use the nginx or apache redirects for them.");

    public static Diagnostic OldUrlIsLive(string from, SourceRef? where) => new(
        "RDR004", Severity.Warning,
        $"the old URL '{from}' is also the new URL of another item; no redirect was written, so the other item keeps it.",
        where);

    public static Diagnostic OutsideHtaccessFolder(string basePath, int count) => new(
        "RDR005", Severity.Warning,
        $"{count} old URL(s) lie outside {(basePath.Length == 0 ? "/" : basePath + "/")}, where the new site and its .htaccess are served, so the .htaccess cannot redirect them; add those rules to the server's configuration (the nginx and _redirects files list them).",
        null);

    public static Diagnostic CannotWrite(string from, string to, string file, string why) => new(
        "RDR006", Severity.Warning,
        $"the redirect from '{Shown(from)}' to '{Shown(to)}' was left out of {file}: {why}. Check the old URL in the source; if it is real, add that redirect to the server by hand.",
        null);

    /// <summary>A URL as a message can show it: control characters written as <c>\uXXXX</c>.</summary>
    private static string Shown(string url) =>
        string.Concat(url.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029'
            ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
            : c.ToString()));
}
