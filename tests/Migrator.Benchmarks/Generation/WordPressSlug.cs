using System.Text;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// What WordPress's <c>sanitize_title</c> makes of the generator's titles (docs/wordpress-wxr.md#slugs-and-percent-encoding), for the characters the
/// word list uses: Latin accents transliterated, everything else non-ASCII lower-cased and percent-encoded with
/// lowercase hex, spaces to <c>-</c>, the encoded length capped at 200 bytes at a character boundary.
/// </summary>
internal static class WordPressSlug
{
    private const int MaxEncodedLength = 200;

    public static string FromWords(IReadOnlyList<string> words, string separator)
    {
        var raw = string.Join(separator, words);
        var slug = new StringBuilder(raw.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < raw.Length; i++)
        {
            var rune = Rune.GetRuneAt(raw, i);
            if (rune.IsBmp is false)
                i++;
            var piece = Transliterate(rune);
            if (piece is null)
            {
                var lower = Rune.ToLowerInvariant(rune);
                var length = lower.EncodeToUtf8(utf8);
                if (slug.Length + (3 * length) > MaxEncodedLength)
                    break;
                for (var b = 0; b < length; b++)
                    slug.Append('%').Append(HexDigit(utf8[b] >> 4)).Append(HexDigit(utf8[b] & 0xF));
                continue;
            }
            if (slug.Length + piece.Length > MaxEncodedLength)
                break;
            slug.Append(piece);
        }
        return slug.ToString().Trim('-');
    }

    /// <summary>The ASCII a character becomes, or null when it is percent-encoded.</summary>
    private static string? Transliterate(Rune rune)
    {
        if (rune.Value < 0x80)
        {
            var c = (char)rune.Value;
            if (char.IsAsciiLetterOrDigit(c))
                return char.ToLowerInvariant(c).ToString();
            return c is ' ' or '-' ? "-" : "";
        }
        return rune.Value switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => "a",
            'ç' or 'Ç' => "c",
            'è' or 'é' or 'ê' or 'ë' or 'È' or 'É' or 'Ê' or 'Ë' => "e",
            'ì' or 'í' or 'î' or 'ï' => "i",
            'ñ' or 'Ñ' or 'ń' => "n",
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'Ö' => "o",
            'ù' or 'ú' or 'û' or 'ü' or 'Ü' => "u",
            'ł' or 'Ł' => "l",
            'ź' or 'ż' or 'Ź' or 'Ż' => "z",
            'ß' => "ss",
            _ => null,
        };
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
