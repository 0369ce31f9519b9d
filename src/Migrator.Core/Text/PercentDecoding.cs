using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Migrator.Core.Text;

/// <summary>
/// Percent-decoding of slugs and URL paths as WordPress stores them (docs/wordpress-wxr.md#slugs-and-percent-encoding):
/// <c>%e6%97%a5%e6%9c%ac</c> → <c>日本</c>, either hex case. Octets that do not form valid UTF-8 stay exactly as
/// written (<c>%ff</c> stays <c>%ff</c>), so decoding never throws and never invents characters; a <c>%</c> not followed
/// by two hex digits is kept. The one decoder every reader and writer uses.
/// </summary>
public static class PercentDecoding
{
    public static string Decode(string text) => Decode(text, out _);

    /// <summary>Decodes <paramref name="text"/>; <paramref name="keptInvalid"/> tells whether some octets were not UTF-8 and were kept.</summary>
    public static string Decode(string text, out bool keptInvalid)
    {
        ArgumentNullException.ThrowIfNull(text);
        keptInvalid = false;
        if (!text.Contains('%', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsOctet(text, i))
            {
                sb.Append(text[i++]);
                continue;
            }
            var start = i;
            bytes.Clear();
            while (IsOctet(text, i))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 3;
            }
            keptInvalid |= AppendUtf8OrOctets([.. bytes], text.AsSpan(start), sb);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds a <c>%XX</c> octet at <paramref name="i"/>.</summary>
    public static bool IsOctet(string text, int i)
    {
        ArgumentNullException.ThrowIfNull(text);
        return i + 2 < text.Length && text[i] == '%' && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]);
    }

    // Writes the decoded UTF-8; each byte of an invalid sequence is written back as its three source characters.
    private static bool AppendUtf8OrOctets(ReadOnlySpan<byte> bytes, ReadOnlySpan<char> source, StringBuilder sb)
    {
        var invalid = false;
        var chars = new char[bytes.Length];
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            sb.Append(chars, 0, written);
            bytes = bytes[read..];
            source = source[(read * 3)..];
            if (status == OperationStatus.Done)
                break;
            // InvalidData or NeedMoreData (a sequence cut short at the end): keep the first bad octet as written.
            sb.Append(source[..3]);
            bytes = bytes[1..];
            source = source[3..];
            invalid = true;
        }
        return invalid;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
