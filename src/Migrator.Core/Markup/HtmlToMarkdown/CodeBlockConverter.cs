using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary><c>&lt;pre&gt;</c> to a fenced code block: the text kept exactly, the fence longer than any run inside, the language kept.</summary>
internal static class CodeBlockConverter
{
    /// <summary>Writes the fenced block, or returns false when the pre holds markup or attributes a fence cannot keep (<see cref="CodeLanguage"/>).</summary>
    public static bool TryWrite(HtmlNode pre, MarkdownWriter writer)
    {
        if (CodeLanguage.TextOf(pre, out var language) is not { } text)
            return false;
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        if (writer.InContainer && HasLeadingTab(text))
        {
            WriteHtml(text, language, writer);
            return true;
        }
        var fenceChar = language.Contains('`', StringComparison.Ordinal) ? '~' : '`';
        var fence = new string(fenceChar, Math.Max(3, CodeBlockText.LongestRun(text, fenceChar) + 1));
        var sb = new StringBuilder(text.Length + 2 * fence.Length + language.Length + 4);
        sb.Append(fence);
        foreach (var c in language)
        {
            if (MarkdownEscaper.IsAsciiPunctuation(c) && c is '\\' or '&')
                sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('\n').Append(text);
        if (text.Length > 0 && !text.EndsWith('\n'))
            sb.Append('\n');
        sb.Append(fence);
        writer.WriteLine(sb.ToString());
        return true;
    }

    /// <summary>
    /// Inside a quote or list item a tab that starts a line partly counts as the container's indentation, so a fence
    /// would change it: the block is written as HTML instead, with such tabs as <c>&amp;#9;</c> and blank lines as <c>&amp;#10;</c>.
    /// </summary>
    private static void WriteHtml(string text, string language, MarkdownWriter writer)
    {
        var sb = new StringBuilder("<pre><code");
        if (language.Length > 0)
        {
            sb.Append(" class=\"language-");
            HtmlText.AppendAttribute(sb, language);
            sb.Append('"');
        }
        sb.Append('>');
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' && lineStart)
                sb.Append("&#9;");
            else if (c == '\n' && (i + 1 == text.Length || text[i + 1] == '\n'))
                sb.Append("&#10;");
            else
                HtmlText.AppendText(sb, c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }
        sb.Append("</code></pre>");
        writer.WriteLine(sb.ToString());
    }

    private static bool HasLeadingTab(string text)
    {
        var lineStart = true;
        foreach (var c in text)
        {
            if (c == '\t' && lineStart)
                return true;
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return false;
    }
}
