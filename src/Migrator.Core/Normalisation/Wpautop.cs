using System.Text;
using System.Text.RegularExpressions;

namespace Migrator.Core.Normalisation;

/// <summary>
/// A port of WordPress's <c>wpautop()</c> (wp-includes/formatting.php, WordPress 6.2 and later: <c>math</c> is treated
/// like <c>script</c>, not as a block) and <c>shortcode_unautop()</c>, step by step, with the same regular expressions.
/// PHP's byte-mode <c>\s</c> is spelled out as <c>[ \t\n\v\f\r]</c>: .NET's <c>\s</c> would also match U+00A0, which
/// WordPress leaves alone. Patterns are case-sensitive, as in PHP (only the <c>&lt;blockquote</c> fix ignores case).
/// </summary>
internal static partial class Wpautop
{
    private const string S = @"[ \t\n\x0B\f\r]";
    private const string AllBlocks =
        "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";
    private const int TimeoutMs = 5000;
    private const string PhpTrimChars = " \t\n\r\0\x0B";

    public static string Apply(string text, bool br = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().Trim(PhpTrimChars).IsEmpty)
            return "";

        // 1. Pad the end.
        text += "\n";

        // 2. Cut out <pre> blocks.
        var preTags = new List<KeyValuePair<string, string>>();
        if (text.Contains("<pre", StringComparison.Ordinal))
            text = CutOutPre(text, preTags);

        // 3. Two <br>s become a paragraph break.
        text = DoubleBr().Replace(text, "\n\n");

        // 4. Blank lines around block tags, and after <hr>.
        text = BlockOpen().Replace(text, "\n\n$1");
        text = BlockClose().Replace(text, "$1\n\n");
        text = Hr().Replace(text, "$1\n\n");

        // 5. Standardise newlines.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        // 6. Protect newlines inside tags and comments.
        text = ReplaceNewlinesInTags(text, " <!-- wpnl --> ");

        // 7. Collapse whitespace around <option>, <param>/<embed> in <object>, <source>/<track>, <figcaption>.
        if (text.Contains("<option", StringComparison.Ordinal))
        {
            text = OptionOpen().Replace(text, "<option");
            text = OptionClose().Replace(text, "</option>");
        }
        if (text.Contains("</object>", StringComparison.Ordinal))
        {
            text = ObjectOpen().Replace(text, "$1");
            text = ObjectClose().Replace(text, "</object>");
            text = ParamOrEmbed().Replace(text, "$1");
        }
        if (text.Contains("<source", StringComparison.Ordinal) || text.Contains("<track", StringComparison.Ordinal))
        {
            text = MediaOpen().Replace(text, "$1");
            text = MediaClose().Replace(text, "$1");
            text = SourceOrTrack().Replace(text, "$1");
        }
        if (text.Contains("<figcaption", StringComparison.Ordinal))
        {
            text = FigcaptionOpen().Replace(text, "$1");
            text = FigcaptionClose().Replace(text, "</figcaption>");
        }

        // 8. Paragraphs.
        text = ManyNewlines().Replace(text, "\n\n");
        var sb = new StringBuilder(text.Length + 64);
        foreach (var chunk in BlankLine().Split(text))
        {
            if (chunk.Length == 0)
                continue;
            sb.Append("<p>").Append(chunk.Trim('\n')).Append("</p>\n");
        }
        text = sb.ToString();

        // 9. Clean-ups.
        text = EmptyParagraph().Replace(text, "");
        text = MissingCloseInDiv().Replace(text, "<p>$1</p></$2>");
        text = ParagraphAroundBlockTag().Replace(text, "$1");
        text = ParagraphAroundLi().Replace(text, "$1");
        text = ParagraphBeforeBlockquote().Replace(text, "<blockquote$1><p>");
        text = text.Replace("</blockquote></p>", "</p></blockquote>", StringComparison.Ordinal);
        text = ParagraphBeforeBlockTag().Replace(text, "$1");
        text = ParagraphAfterBlockTag().Replace(text, "$1");

        // 10. Line breaks.
        if (br)
        {
            text = NewlinePreserved().Replace(text, m => m.Value.Replace("\n", "<WPPreserveNewline />", StringComparison.Ordinal));
            text = text.Replace("<br>", "<br />", StringComparison.Ordinal).Replace("<br/>", "<br />", StringComparison.Ordinal);
            text = NewlineToBr().Replace(text, "<br />\n");
            text = text.Replace("<WPPreserveNewline />", "\n", StringComparison.Ordinal);
        }

        // 11. <br /> next to block tags.
        text = BrAfterBlockTag().Replace(text, "$1");
        text = BrBeforeSomeTags().Replace(text, "$1");
        text = FinalNewlineBeforeClose().Replace(text, "</p>");

