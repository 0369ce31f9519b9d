using Migrator.Core.Diagnostics;
using Migrator.WordPress.Export;
using Migrator.WordPress.Import;

namespace Migrator.WordPress;

/// <summary>The message families of the WordPress format (docs/messages.md).</summary>
public static class WordPressMessages
{
    public static IReadOnlyList<MessageFamily> Families { get; } =
    [
        MessageFamily.Of("WXR", "Reading WordPress exports", typeof(WxrDiagnostics)),
        MessageFamily.Of("WXW", "Writing WordPress exports", typeof(WxrWriteDiagnostics)),
    ];
}
