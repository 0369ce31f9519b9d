using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Markup;

/// <summary>Diagnostics of the HTML → Markdown conversion (codes <c>MKD…</c>). One factory per kind; codes never change.</summary>
public static class MarkupDiagnostics
{
    public static DiagnosticKind MKD001 { get; } = new("MKD001", Severity.Warning,
        "A body was nested too deep for Markdown",
        "The post's HTML nests elements more deeply than Markdown and its renderers can hold. From that depth down the "
        + "content was kept as raw HTML inside the Markdown, so nothing was lost and the page renders the same. Such "
        + "nesting usually comes from a broken editor or a bad paste: check the post and simplify its markup.");

    public static Diagnostic NestedTooDeep(SourceRef? where, int depth, int limit) => new(
        MKD001,
        $"the body nests elements {depth} deep; below depth {limit} it was kept as raw HTML instead of Markdown (no content was lost). Such nesting usually comes from a broken editor or paste: check the post and simplify its markup.",
        where);
}
