using System.Globalization;
using System.Text;

namespace Migrator.Jekyll.Export;

/// <summary>
/// Turns a slug or URL segment into one safe file or folder name: decoded Unicode is kept, but path separators,
/// control characters and characters Windows refuses become <c>-</c>; leading <c>.</c> <c>_</c> <c>#</c> <c>-</c>
/// (hidden or ignored by Jekyll) and trailing dots, spaces, <c>-</c> and <c>~</c> are removed; Windows device names get a
/// <c>-</c>; and the result is cut to <see cref="MaxBytes"/> UTF-8 bytes at a character boundary.
/// </summary>
internal static class FileNameSegment
{
    /// <summary>
    /// About WordPress's own 200-byte slug limit, less room for what the 255-byte file name limit must also hold: the
    /// <c>YYYY-MM-DD-</c> prefix, a <c>-NN</c> conflict suffix, an extension like <c>.markdown</c>, and the ~45 bytes
    /// the atomic writer adds to its temporary file name.
    /// </summary>
    public const int MaxBytes = 180;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The safe form of <paramref name="name"/>; empty when nothing usable is left.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var replaced = ReplaceUnsafeCharacters(name);
        var trimmed = replaced.TrimStart('.', '_', '#', '-', ' ').TrimEnd('.', ' ', '~', '-');
        var cut = CutToBytes(trimmed, MaxBytes).TrimEnd('.', ' ', '~', '-');
        if (cut.Length == 0)
            return "";
        var stem = cut.Split('.')[0];
        return DeviceNames.Contains(stem) ? cut + "-" : cut;
    }

    /// <summary>A slug made from a title, as WordPress would on publish, roughly: letters and digits kept, lower case, the rest <c>-</c>.</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return Of(builder.ToString().Trim('-'));
    }

    private static string ReplaceUnsafeCharacters(string name)
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
            var unsafeChar = char.IsControl(c) || char.IsSurrogate(c) || c is '/' or '\\' or '<' or '>' or ':' or '"' or '|' or '?' or '*';
            builder.Append(unsafeChar ? '-' : c);
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
