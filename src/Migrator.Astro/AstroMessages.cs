using Migrator.Core.Diagnostics;

namespace Migrator.Astro;

/// <summary>The message family of the Astro format (docs/messages.md).</summary>
public static class AstroMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("AST", "Writing Astro sites", typeof(AstroDiagnostics)),
    ];
}
