using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Repairs emphasis that earlier HTML → Markdown conversions (html2text, jekyll-import) broke, in Markdown bodies,
/// only where the repair is unambiguous:
/// <list type="bullet">
/// <item>a closing delimiter written after the space instead of before it: <c>*why *they're</c> → <c>*why* they're</c>;</item>
/// <item>spaces just inside strong delimiters: <c>** bold **</c> → <c>**bold**</c>.</item>
/// </list>
/// A repair is kept only when Markdig then renders one more emphasis (or strong) element on that line than before, so
/// text that already renders as intended is never touched. Code (spans, fenced and indented blocks, Liquid highlight)
/// and raw HTML are skipped; every other byte stays as it was. Each repair is reported. Entities are decoded by
/// <see cref="DecodeEntitiesTransform"/>, which runs before.
/// </summary>
public sealed partial class MarkdownDebrisTransform : IPostTransform
{
    public string Name => "markdown-debris";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Content.Format != BodyFormat.Markdown)
            return post;
        var text = post.Content.Text;
        if (!text.Contains('*', StringComparison.Ordinal) && !text.Contains('_', StringComparison.Ordinal))
            return post;
        return ScanBudget.Run(post, context, Name, scan => post.WithBody(Repair(text, (before, after) =>
            scan.Diagnostics.Report(NormaliseDiagnostics.EmphasisRepaired(post.Source, before, after)))));
    }

    /// <summary>
    /// The emphasis repair alone, on any Markdown text (Jekyll → Jekyll clean-up runs it on the file's own body, whose
    /// Liquid the model no longer holds). <paramref name="reportRepair"/> gets each repair (before, after). Throws
    /// <see cref="RegexMatchTimeoutException"/> when the text is too irregular to scan in time.
    /// </summary>
    public static string RepairEmphasis(string markdown, Action<string, string>? reportRepair = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Repair(markdown, reportRepair ?? ((_, _) => { }));
    }

    internal static string Repair(string markdown, Action<string, string> reportRepair)
    {
        var map = MarkdownRegions.Map(markdown);
        var sb = new StringBuilder(markdown.Length);
        var lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var newline = markdown.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? markdown.Length : newline;
            var line = markdown[lineStart..lineEnd];
            var plain = true;
            for (var k = lineStart; k < lineEnd && plain; k++)
                plain = map[k] == MarkdownRegion.Text;
            sb.Append(plain ? RepairLine(line, reportRepair) : line);
            if (newline < 0)
                break;
            sb.Append('\n');
            lineStart = newline + 1;
        }
        return sb.ToString();
    }

    private static string RepairLine(string line, Action<string, string> reportRepair)
    {
        if (line.AsSpan().IndexOfAny('*', '_') < 0)
            return line;
        foreach (var (pattern, spacesInside) in new[] { (DisplacedCloser(), false), (SpacedStrong(), true) })
        {
            var searchFrom = 0;
            while (searchFrom < line.Length)
            {
                var m = pattern.Match(line, searchFrom);
                if (!m.Success)
                    break;
                var replacement = spacesInside
                    ? m.Groups["d"].Value + m.Groups["inner"].Value + m.Groups["d"].Value
                    : m.Groups["d"].Value + m.Groups["inner"].Value + m.Groups["d"].Value + m.Groups["space"].Value;
                var candidate = string.Concat(line.AsSpan(0, m.Index), replacement, line.AsSpan(m.Index + m.Length));
                if (EmphasisCount(candidate) > EmphasisCount(line))
                {
                    reportRepair(m.Value, replacement);
                    line = candidate;
                    searchFrom = m.Index + replacement.Length;
                }
                else
                {
                    searchFrom = m.Index + 1;
                }
            }
        }
        return line;
    }

    private static int EmphasisCount(string line)
    {
        var html = Markdig.Markdown.ToHtml(line);
        return Count(html, "<em>") + Count(html, "<strong>");
    }

    private static int Count(string text, string needle)
    {
        var n = 0;
        var i = 0;
        while ((i = text.IndexOf(needle, i, StringComparison.Ordinal)) >= 0)
        {
            n++;
            i += needle.Length;
        }
        return n;
    }

    /// <summary><c>*why *they</c>: an opener at a word start, text without the delimiter, then space + delimiter + a letter or digit.</summary>
    // White space is CommonMark's Unicode white space (docs/jekyll.md#earlier-migrations): the Zs category (the no-break space
    // included), tab, line feed, form feed and carriage return; .NET's \s has more (U+0085, U+2028) and ' ' less.
    [GeneratedRegex(@"(?<=^|[\p{Zs}\t\n\f\r(\[""'“‘>])(?<d>\*|_)(?<inner>[^\p{Zs}\t\n\f\r*_](?:[^*_\n]*[^\p{Zs}\t\n\f\r*_])?)(?<space>[\p{Zs}\t\f])\k<d>(?=[\p{L}\p{N}])", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DisplacedCloser();

    /// <summary><c>** bold **</c>: strong delimiters with spaces (any Unicode space) just inside.</summary>
    [GeneratedRegex(@"(?<d>\*\*|__)[\p{Zs}\t\f](?<inner>[^\p{Zs}\t\n\f\r*_](?:[^*_\n]*[^\p{Zs}\t\n\f\r*_])?)[\p{Zs}\t\f]\k<d>", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SpacedStrong();
}
