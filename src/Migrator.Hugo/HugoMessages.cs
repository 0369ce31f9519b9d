using Migrator.Core.Diagnostics;

namespace Migrator.Hugo;

/// <summary>The message family of the Hugo format (docs/messages.md).</summary>
public static class HugoMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("HUG", "Reading and writing Hugo sites", typeof(HugoDiagnostics)),
    ];
}
