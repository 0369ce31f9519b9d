using System.Text;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// The one place that decides escaping. Text is escaped only where a character would otherwise start Markdown syntax,
/// judged by its neighbours and by whether it starts a line, so that ordinary prose stays readable
/// (<c>snake_case</c>, <c>2 * 3</c>, <c>C:\Users</c> and <c>a &lt; b</c> are written as they are).
/// <para>The escapes are the ones every target reads alike: CommonMark (Markdig), kramdown (Jekyll) and Goldmark (Hugo).
/// So a <c>|</c> is always escaped (kramdown makes any line holding one a table row), <c>$$</c> is escaped (kramdown's
/// maths), a line-initial <c>: </c> is escaped (definition lists in kramdown and Goldmark), and text that reads as a
/// character reference is written with <c>&amp;amp;</c> (kramdown keeps the backslash of <c>\&amp;</c>).</para>
/// </summary>
internal static class MarkdownEscaper
{
    /// <summary>
    /// Appends literal text. <paramref name="prev"/> is the character written before it ('\n' at a line start),
    /// <paramref name="next"/> the first character written after it ('\n' at the end of the line or block).
    /// </summary>
    public static void AppendText(StringBuilder sb, ReadOnlySpan<char> text, char prev, char next, in WriterContext context)
    {
        var lineStart = prev == '\n';
        var orderedMarkerAt = lineStart ? OrderedListDelimiterIndex(text, next) : -1;
        var i = 0;
        while (i < text.Length)
        {
            // Runs of ordinary characters are copied as they are; only the few that can start syntax are looked at.
            var special = i == 0 || i == orderedMarkerAt ? 0 : text[i..].IndexOfAny(SyntaxCharacters);
            if (orderedMarkerAt > i && (special < 0 || i + special > orderedMarkerAt))
                special = orderedMarkerAt - i;
            if (special < 0)
            {
                sb.Append(text[i..]);
                return;
            }
            if (special > 0)
            {
                sb.Append(text.Slice(i, special));
                i += special;
                continue;
            }
            var c = text[i];
            var p = i == 0 ? prev : text[i - 1];
            var n = i + 1 < text.Length ? text[i + 1] : next;
            if (c == '&' && StartsEntity(text[i..]))
                sb.Append("&amp;");
            else if (IsTrimmedByReference(c) && (p == '\n' || n == '\n'))
            {
                // The CommonMark reference (commonmark.js) trims a paragraph with JavaScript's trim(), which also takes
                // Unicode spaces and U+FEFF that CommonMark keeps: at a line's edge they are written as references.
                if (c == '\u00A0')
                    sb.Append("&nbsp;");
                else
                    sb.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }

            else
            {
                if (NeedsEscape(c, p, n, lineStart && i == 0, i == orderedMarkerAt, text[i..], next, context))
                    sb.Append('\\');
                sb.Append(c);
            }
            i++;
        }
    }

