using System.Text;

namespace Migrator.Hugo.Export;

/// <summary>
/// Makes Hugo shortcode syntax in a body inert, the way Hugo documents it: <c>{{&lt; x &gt;}}</c> becomes
/// <c>{{&lt;/* x */&gt;}}</c> and <c>{{% x %}}</c> becomes <c>{{%/* x */%}}</c>, which Hugo prints as the original text.
/// An opening without its closing cannot be written that way (Hugo would fail on it); it is broken with an entity
/// (<c>{{&amp;lt;</c>, <c>{{&amp;#37;</c>). Already escaped shortcodes are left alone.
/// </summary>
internal static class ShortcodeEscaper
{
    /// <param name="Text">The body with every shortcode opening made inert.</param>
    /// <param name="Escaped">Openings escaped with comment markers.</param>
    /// <param name="Broken">Unclosed openings broken with an entity.</param>
    public sealed record Result(string Text, int Escaped, int Broken);

    public static Result Escape(string text)
    {
        if (!text.Contains("{{<", StringComparison.Ordinal) && !text.Contains("{{%", StringComparison.Ordinal))
            return new Result(text, 0, 0);
        var sb = new StringBuilder(text.Length + 16);
        int escaped = 0, broken = 0, pos = 0;
        while (pos < text.Length)
        {
            var open = NextOpening(text, pos);
            if (open < 0)
            {
                sb.Append(text, pos, text.Length - pos);
                break;
            }
            sb.Append(text, pos, open - pos);
            var marker = text[open + 2];
            var closing = marker == '<' ? ">}}" : "%}}";
            var innerStart = open + 3;
            if (text.AsSpan(innerStart).StartsWith("/*", StringComparison.Ordinal))
            {
                var end = text.IndexOf("*/" + closing, innerStart, StringComparison.Ordinal);
                if (end >= 0)
                {
                    sb.Append(text, open, end + 2 + closing.Length - open);
                    pos = end + 2 + closing.Length;
                    continue;
                }
            }
            var close = text.IndexOf(closing, innerStart, StringComparison.Ordinal);
            if (close < 0)
            {
                sb.Append(marker == '<' ? "{{&lt;" : "{{&#37;");
                broken++;
                pos = innerStart;
                continue;
            }
            sb.Append("{{").Append(marker).Append("/*")
              .Append(text, innerStart, close - innerStart)
              .Append("*/").Append(closing);
            escaped++;
            pos = close + closing.Length;
        }
        return new Result(sb.ToString(), escaped, broken);
    }

    private static int NextOpening(string text, int from)
    {
        var angle = text.IndexOf("{{<", from, StringComparison.Ordinal);
        var percent = text.IndexOf("{{%", from, StringComparison.Ordinal);
        if (angle < 0)
            return percent;
        if (percent < 0)
            return angle;
        return Math.Min(angle, percent);
    }
}
