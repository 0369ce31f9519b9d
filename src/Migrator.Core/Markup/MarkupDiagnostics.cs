using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Markup;

/// <summary>Diagnostics of the HTML → Markdown conversion (codes <c>MKD…</c>). One factory per kind; codes never change.</summary>
public static class MarkupDiagnostics
{
    public static Diagnostic NestedTooDeep(SourceRef? where, int depth, int limit) => new(
        "MKD001", Severity.Warning,
        $"the body nests elements {depth} deep; below depth {limit} it was kept as raw HTML instead of Markdown (no content was lost). Such nesting usually comes from a broken editor or paste: check the post and simplify its markup.",
        where);
}
