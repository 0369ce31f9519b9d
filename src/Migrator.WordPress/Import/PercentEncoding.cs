using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Migrator.WordPress.Import;

/// <summary>
/// Decodes WordPress's percent-encoded slugs (docs/wordpress-wxr.md#slugs-and-percent-encoding): <c>%e6%97%a5%e6%9c%ac</c> → <c>日本</c>.
/// </summary>
internal static class PercentEncoding
{
    /// <summary>
    /// Decodes every run of <c>%XX</c> octets as UTF-8. A run that is not valid UTF-8 is kept as written and
    /// <paramref name="keptInvalid"/> is set; a <c>%</c> not followed by two hex digits is kept.
    /// </summary>
    public static string Decode(string text, out bool keptInvalid)
    {
        keptInvalid = false;
        if (!text.Contains('%', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsOctet(text, i))
            {
                sb.Append(text[i++]);
                continue;
            }
            var start = i;
            var bytes = new List<byte>();
            while (IsOctet(text, i))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 3;
            }
            var chars = new char[bytes.Count];
            var status = Utf8.ToUtf16([.. bytes], chars, out _, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
                sb.Append(chars, 0, written);
            else
            {
                sb.Append(text, start, i - start);
                keptInvalid = true;
            }
        }
        return sb.ToString();
    }

    private static bool IsOctet(string text, int i) =>
        i + 2 < text.Length && text[i] == '%' && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
