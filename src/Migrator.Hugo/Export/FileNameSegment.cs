using Migrator.Core.Output;

namespace Migrator.Hugo.Export;

/// <summary>
/// Makes one file or folder name out of a slug or URL segment: never empty, <c>.</c> or <c>..</c>; no <c>/</c>, <c>\</c>,
/// control characters or characters Windows refuses (<c>: * ? " &lt; &gt; |</c>); no leading or trailing dot or space;
/// at most 200 UTF-8 bytes. Letters of any script are kept (<c>日本</c> stays <c>日本</c>).
/// </summary>
internal static class FileNameSegment
{
    /// <summary>Hugo's rules: white space and unsafe characters become one <c>-</c>, as in the URL Hugo makes of the name.</summary>
    private static readonly FileNameRules Rules = new() { MaxBytes = 200, DashRuns = true };

    /// <summary>The safe name, or an empty string when nothing usable is left.</summary>
    public static string Make(string name) => SafeFileName.Of(name, Rules);
}
