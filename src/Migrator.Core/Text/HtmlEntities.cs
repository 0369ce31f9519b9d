using System.Text;

namespace Migrator.Core.Text;

/// <summary>
/// Decodes HTML character references exactly once.
/// <para>
/// Known references: every HTML5 named reference that ends in <c>;</c> (the full WHATWG list of 2,125 names, not
/// only HTML4's 253 that <see cref="System.Net.WebUtility.HtmlDecode(string)"/> knows: <c>&amp;hellip;</c>,
/// <c>&amp;rsquo;</c> and <c>&amp;nbsp;</c> as well as <c>&amp;apos;</c>, <c>&amp;NewLine;</c>, <c>&amp;bigstar;</c>),
/// decimal <c>&amp;#8217;</c> and hex <c>&amp;#x2019;</c> references (WordPress's <c>&amp;#038;</c> included). Numeric
/// references 128–159 are read as Windows-1252, as browsers do (<c>&amp;#146;</c> is ’); 0, surrogates and values
/// past U+10FFFF become U+FFFD.
/// </para>
/// <para>
/// Only complete references (ending in <c>;</c>) are decoded: WordPress writes nothing else, and a bare <c>&amp;</c>
/// or <c>&amp;copy</c> without <c>;</c> in a title is far more likely literal text. The result is never scanned again,
/// so <c>&amp;amp;amp;</c> becomes <c>&amp;amp;</c>, never <c>&amp;</c>.
/// </para>
/// </summary>
public static class HtmlEntities
{
    /// <summary>Decodes every reference: for plain text fields (titles, term names, comment authors, excerpts).</summary>
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('&', StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length);
        Rewrite(text, 0, text.Length, sb, EntityPolicy.Full);
        return sb.ToString();
    }

    /// <summary>
    /// Decodes references in HTML without changing what the HTML means: text and attribute values get real characters
    /// (<c>&amp;#8217;</c> → ’, <c>&amp;nbsp;</c> → U+00A0), but a reference to a character that is markup there stays
    /// a reference in its canonical form (<c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c>; in attributes also
    /// <c>&amp;quot;</c> and <c>&amp;#39;</c>), so <c>&amp;#038;</c> becomes <c>&amp;amp;</c> and no new tag can appear.
    /// References to spaces and control characters are left as written. Comments, CDATA and the contents of
    /// <c>script</c>/<c>style</c> are not touched (the HTML parser does not decode there either).
    /// </summary>
    public static string DecodeInHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('&', StringComparison.Ordinal))
            return html;
        var sb = new StringBuilder(html.Length);
        foreach (var token in HtmlLexer.Tokenize(html))
        {
            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    Rewrite(html, token.Start, token.End, sb, EntityPolicy.HtmlText);
                    break;
                case HtmlTokenKind.Tag:
                    Rewrite(html, token.Start, token.End, sb, EntityPolicy.HtmlAttribute);
                    break;
                default:
                    sb.Append(html, token.Start, token.Length);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes text for HTML text or a double-quoted attribute value: <c>&amp; &lt; &gt; "</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => null,
            } ?? c.ToString());
        }
        return sb.ToString();
    }

    /// <summary>Escapes text for HTML element content: <c>&amp; &lt; &gt;</c> only (quotes stay readable).</summary>
    public static string EscapeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>") < 0)
            return text;
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads the character reference starting at <paramref name="index"/> (which holds <c>&amp;</c>).
    /// Returns its length and the characters it stands for, or 0 when there is no complete known reference there.
    /// </summary>
    internal static int TryRead(string text, int index, out string value)
    {
        value = "";
        var n = text.Length;
        if (index + 2 >= n || text[index] != '&')
            return 0;
        if (text[index + 1] == '#')
            return TryReadNumeric(text, index, out value);
        var j = index + 1;
        while (j < n && j - index - 1 <= HtmlEntityTable.LongestName && char.IsAsciiLetterOrDigit(text[j]))
            j++;
        if (j >= n || text[j] != ';' || j == index + 1)
            return 0;
        var lookup = HtmlEntityTable.Names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text.AsSpan(index + 1, j - index - 1), out var found))
            return 0;
        value = found;
        return j + 1 - index;
    }

    private static int TryReadNumeric(string text, int index, out string value)
    {
        value = "";
        var n = text.Length;
        var j = index + 2;
        var hex = j < n && text[j] is 'x' or 'X';
        if (hex)
            j++;
        var digitsStart = j;
        long code = 0;
        while (j < n && (hex ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiDigit(text[j])))
        {
            if (code <= 0x10FFFF)
                code = code * (hex ? 16 : 10) + DigitValue(text[j]);
            j++;
        }
        if (j == digitsStart || j >= n || text[j] != ';')
            return 0;
        value = FromCodePoint(code);
        return j + 1 - index;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string FromCodePoint(long code)
    {
        if (code is >= 0x80 and <= 0x9F)
        {
            var mapped = Windows1252[(int)code - 0x80];
            return mapped == 0 ? ((char)code).ToString() : ((char)mapped).ToString();
        }
        if (code == 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            return "\uFFFD";
        return char.ConvertFromUtf32((int)code);
    }

    /// <summary>What browsers read for numeric references 128–159 (HTML spec, "numeric character reference end state"); 0 = kept.</summary>
    private static readonly ushort[] Windows1252 =
    [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];

    /// <summary>Rewrites <c>text[start..end)</c> into <paramref name="sb"/>, decoding references as the policy allows.</summary>
    internal static void Rewrite(string text, int start, int end, StringBuilder sb, EntityPolicy policy, bool plainMarkdownText = false)
    {
        var i = start;
        while (i < end)
        {
            var amp = text.IndexOf('&', i, end - i);
            if (amp < 0)
                break;
            sb.Append(text, i, amp - i);
            var length = TryRead(text, amp, out var value);
            if (length == 0 || amp + length > end)
            {
                sb.Append('&');
                i = amp + 1;
                continue;
            }
            var original = text.AsSpan(amp, length);
            var replacement = Choose(policy, value, plainMarkdownText);
            if (replacement is null)
                sb.Append(original);
            else
                sb.Append(replacement);
            i = amp + length;
        }
        if (i < end)
            sb.Append(text, i, end - i);
    }

    /// <summary>The text to write for a decoded reference, or null to keep the reference as written.</summary>
    private static string? Choose(EntityPolicy policy, string value, bool plainMarkdownText)
    {
        if (policy == EntityPolicy.Full)
            return value;
        if (value.Length == 1 && value[0] < 0x80)
        {
            var c = value[0];
            return (policy, c) switch
            {
                (EntityPolicy.Markdown, '"' or '\'') when plainMarkdownText => value,
                (EntityPolicy.Markdown, _) => null,
                (_, '&') => "&amp;",
                (_, '<') => "&lt;",
                (_, '>') => "&gt;",
                (EntityPolicy.HtmlAttribute, '"') => "&quot;",
                (EntityPolicy.HtmlAttribute, '\'') => "&#39;",
                _ when c <= 0x20 || c == 0x7F => null,
                _ => value,
            };
        }
        // Multi-character references (&NotEqualTilde; = U+2242 U+0338) and non-ASCII: real characters are safe anywhere,
        // except the few two-character references that contain ASCII markup ("&nvlt;" = "<" + U+20D2).
        foreach (var c in value)
        {
            if (c < 0x80)
                return null;
        }
        return value;
    }
}

/// <summary>Where references are decoded, which decides what may be written as a real character.</summary>
internal enum EntityPolicy
{
    Full,
    HtmlText,
    HtmlAttribute,
    Markdown,
}