    private static readonly System.Buffers.SearchValues<char> SyntaxCharacters =
        System.Buffers.SearchValues.Create("\\`[]!*_<&|~#>-+=$:\u00A0\uFEFF\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Characters JavaScript's trim() removes that are not CommonMark whitespace (Unicode spaces, U+FEFF, line and paragraph separators).</summary>
    private static bool IsTrimmedByReference(char c) =>
        c is '\u00A0' or '\uFEFF' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    private static bool NeedsEscape(char c, char p, char n, bool atLineStart, bool orderedMarker, ReadOnlySpan<char> rest, char afterText, in WriterContext context)
    {
        if (orderedMarker)
            return true;
        switch (c)
        {
            case '\\':
                return n == '\n' || IsAsciiPunctuation(n);
            case '`':
                return true;
            case '[':
                return !context.PlainBrackets;
            case ']':
                return context.InLinkText && !context.PlainBrackets;
            case '!':
                return n == '[';
            case '*':
                return atLineStart || !IsWhite(p) || !IsWhite(n);
            case '_':
                return !(char.IsLetterOrDigit(p) && char.IsLetterOrDigit(n));
            case '<':
                return char.IsAsciiLetter(n) || n is '/' or '!' or '?';
            case '|':
                return true;
            case '$':
                return p == '$' || n == '$';
            case ':':
                return atLineStart && IsWhite(n);
            case '~':
                return context.Options.Gfm || (atLineStart && n == '~');
            case '#':
                return atLineStart || (context.InHeading && IsWhite(p) && afterText == '\n' && rest.TrimStart('#').IsEmpty);
            case '>':
                return atLineStart;
            case '-':
                return atLineStart && (IsWhite(n) || n == '-');
            case '+':
                return atLineStart && IsWhite(n);
            case '=':
                return atLineStart && (IsWhite(n) || n == '=');
            default:
                return false;
        }
    }

    /// <summary>True when the brackets of <paramref name="text"/> pair up and no <c>](</c> or <c>][</c> could make a link of them.</summary>
    public static bool HasPlainBrackets(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '[')
                depth++;
            else if (c == ']' && --depth < 0)
                return false;
        }
        return depth == 0 && !text.Contains("](", StringComparison.Ordinal) && !text.Contains("][", StringComparison.Ordinal)
            && !text.Contains('\\', StringComparison.Ordinal);
    }

    /// <summary>Index of the '.' or ')' of a line-initial "1986." that would start an ordered list, or -1.</summary>
    private static int OrderedListDelimiterIndex(ReadOnlySpan<char> text, char next)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits is 0 or > 9 || digits >= text.Length || text[digits] is not ('.' or ')'))
            return -1;
        var after = digits + 1 < text.Length ? text[digits + 1] : next;
        return IsWhite(after) ? digits : -1;
    }

    /// <summary>True when the text at an ampersand reads as a character reference (<c>&amp;copy;</c>, <c>&amp;#35;</c>).</summary>
    public static bool StartsEntity(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '&')
            return false;
        var i = 1;
        if (text[i] == '#')
        {
            i++;
            var hex = i < text.Length && text[i] is 'x' or 'X';
            if (hex)
                i++;
            var start = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
                i++;
            return i > start && i - start <= (hex ? 6 : 7) && i < text.Length && text[i] == ';';
        }
        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            i++;
        return i > nameStart && i < text.Length && text[i] == ';';
    }

    /// <summary>Appends a link or image destination: bare when it can be, in angle brackets when it holds spaces or unbalanced parentheses.</summary>
    public static void AppendDestination(StringBuilder sb, string url)
    {
        var pointy = url.Length == 0 || url[0] == '<' || NeedsPointyBrackets(url);
        if (pointy)
            sb.Append('<');
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            var n = i + 1 < url.Length ? url[i + 1] : '\0';
            var escape = c switch
            {
                '\\' => IsAsciiPunctuation(n) || n == '\0',
                '<' or '>' => pointy,
                _ => false,
            };
            if (c == '&' && StartsEntity(url.AsSpan(i)))
            {
                // Not "\&": Markdig drops that backslash in a destination; an entity reads the same everywhere.
                sb.Append("&amp;");
                continue;
            }
            if (escape)
                sb.Append('\\');
            sb.Append(c);
        }
        if (pointy)
            sb.Append('>');
    }

    private static bool NeedsPointyBrackets(string url)
    {
        var depth = 0;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c <= ' ' || c == '\u007f')
                return true;
            if (c == '\\')
                i++;
            else if (c == '(')
                depth++;
            else if (c == ')' && --depth < 0)
                return true;
        }
        return depth != 0;
    }

    /// <summary>
    /// Appends a link title in double quotes, with character references rather than backslashes for what must not be
    /// read as written (kramdown does not read backslash escapes in titles; every target reads the references).
    /// </summary>
    public static void AppendTitle(StringBuilder sb, string title)
    {
        sb.Append('"');
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            var n = i + 1 < title.Length ? title[i + 1] : '"';
            if (c == '"')
                sb.Append("&quot;");
            else if (c == '\\' && IsAsciiPunctuation(n))
                sb.Append("&#92;");
            else if (c == '&' && StartsEntity(title.AsSpan(i)))
                sb.Append("&amp;");
            else
                sb.Append(c);
        }
        sb.Append('"');
    }

    /// <summary>Appends a code span: a backtick run no run inside uses, padded when the content needs it.</summary>
    public static void AppendCodeSpan(StringBuilder sb, string code)
    {
        var fence = 1;
        while (HasBacktickRun(code, fence))
            fence++;
        var pad = code.StartsWith('`') || code.EndsWith('`')
            || (code.Length > 1 && code[0] == ' ' && code[^1] == ' ' && code.AsSpan().ContainsAnyExcept(' '));
        sb.Append('`', fence);
        if (pad)
            sb.Append(' ');
        sb.Append(code);
        if (pad)
            sb.Append(' ');
        sb.Append('`', fence);
    }

    /// <summary>True when <paramref name="text"/> holds a run of exactly <paramref name="length"/> backticks.</summary>
    public static bool HasBacktickRun(string text, int length)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '`')
            {
                run++;
                continue;
            }
            if (run == length)
                return true;
            run = 0;
        }
        return false;
    }

    public static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    private static bool IsWhite(char c) => c == '\n' || char.IsWhiteSpace(c);
}
