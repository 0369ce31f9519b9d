using System.Text;
using System.Text.RegularExpressions;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Removes kramdown's attribute lists from a Markdown body: they are kramdown syntax (a class or id for the block or span
/// before them), and every other Markdown reader shows them as text. A line holding only <c>{: …}</c> (block attributes,
/// attribute definitions) goes; so does <c>{:toc}</c> with the list item it replaces; a span list right after a link,
/// image, emphasis or code span, or ending a line, goes too. Fenced code is left alone.
/// </summary>
internal static partial class KramdownAttributes
{
    /// <summary>The body without attribute lists, and how many were removed.</summary>
    public static (string Text, int Removed) Strip(string markdown)
    {
        if (!markdown.Contains("{:", StringComparison.Ordinal))
            return (markdown, 0);
        var lines = markdown.Split('\n').ToList();
        var removed = 0;
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (FenceOf(trimmed) is { } marker)
            {
                if (fence is null)
                    fence = marker;
                else if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim(fence[0]).Length == 0)
                    fence = null;
                continue;
            }
            if (fence is not null)
                continue;
            if (BlockList().IsMatch(trimmed))
            {
                if (trimmed.Replace(" ", "", StringComparison.Ordinal) == "{:toc}" && i > 0 && TocItem().IsMatch(lines[i - 1].Trim()))
                {
                    lines.RemoveAt(i - 1);
                    i--;
                }
                lines.RemoveAt(i);
                i--;
                removed++;
                continue;
            }
            var before = lines[i];
            lines[i] = SpanList().Replace(before, "${keep}");
            removed += SpanList().Count(before);
        }
        return (string.Join('\n', lines), removed);
    }

    private static string? FenceOf(string trimmed) =>
        trimmed.StartsWith("```", StringComparison.Ordinal) ? new string('`', trimmed.TakeWhile(c => c == '`').Count())
        : trimmed.StartsWith("~~~", StringComparison.Ordinal) ? new string('~', trimmed.TakeWhile(c => c == '~').Count())
        : null;

    [GeneratedRegex(@"^\{:[^{}\n]*\}$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockList();

    [GeneratedRegex(@"^([*+-]|\d+\.)\s+TOC$", RegexOptions.CultureInvariant)]
    private static partial Regex TocItem();

    [GeneratedRegex(@"(?<keep>[)\]*_`])\{:[^{}\n]*\}|[ \t]+\{:[^{}\n]*\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpanList();
}
