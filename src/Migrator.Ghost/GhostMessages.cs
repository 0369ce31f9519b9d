using Migrator.Core.Diagnostics;

namespace Migrator.Ghost;

/// <summary>The message family of the Ghost format (docs/messages.md).</summary>
public static class GhostMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("GHO", "Reading and writing Ghost JSON files", typeof(GhostDiagnostics)),
    ];
}