        // 12. Restore <pre> blocks and in-tag newlines.
        foreach (var (name, original) in preTags)
            text = text.Replace(name, original, StringComparison.Ordinal);
        if (text.Contains("<!-- wpnl -->", StringComparison.Ordinal))
            text = text.Replace(" <!-- wpnl --> ", "\n", StringComparison.Ordinal).Replace("<!-- wpnl -->", "\n", StringComparison.Ordinal);
        return text;
    }

    /// <summary>
    /// <c>shortcode_unautop()</c>: removes the <c>&lt;p&gt;</c> around a paragraph that holds only one of the
    /// <paramref name="shortcodeNames"/> (self-closing or enclosing), with optional spaces, U+00A0 or <c>&amp;nbsp;</c> around it.
    /// </summary>
    public static string ShortcodeUnautop(string text, IEnumerable<string> shortcodeNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(shortcodeNames);
        var names = string.Join('|', shortcodeNames.Select(Regex.Escape));
        if (names.Length == 0 || !text.Contains("<p>", StringComparison.Ordinal))
            return text;
        return UnautopPatterns.GetOrAdd(names, BuildUnautop).Replace(text, "$1");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> UnautopPatterns = new(StringComparer.Ordinal);

    private static Regex BuildUnautop(string names)
    {
        const string spaces = @"(?:[\r\n\t ]|\u00A0|&nbsp;)";
        var pattern =
            "<p>" + "(?>" + spaces + "*)"
            + @"(\[(" + names + @")(?![A-Za-z0-9_-])"
            + @"[^\]/]*(?:/(?!\])[^\]/]*)*?"
            + @"(?:/\]|\](?:(?>[^\[]*)(?>(?:\[(?!/\2\])(?>[^\[]*))*)\[/\2\])?))"
            + "(?>" + spaces + "*)" + "</p>";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(TimeoutMs));
    }

    private static string CutOutPre(string text, List<KeyValuePair<string, string>> preTags)
    {
        var parts = text.Split("</pre>");
        var sb = new StringBuilder(text.Length);
        var i = 0;
        for (var k = 0; k < parts.Length - 1; k++)
        {
            var part = parts[k];
            var start = part.IndexOf("<pre", StringComparison.Ordinal);
            if (start < 0)
            {
                sb.Append(part);
                continue;
            }
            var name = $"<pre wp-pre-tag-{i}></pre>";
            preTags.Add(new(name, part[start..] + "</pre>"));
            sb.Append(part, 0, start).Append(name);
            i++;
        }
        sb.Append(parts[^1]);
        return sb.ToString();
    }

    /// <summary>
    /// <c>wp_replace_in_html_tags()</c> for one needle: replaces newlines inside elements as <c>wp_html_split()</c>
    /// finds them (a comment to <c>--&gt;</c>, a CDATA section to <c>]]&gt;</c>, anything else from <c>&lt;</c> to the
    /// next <c>&gt;</c>, each running to the end of the text when unclosed).
    /// </summary>
    internal static string ReplaceNewlinesInTags(string text, string replacement)
    {
        StringBuilder? sb = null; // made at the first newline inside a tag; without one the text comes back as it is
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0)
                break;
            int end;
            if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
                end = EndAfter(text, "-->", lt + 4);
            else if (string.CompareOrdinal(text, lt, "<![CDATA[", 0, 9) == 0)
                end = EndAfter(text, "]]>", lt + 9);
            else
                end = EndAfter(text, ">", lt + 1);
            for (var nl = text.IndexOf('\n', lt, end - lt); nl >= 0; nl = text.IndexOf('\n', nl + 1, end - nl - 1))
            {
                sb ??= new StringBuilder(text.Length + 64);
                sb.Append(text, copied, nl - copied).Append(replacement);
                copied = nl + 1;
            }
            i = end;
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static int EndAfter(string text, string terminator, int from)
    {
        var at = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? text.Length : at + terminator.Length;
    }

    [GeneratedRegex("<br" + S + "*/?>" + S + "*<br" + S + "*/?>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex DoubleBr();

    [GeneratedRegex("(<" + AllBlocks + @"[ \t\n\x0B\f\r/>])", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BlockOpen();

    [GeneratedRegex("(</" + AllBlocks + ">)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BlockClose();

    [GeneratedRegex("(<hr" + S + "*?/?>)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Hr();

    [GeneratedRegex(S + "*<option", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex OptionOpen();

    [GeneratedRegex("</option>" + S + "*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex OptionClose();

    [GeneratedRegex("(<object[^>]*>)" + S + "*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ObjectOpen();

    [GeneratedRegex(S + "*</object>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ObjectClose();

    [GeneratedRegex(S + "*(</?(?:param|embed)[^>]*>)" + S + "*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ParamOrEmbed();

    [GeneratedRegex(@"([<\[](?:audio|video)[^>\]]*[>\]])" + S + "*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex MediaOpen();

    [GeneratedRegex(S + @"*([<\[]/(?:audio|video)[>\]])", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex MediaClose();

    [GeneratedRegex(S + "*(<(?:source|track)[^>]*>)" + S + "*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex SourceOrTrack();

    [GeneratedRegex(S + "*(<figcaption[^>]*>)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex FigcaptionOpen();

    [GeneratedRegex("</figcaption>" + S + "*", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex FigcaptionClose();

    [GeneratedRegex("\n\n+", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ManyNewlines();

    [GeneratedRegex("\n" + S + "*\n", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BlankLine();

    [GeneratedRegex("<p>" + S + "*</p>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex("<p>([^<]+)</(div|address|form)>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex MissingCloseInDiv();

    [GeneratedRegex("<p>" + S + "*(</?" + AllBlocks + "[^>]*>)" + S + "*</p>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ParagraphAroundBlockTag();

    [GeneratedRegex("<p>(<li.+?)</p>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ParagraphAroundLi();

    [GeneratedRegex("<p><blockquote([^>]*)>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ParagraphBeforeBlockquote();

    [GeneratedRegex("<p>" + S + "*(</?" + AllBlocks + "[^>]*>)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ParagraphBeforeBlockTag();

    [GeneratedRegex("(</?" + AllBlocks + "[^>]*>)" + S + "*</p>", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex ParagraphAfterBlockTag();

    [GeneratedRegex(@"<(script|style|svg|math).*?</\1>", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeoutMs)]
    private static partial Regex NewlinePreserved();

    [GeneratedRegex("(?<!<br />)" + S + "*\n", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex NewlineToBr();

    [GeneratedRegex("(</?" + AllBlocks + "[^>]*>)" + S + "*<br />", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BrAfterBlockTag();

    [GeneratedRegex("<br />(" + S + "*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BrBeforeSomeTags();

    [GeneratedRegex("\n</p>$", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex FinalNewlineBeforeClose();
}
