using Migrator.Core.Diagnostics;

namespace Migrator.Blogger;

/// <summary>The message family of the Blogger format (docs/messages.md).</summary>
public static class BloggerMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("BLG", "Reading Blogger exports", typeof(BloggerDiagnostics)),
    ];
}
