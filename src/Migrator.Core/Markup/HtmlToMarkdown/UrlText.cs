using System.Text;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// Makes URLs readable in Markdown without changing what they render to: a percent escape is decoded when the
/// renderer would percent-encode the character again (non-ASCII letters, spaces, brackets, backslashes…). <c>%25</c>,
/// <c>%2F</c>, <c>%3F</c> and other escapes that carry meaning stay as written. Converting the rendered HTML again
/// therefore gives the same Markdown.
/// </summary>
internal static class UrlText
{
    public static string Readable(string url)
    {
        var percent = url.IndexOf('%', StringComparison.Ordinal);
        if (percent < 0)
            return url;
        var sb = new StringBuilder(url.Length);
        sb.Append(url, 0, percent);
        var bytes = new List<byte>(4);
        for (var i = percent; i < url.Length; i++)
        {
            if (url[i] != '%' || !TryHexByte(url, i + 1, out var first))
            {
                sb.Append(url[i]);
                continue;
            }
            if (first < 0x80)
            {
                var c = (char)first;
                if (c >= ' ' && c != '&' && c != '\u007f' && Markdig.Helpers.HtmlHelper.EscapeUrlCharacter(c) is not null)
                    sb.Append(c);
                else
                    sb.Append(url, i, 3);
                i += 2;
                continue;
            }
            var length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
            bytes.Clear();
            for (var k = 0; k < length && TryHexByte(url, i + 1 + 3 * k, out var b) && url[i + 3 * k] == '%'; k++)
                bytes.Add(b);
            string? decoded = null;
            if (length > 0 && bytes.Count == length)
            {
                try
                {
                    decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
                }
                catch (DecoderFallbackException)
                {
                    decoded = null;
                }
            }
            if (decoded is null)
            {
                sb.Append(url, i, 3);
                i += 2;
                continue;
            }
            sb.Append(decoded);
            i += 3 * length - 1;
        }
        return sb.ToString();
    }

    private static bool TryHexByte(string text, int index, out byte value)
    {
        value = 0;
        if (index + 1 >= text.Length || !char.IsAsciiHexDigit(text[index]) || !char.IsAsciiHexDigit(text[index + 1]))
            return false;
        value = (byte)((HexValue(text[index]) << 4) | HexValue(text[index + 1]));
        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
