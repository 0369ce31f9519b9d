using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary><c>&lt;pre&gt;</c> to a fenced code block: the text kept exactly, the fence longer than any run inside, the language kept.</summary>
internal static class CodeBlockConverter
{
    /// <summary>Writes the fenced block, or returns false when the pre holds markup or attributes a fence cannot keep.</summary>
    public static bool TryWrite(HtmlNode pre, MarkdownWriter writer)
    {
        if (!InlineConverter.OnlyAttributes(pre, "class"))
            return false;
        string text;
        string? language;
        if (InlineConverter.OnlyText(pre))
        {
            text = HtmlText.Decode(InlineConverter.TextOf(pre));
            // HTML drops a newline that directly follows <pre>.
            if (text.StartsWith('\n'))
                text = text[1..];
            language = LanguageOf(pre.GetAttributeValue("class", ""));
        }
        else if (pre.ChildNodes.Count == 1 && pre.FirstChild is { Name: "code" } code
                 && InlineConverter.OnlyAttributes(code, "class") && InlineConverter.OnlyText(code))
        {
            text = HtmlText.Decode(InlineConverter.TextOf(code));
            language = LanguageOf(code.GetAttributeValue("class", "")) ?? LanguageOf(pre.GetAttributeValue("class", ""));
        }
        else
            return false;
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        language = HtmlText.Decode(language ?? "");

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

    /// <summary>The language named by a class attribute: <c>language-x</c>, <c>lang-x</c> or SyntaxHighlighter's <c>brush: x</c>.</summary>
    public static string? LanguageOf(string classes)
    {
        var brush = classes.IndexOf("brush:", StringComparison.Ordinal);
        if (brush >= 0)
        {
            var value = classes.AsSpan(brush + 6).TrimStart();
            var end = value.IndexOfAny(';', ' ');
            var name = (end < 0 ? value : value[..end]).ToString();
            return name.Length > 0 ? name : null;
        }
        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token.StartsWith("language-", StringComparison.Ordinal) && token.Length > 9)
                return token[9..];
            if (token.StartsWith("lang-", StringComparison.Ordinal) && token.Length > 5)
                return token[5..];
        }
        return null;
    }
}
