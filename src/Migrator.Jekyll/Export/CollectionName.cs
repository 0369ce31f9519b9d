using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Export;

/// <summary>
/// The Jekyll collection a custom post type is written to (<c>_&lt;name&gt;/</c>): the type name when it is made of
/// <c>a-z 0-9 _ -</c> (WordPress type names are) and is not a folder Jekyll already uses (<c>posts</c>, <c>drafts</c>,
/// <c>data</c>, <c>layouts</c>, <c>includes</c>, <c>site</c>, <c>sass</c>, <c>plugins</c>); otherwise a safe variant, reported.
/// </summary>
internal static class CollectionName
{
    private static readonly HashSet<string> JekyllFolders = new(StringComparer.Ordinal)
    {
        "posts", "drafts", "data", "layouts", "includes", "site", "sass", "plugins", "config",
    };

    public static string Of(string type, SourceRef source, IDiagnosticSink diagnostics)
    {
        var safe = new string([.. type.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]).Trim('_', '-');
        if (safe.Length == 0)
            safe = "items";
        if (JekyllFolders.Contains(safe))
            safe += "_items";
        if (!string.Equals(safe, type, StringComparison.Ordinal))
            diagnostics.Report(JekyllWriteDiagnostics.CollectionRenamed(source, type, safe));
        return safe;
    }
}
