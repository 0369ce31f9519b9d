using Migrator.Core.Model;

namespace Migrator.Core.Diagnostics;

public enum Severity
{
    /// <summary>Something the owner may want to know; nothing was changed or lost.</summary>
    Info,
    /// <summary>Something was changed, guessed or kept raw; the owner should check it.</summary>
    Warning,
    /// <summary>An item (or part of the input) could not be converted.</summary>
    Error,
}

/// <summary>
/// One message about the input or the conversion. Codes are stable (tests and the audit CSV use them);
/// each code is declared once as a <see cref="DiagnosticKind"/> and made by exactly one factory method beside it, in a
/// <c>*Diagnostics</c> class.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceRef? Source = null)
{
    /// <summary>A message of a declared kind: its code and severity come from <paramref name="kind"/>.</summary>
    public Diagnostic(DiagnosticKind kind, string message, SourceRef? source = null)
        : this(kind?.Code ?? throw new ArgumentNullException(nameof(kind)), kind.Severity, message, source)
    {
    }

    /// <summary><c>warning WXR030: item 87 (export.xml line 1204): …</c>. The place is added only when the message does not name its file already.</summary>
    public override string ToString() =>
        Source is null || Message.Contains(System.IO.Path.GetFileName(Source.File), StringComparison.Ordinal)
            ? $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}"
            : $"{Severity.ToString().ToLowerInvariant()} {Code}: {Source}: {Message}";
}

/// <summary>Where diagnostics go. Implementations must be safe to call from several threads.</summary>
public interface IDiagnosticSink
{
    void Report(Diagnostic diagnostic);
}

/// <summary>Collects diagnostics in the order they were reported. Thread-safe.</summary>
public sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly List<Diagnostic> _items = [];
    private readonly IDiagnosticSink? _forwardTo;

    public DiagnosticBag(IDiagnosticSink? forwardTo = null) => _forwardTo = forwardTo;

    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_items)
        {
            _items.Add(diagnostic);
        }
        _forwardTo?.Report(diagnostic);
    }

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public bool HasErrors => Items.Any(d => d.Severity == Severity.Error);
}

/// <summary>A sink that drops everything: for callers that do not care (tests of pure functions).</summary>
public sealed class NullDiagnosticSink : IDiagnosticSink
{
    public static NullDiagnosticSink Instance { get; } = new();
    public void Report(Diagnostic diagnostic) { }
}
