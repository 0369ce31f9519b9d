using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Astro;

/// <summary>Diagnostics of the Astro export (codes <c>AST…</c>; docs/astro.md).</summary>
public static class AstroDiagnostics
{
    public static DiagnosticKind AST001 { get; } = new("AST001", Severity.Info,
        "Relative image addresses were made root-relative",
        "Astro treats an image in Markdown whose address is relative (images/a.png, ../a.gif) as a file of the "
        + "project and fails the build when it is not there. Each such address was resolved against the item's old "
        + "address, which is also its new one, so the browser asks for the same file as before. Nothing needs doing.");
    public static Diagnostic RelativeImagesResolved(SourceRef? where, IReadOnlyList<string> addresses) => new(
        AST001,
        $"relative image address(es) resolved against the item's address: {string.Join(", ", addresses)}.",
        where);
}
