using System.Buffers;
using System.Globalization;

namespace Migrator.WordPress.Import;

/// <summary>What XML allows where: the character classes <see cref="RepairingXmlTextReader"/> scans with.</summary>
internal static class XmlCharacters
{
    /// <summary>A character XML allows as it is (a surrogate only as part of a pair, which is checked separately).</summary>
    public static bool IsPlain(char c) =>
        c >= '\u0020' ? c < '\uD800' || (c >= '\uE000' && c <= '\uFFFD') : c is '\t' or '\n' or '\r';

    /// <summary>A code point XML allows (in a character reference).</summary>
    public static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);

    /// <summary>A character that can start an element name (after <c>&lt;</c>), leniently.</summary>
    public static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':' || c >= '\u00C0';

    /// <summary>Parses the digits of <c>&amp;#…;</c> or <c>&amp;#x…;</c> (after the <c>#</c>).</summary>
    public static bool TryParseCharacterReference(ReadOnlySpan<char> digits, out int codePoint)
    {
        codePoint = 0;
        var hex = digits.Length > 0 && digits[0] == 'x';
        if (hex)
            digits = digits[1..];
        if (digits.IsEmpty || digits.Length > 8)
            return false;
        foreach (var d in digits)
            if (hex ? !char.IsAsciiHexDigit(d) : !char.IsAsciiDigit(d))
                return false;
        return int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
    }

    /// <summary>The characters that end a plain run: the given stop characters and every character that is not plain.</summary>
    public static SearchValues<char> Stops(string stops)
    {
        var chars = new List<char>(stops);
        for (var c = '\u0000'; c < '\u0020'; c++)
            if (c is not ('\t' or '\n' or '\r'))
                chars.Add(c);
        for (var c = '\uD800'; c <= '\uDFFF'; c++)
            chars.Add(c);
        chars.Add('\uFFFE');
        chars.Add('\uFFFF');
        return SearchValues.Create([.. chars]);
    }

    public static SearchValues<char> TextStops { get; } = Stops("<&");
    public static SearchValues<char> CDataStops { get; } = Stops("]<");
    public static SearchValues<char> CommentStops { get; } = Stops("-");
    public static SearchValues<char> InstructionStops { get; } = Stops("?");
    public static SearchValues<char> DeclarationStops { get; } = Stops("[]>");
    public static SearchValues<char> EndTagStops { get; } = Stops(">");
    public static SearchValues<char> TagStops { get; } = Stops("\"'>");
    public static SearchValues<char> DoubleQuotedStops { get; } = Stops("\"&<");
    public static SearchValues<char> SingleQuotedStops { get; } = Stops("'&<");
}
