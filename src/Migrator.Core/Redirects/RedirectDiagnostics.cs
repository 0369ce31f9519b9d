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
}
