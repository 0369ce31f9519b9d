using Migrator.Core.Markup.Fidelity;

namespace Migrator.Core.Markup;

/// <summary>Verdict of rendering the written body back and comparing it with the HTML it came from.</summary>
/// <param name="Verdict">Whether a reader sees the same.</param>
/// <param name="Notes">What differs, briefly.</param>
/// <param name="Diff">For a body that is not <see cref="FidelityVerdict.Exact"/>: what the old and the new page show, side by side.</param>
public sealed record BodyFidelity(FidelityVerdict Verdict, string Notes, BodyDiff? Diff = null);

public enum FidelityVerdict
{
    Exact,
    TextEqual,
    Changed,
}
