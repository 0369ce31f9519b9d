using System.Globalization;
using System.Text;

namespace Migrator.WordPress.Export;

/// <summary>
/// Changes the strings inside a PHP-serialized value and fixes their <c>s:N:</c> byte counts (docs/wordpress-wxr.md#post-meta), so that
/// WordPress can still unserialize a meta value after characters were removed or line endings changed.
/// Understands <c>N b i d s a O r R</c>; anything else (or a value whose counts are already wrong) is not rewritten.
/// </summary>
internal static class PhpSerializedText
{
    /// <summary>True when the value starts like a serialized array, object or string.</summary>
    public static bool LooksSerialized(string value) =>
        value.Length > 3 && value[1] == ':' && value[0] is 'a' or 'O' or 's';

    /// <summary>The value with <paramref name="change"/> applied to every string in it, or null when it does not parse.</summary>
    public static string? Rewrite(string value, Func<string, string> change)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var output = new StringBuilder(value.Length);
        var at = 0;
        if (!Value(bytes, ref at, output, change) || at != bytes.Length)
            return null;
        return output.ToString();
    }

    private static bool Value(byte[] b, ref int at, StringBuilder output, Func<string, string> change)
    {
        if (at + 1 >= b.Length)
            return false;
        var kind = (char)b[at];
        switch (kind)
        {
            case 'N':
                if (b[at + 1] != ';')
                    return false;
                output.Append("N;");
                at += 2;
                return true;
            case 'b' or 'i' or 'd' or 'r' or 'R':
                {
                    var end = Array.IndexOf(b, (byte)';', at);
                    if (end < 0 || b[at + 1] != ':')
                        return false;
                    output.Append(Encoding.UTF8.GetString(b, at, end - at + 1));
                    at = end + 1;
                    return true;
                }
            case 's':
                {
                    if (!QuotedString(b, ref at, out var text))
                        return false;
                    if (at >= b.Length || b[at] != ';')
                        return false;
                    at++;
                    AppendString(output, change(text));
                    output.Append(';');
                    return true;
                }
            case 'a':
                {
                    at += 2;
                    if (!Number(b, ref at, out var count) || !Expect(b, ref at, ":{"))
                        return false;
                    output.Append("a:").Append(count.ToString(CultureInfo.InvariantCulture)).Append(":{");
                    return Pairs(b, ref at, output, change, count);
                }
            case 'O':
                {
                    if (!QuotedString(b, ref at, out var className) || !Expect(b, ref at, ":"))
                        return false;
                    if (!Number(b, ref at, out var count) || !Expect(b, ref at, ":{"))
                        return false;
                    output.Append('O');
                    AppendString(output, className, prefix: "");
                    output.Append(':').Append(count.ToString(CultureInfo.InvariantCulture)).Append(":{");
                    return Pairs(b, ref at, output, change, count);
                }
            default:
                return false;
        }
    }

    private static bool Pairs(byte[] b, ref int at, StringBuilder output, Func<string, string> change, long count)
    {
        for (var i = 0; i < count * 2; i++)
        {
            if (!Value(b, ref at, output, change))
                return false;
        }
        if (!Expect(b, ref at, "}"))
            return false;
        output.Append('}');
        return true;
    }

    // Reads `s:N:"…"` (or `:N:"…"` after an O); leaves `at` after the closing quote.
    private static bool QuotedString(byte[] b, ref int at, out string text)
    {
        text = "";
        at += 2;
        if (!Number(b, ref at, out var length) || !Expect(b, ref at, ":\""))
            return false;
        if (length < 0 || at + length + 1 > b.Length || b[at + length] != '"')
            return false;
        text = Encoding.UTF8.GetString(b, at, (int)length);
        if (Encoding.UTF8.GetByteCount(text) != length)
            return false;
        at += (int)length + 1;
        return true;
    }

    private static void AppendString(StringBuilder output, string text, string prefix = "s") =>
        output.Append(prefix).Append(':')
            .Append(Encoding.UTF8.GetByteCount(text).ToString(CultureInfo.InvariantCulture))
            .Append(":\"").Append(text).Append('"');

    private static bool Number(byte[] b, ref int at, out long value)
    {
        var start = at;
        if (at < b.Length && b[at] == '-')
            at++;
        while (at < b.Length && b[at] is >= (byte)'0' and <= (byte)'9')
            at++;
        return long.TryParse(Encoding.ASCII.GetString(b, start, at - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool Expect(byte[] b, ref int at, string literal)
    {
        foreach (var c in literal)
        {
            if (at >= b.Length || b[at] != c)
                return false;
            at++;
        }
        return true;
    }
}
