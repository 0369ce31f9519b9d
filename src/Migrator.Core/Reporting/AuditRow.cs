namespace Migrator.Core.Reporting;

/// <summary>What became of one item read. Every item read gets exactly one row.</summary>
public enum ItemResult
{
    Written,
    Skipped,
    Failed,
}

/// <summary>One row of the CSV audit report. Column names are the snake_case of the property names, in this order.</summary>
public sealed record AuditRow
{
    public string SourceFile { get; init; } = "";
    public string SourceId { get; init; } = "";
    public int SourceLine { get; init; }
    public string Type { get; init; } = "";
    public string Status { get; init; } = "";
    public string Title { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Date { get; init; } = "";
    public string OldUrl { get; init; } = "";
    public string NewUrl { get; init; } = "";
    public string OutputPath { get; init; } = "";
    public ItemResult Result { get; init; }
    public string Reason { get; init; } = "";
    /// <summary>Codes of the item's warnings and errors, space-separated, in the order reported.</summary>
    public string Warnings { get; init; } = "";
    public int Comments { get; init; }
    public string DsqThreadId { get; init; } = "";
    public string DisqusIdentifier { get; init; } = "";
    /// <summary><c>exact</c>, <c>text-equal</c> or <c>changed</c>; empty when the body was not converted.</summary>
    public string Fidelity { get; init; } = "";
    public string FidelityNotes { get; init; } = "";
    /// <summary>Every diagnostic message of the item, <c> | </c>-separated, so each warning is explained.</summary>
    public string Messages { get; init; } = "";
}
