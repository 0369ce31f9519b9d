using System.Text;

namespace Migrator.Core.Text;

/// <summary>
/// WordPress slugs: <c>sanitize_title()</c> in its save context (<c>remove_accents</c> then
/// <c>sanitize_title_with_dashes</c>, wp-includes/formatting.php).
/// WordPress stores slugs percent-encoded with lower-case hex; Migrator stores them decoded (<see cref="Model.Post.Slug"/>).
/// </summary>
public static class WordPressSlug
{
    /// <summary>The most bytes of percent-encoded text WordPress keeps (<c>utf8_uri_encode($title, 200)</c>).</summary>
    public const int MaxEncodedLength = 200;

    /// <summary>
    /// The slug WordPress would store for <paramref name="title"/> when a post is published without one, decoded to
    /// real characters as Migrator stores slugs (<c>Ελληνικά κείμενο</c> → <c>ελληνικά-κείμενο</c>). Empty when the
    /// title has nothing a slug can keep (WordPress then falls back to the post ID).
    /// </summary>
    public static string FromTitle(string title) => PercentDecoding.Decode(SanitizeTitle(title));

    /// <summary>
    /// <c>sanitize_title($title)</c> exactly as WordPress stores it: percent-encoded, lower-case hex
    /// (<c>Café Olé</c> → <c>cafe-ole</c>; <c>Ελληνικά</c> → <c>%ce%b5%ce%bb…</c>).
    /// </summary>
    public static string SanitizeTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = RemoveAccents(title);
        text = StripTags(text);
        text = KeepOnlyOctetPercents(text);
        text = Utf8UriEncode(text.ToLowerInvariant(), MaxEncodedLength);
        text = ReplaceSaveContextCharacters(text);
        text = KillEntities(text).Replace('.', '-');
        return Dashes(text);
    }

    /// <summary><c>remove_accents()</c>: Latin letters lose their accents; other scripts are left for percent-encoding.</summary>
    internal static string RemoveAccents(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= 0x80 && LatinTransliteration.Ascii.TryGetValue(c, out var ascii))
                sb.Append(ascii);
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary><c>strip_tags()</c>: a <c>&lt;</c> followed by a non-space starts a tag that runs to the next <c>&gt;</c>.</summary>
    private static string StripTags(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                var gt = text.IndexOf('>', i + 1);
                i = gt < 0 ? text.Length : gt + 1;
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Existing <c>%XX</c> octets are kept; any other <c>%</c> is removed.</summary>
    private static string KeepOnlyOctetPercents(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && !PercentDecoding.IsOctet(text, i))
                continue;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary><c>utf8_uri_encode($text, 200)</c>: every byte of a non-ASCII character as <c>%xx</c>, cut at a character boundary.</summary>
    private static string Utf8UriEncode(string text, int maxLength)
    {
        var sb = new StringBuilder(text.Length);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                if (sb.Length >= maxLength)
                    break;
                sb.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(buffer);
            if (sb.Length + (count * 3) > maxLength)
                break;
            for (var k = 0; k < count; k++)
                sb.Append('%').Append(buffer[k].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static readonly string[] ToHyphen =
    [
        "%c2%a0", "%e2%80%93", "%e2%80%94", "&nbsp;", "&#160;", "&ndash;", "&#8211;", "&mdash;", "&#8212;", "/",
        "%e2%80%80", "%e2%80%81", "%e2%80%82", "%e2%80%83", "%e2%80%84", "%e2%80%85", "%e2%80%86", "%e2%80%87",
        "%e2%80%88", "%e2%80%89", "%e2%80%8a", "%e2%80%a8", "%e2%80%a9", "%e2%80%af",
    ];

    private static readonly string[] Dropped =
    [
        "%c2%ad", "%c2%a1", "%c2%bf", "%c2%ab", "%c2%bb", "%e2%80%b9", "%e2%80%ba", "%e2%80%98", "%e2%80%99",
        "%e2%80%9c", "%e2%80%9d", "%e2%80%9a", "%e2%80%9b", "%e2%80%9e", "%e2%80%9f", "%e2%80%a2", "%c2%a9",
        "%c2%ae", "%c2%b0", "%e2%80%a6", "%e2%84%a2", "%c2%b4", "%cb%8a", "%cc%81", "%cd%81", "%cc%80", "%cc%84",
        "%cc%8c", "%e2%80%8b", "%e2%80%8c", "%e2%80%8d", "%e2%80%8e", "%e2%80%8f", "%e2%80%aa", "%e2%80%ab",
        "%e2%80%ac", "%e2%80%ad", "%e2%80%ae", "%ef%bb%bf",
    ];

    /// <summary>The save-context replacements of <c>sanitize_title_with_dashes</c>, in WordPress's order.</summary>
    private static string ReplaceSaveContextCharacters(string text)
    {
        foreach (var s in ToHyphen.AsSpan(0, 10))
            text = text.Replace(s, "-", StringComparison.Ordinal);
        foreach (var s in Dropped)
            text = text.Replace(s, "", StringComparison.Ordinal);
        foreach (var s in ToHyphen.AsSpan(10))
            text = text.Replace(s, "-", StringComparison.Ordinal);
        return text.Replace("%c3%97", "x", StringComparison.Ordinal);
    }

    /// <summary><c>preg_replace('/&amp;.+?;/', '', …)</c>: from an <c>&amp;</c> to the next <c>;</c> on the same line.</summary>
    private static string KillEntities(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '&')
            {
                var semi = i + 2 <= text.Length ? text.IndexOf(';', i + 2) : -1;
                var newline = text.IndexOf('\n', i + 1);
                if (semi > 0 && (newline < 0 || semi < newline))
                {
                    i = semi + 1;
                    continue;
                }
            }
            sb.Append(text[i]);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Keep <c>[%a-z0-9 _-]</c>; whitespace runs and dash runs become one <c>-</c>; trim dashes.</summary>
    private static string Dashes(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '-' || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                sb.Append(c);
            else if (c == ' ' && (sb.Length == 0 || sb[^1] != '-'))
                sb.Append('-');
            if (c == '-' && sb.Length > 1 && sb[^2] == '-')
                sb.Length--;
        }
        return sb.ToString().Trim('-');
    }
}
