using System.Text;

namespace Migrator.Core.Text;

/// <summary>
/// Decodes HTML character references left in Markdown by earlier migrations (<c>it&amp;#8217;s</c> → <c>it’s</c>),
/// without ever changing what the Markdown means:
/// <list type="bullet">
/// <item>never inside code: code spans, fenced and indented code blocks, autolinks, Liquid <c>highlight</c>/<c>raw</c> blocks;</item>
/// <item>only references to non-ASCII characters become characters (’, “, …, U+00A0, é), because those can never
/// form Markdown or HTML syntax; in plain text <c>&amp;quot;</c> and <c>&amp;#39;</c> become quotes too;</item>
/// <item>references to ASCII characters stay as written (<c>&amp;lt;</c>, <c>&amp;amp;</c>, <c>&amp;#42;</c>): decoding
/// them could create a tag, an entity, emphasis, a list marker or a heading.</item>
/// </list>
/// The same decoding applied twice changes nothing more.
/// </summary>
public static class MarkdownEntities
{
    public static string Decode(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains('&', StringComparison.Ordinal))
            return markdown;
        var map = MarkdownRegions.Map(markdown);
        var sb = new StringBuilder(markdown.Length);
        var i = 0;
        while (i < markdown.Length)
        {
            var region = map[i];
            var j = i + 1;
            while (j < markdown.Length && map[j] == region)
                j++;
            if (region == MarkdownRegion.Code)
                sb.Append(markdown, i, j - i);
            else
                HtmlEntities.Rewrite(markdown, i, j, sb, EntityPolicy.Markdown, plainMarkdownText: region == MarkdownRegion.Text);
            i = j;
        }
        return sb.ToString();
    }
}
