using System.Globalization;
using System.Text;

namespace Migrator.WordPress.Export;

/// <summary>
/// The forms WordPress stores names in: slugs with non-ASCII percent-encoded (<c>sanitize_title</c>), logins
/// (<c>sanitize_user</c>, strict, as the importer compares them) and keys (<c>sanitize_key</c>, used for export file names).
/// </summary>
internal static class WordPressNames
{
    /// <summary>
    /// A slug as WordPress stores it: every non-ASCII character percent-encoded as UTF-8 with lower-case hex;
    /// ASCII (including an existing <c>%</c>) is kept as the model has it.
    /// </summary>
    public static string EncodeSlug(string slug)
    {
        if (slug.All(char.IsAscii))
            return slug;
        var sb = new StringBuilder(slug.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in slug.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                sb.Append((char)rune.Value);
                continue;
            }
            var n = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < n; i++)
                sb.Append('%').Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// <c>sanitize_user($name, true)</c>: tags, percent octets and entities removed, accents transliterated, then only
    /// <c>a-z A-Z 0-9 space _ . - @</c> kept, trimmed, runs of spaces collapsed. May return an empty string.
    /// </summary>
    public static string SanitizeLogin(string name)
    {
        var text = RemoveTags(name);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                i += 2;
                continue;
            }
            if (c == '&')
            {
                var end = text.IndexOf(';', i + 1);
                if (end > i + 1)
                {
                    i = end;
                    continue;
                }
            }
            var plain = Transliterate(c);
            foreach (var p in plain)
            {
                if (char.IsAsciiLetterOrDigit(p) || p is ' ' or '_' or '.' or '-' or '@')
                    sb.Append(p);
            }
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary><c>sanitize_key</c>: lower-case, only <c>a-z 0-9 _ -</c> kept.</summary>
    public static string SanitizeKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower) || lower is '_' or '-')
                sb.Append(lower);
        }
        return sb.ToString();
    }

    private static string RemoveTags(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
                inTag = true;
            else if (c == '>' && inTag)
                inTag = false;
            else if (!inTag)
                sb.Append(c);
        }
        return sb.ToString();
    }

    // remove_accents for Latin-1 Supplement and Latin Extended-A (the letters names are written with);
    // other scripts are removed by the strict filter, as WordPress does.
    private const string Latin1 =
        "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O||O|U|U|U|U|Y|TH|s|" +
        "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y";

    private const string LatinExtendedA =
        "A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|" +
        "L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|n|N|n|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|" +
        "W|w|Y|y|Y|Z|z|Z|z|Z|z|s";

    private static readonly string[] Latin1Table = Latin1.Split('|');
    private static readonly string[] LatinExtendedATable = LatinExtendedA.Split('|');

    private static string Transliterate(char c) => c switch
    {
        < '\u0080' => c.ToString(),
        >= '\u00C0' and <= '\u00FF' => Latin1Table[c - '\u00C0'],
        >= '\u0100' and <= '\u017F' => LatinExtendedATable[c - '\u0100'],
        _ => "",
    };
}
