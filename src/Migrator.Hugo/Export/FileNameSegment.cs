using System.Text;

namespace Migrator.Hugo.Export;

/// <summary>
/// Makes one file or folder name out of a slug or URL segment: never empty, <c>.</c> or <c>..</c>; no <c>/</c>, <c>\</c>,
/// control characters or characters Windows refuses (<c>: * ? " &lt; &gt; |</c>); no leading or trailing dot or space;
/// at most 200 UTF-8 bytes. Letters of any script are kept (<c>日本</c> stays <c>日本</c>).
/// </summary>
internal static class FileNameSegment
{
    private const int MaxBytes = 200;

    /// <summary>The safe name, or an empty string when nothing usable is left.</summary>
    public static string Make(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var bad = char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\u2028' or '\u2029';
            if (bad || char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != '-')
                    sb.Append('-');
                continue;
            }
            sb.Append(c);
        }
        var text = sb.ToString().Trim('.', ' ');
        while (Encoding.UTF8.GetByteCount(text) > MaxBytes)
            text = text[..^(char.IsLowSurrogate(text[^1]) && text.Length > 1 ? 2 : 1)];
        text = text.Trim('.', ' ');
        return IsReservedOnWindows(text) ? text + "-" : text;
    }

    private static bool IsReservedOnWindows(string name)
    {
        var stem = name.Split('.')[0].ToUpperInvariant();
        return stem is "CON" or "PRN" or "AUX" or "NUL" ||
               (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && char.IsAsciiDigit(stem[3]));
    }
}
