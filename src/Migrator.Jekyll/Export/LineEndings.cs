namespace Migrator.Jekyll.Export;

/// <summary>Writers emit LF: CRLF and lone CR become LF; nothing else changes (U+2028 and form feeds are content).</summary>
internal static class LineEndings
{
    public static string ToLf(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
