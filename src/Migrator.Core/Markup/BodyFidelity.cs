namespace Migrator.Core.Markup;

/// <summary>Verdict of rendering the written body back and comparing it with the HTML it came from.</summary>
public sealed record BodyFidelity(FidelityVerdict Verdict, string Notes);

public enum FidelityVerdict
{
    Exact,
    TextEqual,
    Changed,
}
