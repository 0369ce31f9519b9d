using Migrator.Core.Diagnostics;

namespace Migrator.Eleventy;

/// <summary>The message family of the Eleventy format (docs/messages.md).</summary>
public static class EleventyMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("ELV", "Writing Eleventy sites", typeof(EleventyDiagnostics)),
    ];
}
