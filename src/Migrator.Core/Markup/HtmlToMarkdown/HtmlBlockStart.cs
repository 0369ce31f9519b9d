namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>CommonMark's HTML block start conditions: tells whether a line we write would be read as raw HTML.</summary>
internal static class HtmlBlockStart
{
    /// <summary>
    /// True when <paramref name="line"/> starts an HTML block. Conditions 1–6 can interrupt a paragraph; condition 7
    /// (a lone complete tag) only starts one at a paragraph's first line (<paramref name="firstLine"/>).
    /// </summary>
    public static bool Starts(ReadOnlySpan<char> line, bool firstLine)
    {
        var indent = 0;
        while (indent < line.Length && indent < 3 && line[indent] == ' ')
            indent++;
        line = line[indent..];
        if (line.Length < 2 || line[0] != '<')
            return false;
        if (line.StartsWith("<!--") || line.StartsWith("<?") || line.StartsWith("<![CDATA["))
            return true;
        if (line[1] == '!')
            return line.Length > 2 && char.IsAsciiLetter(line[2]);
        var closing = line[1] == '/';
        var nameStart = closing ? 2 : 1;
        var nameEnd = nameStart;
        while (nameEnd < line.Length && (char.IsAsciiLetterOrDigit(line[nameEnd]) || line[nameEnd] == '-'))
            nameEnd++;
        if (nameEnd == nameStart || !char.IsAsciiLetter(line[nameStart]))
            return false;
        var name = line[nameStart..nameEnd].ToString().ToLowerInvariant();
        var afterName = nameEnd < line.Length ? line[nameEnd] : '\n';
        if (!closing && HtmlElements.HtmlBlockType1.Contains(name) && afterName is ' ' or '\t' or '>' or '\n')
            return true;
        if (HtmlElements.HtmlBlockType6.Contains(name)
            && (afterName is ' ' or '\t' or '>' or '\n' || line[nameEnd..].StartsWith("/>")))
            return true;
        return firstLine && IsLoneCompleteTag(line);
    }

    private static bool IsLoneCompleteTag(ReadOnlySpan<char> line)
    {
        var slice = new Markdig.Helpers.StringSlice(line.ToString());
        if (!Markdig.Helpers.HtmlHelper.TryParseHtmlTag(ref slice, out var tag) || tag is null)
            return false;
        if (tag.StartsWith("<!", StringComparison.Ordinal) || tag.StartsWith("<?", StringComparison.Ordinal))
            return false;
        return line[tag.Length..].IsWhiteSpace();
    }
}
