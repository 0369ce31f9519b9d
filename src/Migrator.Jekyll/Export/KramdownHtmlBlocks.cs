using System.Text;
using System.Text.RegularExpressions;

namespace Migrator.Jekyll.Export;

/// <summary>
/// Makes kramdown read Markdown inside an HTML block as CommonMark does. A model body's Markdown follows CommonMark: after
/// a line holding only an opening tag such as <c>&lt;div class="x"&gt;</c> and a blank line, what follows is Markdown
/// again. kramdown keeps everything up to the closing tag as raw HTML instead (code fences, lists and emphasis
/// inside show as plain text), unless the tag says <c>markdown="1"</c>, which kramdown then removes from its output.
/// So such a tag gets <c>markdown="1"</c> (docs/jekyll.md#markdown).
/// </summary>
internal static partial class KramdownHtmlBlocks
{
    public static string MarkMarkdownInside(string markdown)
    {
        if (!markdown.Contains('<', StringComparison.Ordinal))
            return markdown;
        var lines = markdown.Split('\n');
        var output = new StringBuilder(markdown.Length + 32);
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fence is not null)
            {
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0)
                    fence = null;
            }
            else if (Fence().Match(line) is { Success: true } open)
                fence = open.Groups[1].Value;
            else if (OpeningTag().Match(line) is { Success: true } tag
                     && (i == 0 || lines[i - 1].Trim().Length == 0)
                     && i + 1 < lines.Length && lines[i + 1].Trim().Length == 0
                     && !tag.Groups["attributes"].Value.Contains("markdown=", StringComparison.OrdinalIgnoreCase))
                line = line.Insert(tag.Groups["attributes"].Index + tag.Groups["attributes"].Length, " markdown=\"1\"");
            output.Append(line);
            if (i + 1 < lines.Length)
                output.Append('\n');
        }
        return output.ToString();
    }

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<(?:div|section|article|aside|header|footer|main|nav|figure|blockquote|details|center)(?<attributes>(?:\s[^<>]*?)?)\s*>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTag();
}
