using Migrator.Core.Diagnostics;
using Migrator.Jekyll.Export;
using Migrator.Jekyll.Import;

namespace Migrator.Jekyll;

/// <summary>The message families of the Jekyll format (docs/messages.md).</summary>
public static class JekyllMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("JKL", "Reading Jekyll sites", typeof(JekyllReadDiagnostics)),
        MessageFamily.Of("JKW", "Writing Jekyll sites, and the Jekyll clean-up", typeof(JekyllWriteDiagnostics)),
    ];
}
