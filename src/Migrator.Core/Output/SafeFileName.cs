using System.Globalization;
using System.Text;

namespace Migrator.Core.Output;

/// <summary>What a target needs of a file or folder name beyond what every file system needs (<see cref="SafeFileName"/>).</summary>
public sealed record FileNameRules
{
    /// <summary>The longest name, in UTF-8 bytes, cut at a character boundary.</summary>
    public int MaxBytes { get; init; } = 200;

    /// <summary>Characters removed from the start (a dot hides a file everywhere; Jekyll also ignores <c>_</c> and <c>#</c>).</summary>
    public string TrimStart { get; init; } = ". ";

    /// <summary>Characters removed from the end (Windows drops trailing dots and spaces).</summary>
    public string TrimEnd { get; init; } = ". ";

    /// <summary>
    /// White space is unsafe too, and a run of unsafe characters becomes one <c>-</c> (none at the start), as in a URL
    /// path; otherwise each unsafe character becomes a <c>-</c> and spaces are kept.
    /// </summary>
    public bool DashRuns { get; init; }
}

/// <summary>
/// The one rule for making a file or folder name out of a slug or URL segment, with per-target differences as
/// <see cref="FileNameRules"/>: letters of any script are kept (<c>日本</c> stays <c>日本</c>); path separators,
/// control characters, unpaired surrogates, line and paragraph separators and the characters Windows refuses
/// (<c>: * ? " &lt; &gt; |</c>) become <c>-</c>; the ends are trimmed; the name is cut to the byte limit at a text
/// element boundary; a Windows device name (<c>CON</c>, <c>COM1</c>…) gets a <c>-</c> after it (<c>CON-.jpg</c>). Empty when nothing usable is left.
/// </summary>
public static class SafeFileName
{
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Of(string name, FileNameRules rules)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rules);
        var start = rules.TrimStart.ToCharArray();
        var end = rules.TrimEnd.ToCharArray();
        var trimmed = Replace(name, rules.DashRuns).TrimStart(start).TrimEnd(end);
        var cut = CutToBytes(trimmed, rules.MaxBytes).TrimEnd(end);
        if (cut.Length == 0)
            return "";
        var stem = cut.Split('.')[0];
        return DeviceNames.Contains(stem) ? stem + "-" + cut[stem.Length..] : cut;
    }

    private static string Replace(string name, bool dashRuns)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append(c).Append(name[++i]);
                continue;
            }
            var unsafeChar = char.IsControl(c) || char.IsSurrogate(c) || c is '/' or '\\' or '<' or '>' or ':' or '"' or '|' or '?' or '*'
                or '\u2028' or '\u2029' || (dashRuns && char.IsWhiteSpace(c));
            if (!unsafeChar)
                builder.Append(c);
            else if (!dashRuns)
                builder.Append('-');
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString();
    }

    private static string CutToBytes(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
            return text;
        var builder = new StringBuilder();
        var bytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > maxBytes)
                break;
            builder.Append(element);
            bytes += size;
        }
        return builder.ToString();
    }
}
