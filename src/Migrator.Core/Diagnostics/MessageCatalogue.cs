namespace Migrator.Core.Diagnostics;

/// <summary>Every kind of message Migrator can report, by family, and the lookup by code (<c>migrator explain</c>).</summary>
public sealed class MessageCatalogue
{
    private readonly Dictionary<string, DiagnosticKind> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public MessageCatalogue(IEnumerable<MessageFamily> families)
    {
        Families = [.. families];
        foreach (var kind in Families.SelectMany(f => f.Kinds))
        {
            if (!_byCode.TryAdd(kind.Code, kind))
                throw new ArgumentException($"the code {kind.Code} is declared twice.", nameof(families));
        }
    }

    /// <summary>The families in the order they were given.</summary>
    public IReadOnlyList<MessageFamily> Families { get; }

    /// <summary>Every kind, in code order.</summary>
    public IEnumerable<DiagnosticKind> Kinds => _byCode.Values.OrderBy(k => k.Code, StringComparer.Ordinal);

    /// <summary>The kind with this code (any letter case), or null.</summary>
    public DiagnosticKind? Find(string code) => _byCode.GetValueOrDefault(code.Trim());
}
