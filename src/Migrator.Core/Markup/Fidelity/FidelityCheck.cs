using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Migrator.Core.Markup.Fidelity;

/// <summary>
/// Judges written Markdown by rendering it back (<see cref="MarkdownRenderer"/>) and comparing the result with the HTML
/// it came from.
/// <para>Both sides are parsed (HtmlAgilityPack) and normalised before comparing:</para>
/// <list type="number">
/// <item>Entities and character references are decoded (<c>&amp;copy;</c>, <c>&amp;#169;</c> and <c>©</c> are equal;
/// U+00A0 stays distinct from a space).</item>
/// <item>Tags are lower case; attributes are sorted by name and compared decoded; <c>href</c>/<c>src</c> values are
/// compared percent-decoded (renderers percent-encode URLs); <c>class</c> tokens are joined by one space and
/// <c>style</c> declarations are trimmed; <c>align</c> on a table cell equals <c>style="text-align: …"</c>; an
/// <c>img</c> without <c>alt</c> has <c>alt=""</c>; <c>ol start="1"</c> is the default; with
/// <see cref="MarkdownFlavor.Kramdown"/> heading <c>id</c>s are ignored (its auto ids add them).</item>
/// <item><c>b</c> equals <c>strong</c>, <c>i</c> equals <c>em</c>, <c>s</c> and <c>strike</c> equal <c>del</c> (they render alike).</item>
/// <item>Void elements compare equal in every form (<c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;br /&gt;</c>).</item>
/// <item>Outside <c>pre</c>, <c>textarea</c>, <c>script</c> and <c>style</c>, whitespace runs collapse to one space,
/// whitespace next to a block boundary (block tags, <c>br</c>, comments, the fragment's edges) is dropped, and
/// whitespace at the inner edges of inline elements (other than code) moves outside them.</item>
/// <item>A code block whose attributes only name its language in a highlighter's convention (<c>&lt;pre
/// class="brush: php"&gt;</c>, <c>&lt;pre lang="php"&gt;</c>, <c>&lt;code class="hljs php"&gt;</c>; see
/// <see cref="CodeLanguage"/>) equals <c>&lt;pre&gt;&lt;code class="language-php"&gt;</c>, the form a fenced block
/// renders to; a <c>pre</c> holding text equals one holding that text in a <c>code</c>.</item>
/// <item>In <c>pre</c> text is compared exactly, except that a newline right after <c>&lt;pre&gt;</c> (HTML drops it)
/// and one final newline before <c>&lt;/pre&gt;</c> are ignored.</item>
/// </list>
/// <para>Verdicts: <see cref="FidelityVerdict.Exact"/> when the normalised markup is equal,
/// <see cref="FidelityVerdict.TextEqual"/> when only the markup differs (the visible text, blocks separated by a space,
/// is equal), <see cref="FidelityVerdict.Changed"/> otherwise. The notes say briefly what differs and how much raw
/// HTML the Markdown holds.</para>
/// </summary>
public static partial class FidelityCheck
{
    private const int MaxElementNotes = 3;

    public static BodyFidelity Check(string sourceHtml, string markdown, MarkdownFlavor flavor)
    {
        ArgumentNullException.ThrowIfNull(sourceHtml);
        return Check(HtmlFragmentParser.Parse(sourceHtml), markdown, flavor);
    }

    /// <summary>The same check on a source already parsed (by the converter: one parse serves both).</summary>
    internal static BodyFidelity Check(HtmlAgilityPack.HtmlDocument sourceDocument, string markdown, MarkdownFlavor flavor)
    {
        ArgumentNullException.ThrowIfNull(sourceDocument);
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = MarkdownRenderer.Pipeline(flavor);
        var document = Markdown.Parse(markdown, pipeline);
        var rendered = document.ToHtml(pipeline);
        var dropIds = flavor == MarkdownFlavor.Kramdown;
        using var source = CanonicalHtml.Of(sourceDocument, dropIds);
        using var output = CanonicalHtml.Parse(rendered, dropIds);

        var notes = new List<string>();
        FidelityVerdict verdict;
        if (string.Equals(source.Markup, output.Markup, StringComparison.Ordinal))
            verdict = FidelityVerdict.Exact;
        else
        {
            verdict = string.Equals(source.Text, output.Text, StringComparison.Ordinal) ? FidelityVerdict.TextEqual : FidelityVerdict.Changed;
            if (verdict == FidelityVerdict.Changed)
                notes.Add("text differs at " + DifferenceContext(source.Text, output.Text));
            notes.AddRange(ElementNotes(source.ElementCounts, output.ElementCounts));
            if (notes.Count == (verdict == FidelityVerdict.Changed ? 1 : 0))
                notes.Add("markup differs at " + DifferenceContext(source.Markup, output.Markup));
        }
        // kramdown (parse_block_html off, its default) shows Markdown between an HTML block's opening and closing tag as
        // text, where Markdig, like CommonMark, reads it as Markdown: the rendering above cannot show this loss.
        if (flavor == MarkdownFlavor.Kramdown && MarkdownInsideHtmlBlock(document) is { } wrapper)
        {
            verdict = FidelityVerdict.Changed;
            notes.Insert(0, $"Markdown inside a raw <{wrapper}>: kramdown shows it as text");
        }
        var depth = HtmlDepth.Of(sourceDocument.DocumentNode);
        if (depth > HtmlDepth.MarkdownLimit)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"elements nested {depth} deep: kept as raw HTML below depth {HtmlDepth.MarkdownLimit}"));
        AddRawHtmlNotes(document, notes);
        var diff = verdict == FidelityVerdict.Exact ? null : VisibleTextDiff.Of(source.Lines, output.Lines);
        return new BodyFidelity(verdict, string.Join("; ", notes), diff);
    }

    private static IEnumerable<string> ElementNotes(Dictionary<string, int> source, Dictionary<string, int> output)
    {
        var notes = new List<string>();
        foreach (var (name, count) in source.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var after = output.GetValueOrDefault(name);
            if (after == count)
                continue;
            notes.Add((name, after) switch
            {
                ("table", 0) => "table flattened",
                (_, 0) => $"<{name}> dropped ({count})",
                _ => string.Create(CultureInfo.InvariantCulture, $"<{name}> {count}→{after}"),
            });
        }
        foreach (var (name, count) in output.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!source.ContainsKey(name))
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"<{name}> added ({count})"));
        }
        return notes.Take(MaxElementNotes);
    }

    /// <summary>Elements whose end tag HTML requires, which a raw HTML block may open and a later one close.</summary>
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "div", "section", "article", "aside", "blockquote", "figure", "figcaption", "center", "header", "footer", "nav", "main", "details", "form",
    };

    /// <summary>The wrapper element a top-level Markdown block stands inside (opened by an earlier raw HTML block), or null.</summary>
    private static string? MarkdownInsideHtmlBlock(MarkdownDocument document)
    {
        var open = new List<(string Name, bool MarkdownRead)>();
        foreach (var block in document)
        {
            if (block is HtmlBlock html)
            {
                foreach (Match tag in Tag().Matches(html.Lines.ToString()))
                {
                    var name = tag.Groups["name"].Value.ToLowerInvariant();
                    if (!Wrappers.Contains(name))
                        continue;
                    if (tag.Groups["close"].Success)
                    {
                        var at = open.FindLastIndex(o => o.Name == name);
                        if (at >= 0)
                            open.RemoveRange(at, open.Count - at);
                    }
                    else if (!tag.Value.EndsWith("/>", StringComparison.Ordinal))
                        open.Add((name, MarkdownInside().IsMatch(tag.Value)));
                }
            }
            else if (open.Count > 0 && !open[^1].MarkdownRead && block is not LinkReferenceDefinitionGroup)
                return open[^1].Name;
        }
        return null;
    }

    /// <summary>kramdown reads Markdown inside a tag that says <c>markdown="1"</c> (docs/jekyll.md#markdown).</summary>
    [GeneratedRegex("""\smarkdown\s*=\s*["']?1""", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownInside();

    [GeneratedRegex(@"<!--.*?-->|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    private static void AddRawHtmlNotes(MarkdownDocument document, List<string> notes)
    {
        var blocks = document.Descendants<HtmlBlock>().Count();
        var inlines = document.Descendants<HtmlInline>().Count();
        if (blocks > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{blocks} raw HTML block{(blocks == 1 ? "" : "s")}"));
        if (inlines > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{inlines} raw HTML tag{(inlines == 1 ? "" : "s")} inline"));
    }

    /// <summary>A few words around the first difference: <c>"…the quick| brown…" → "…the quick|brown…"</c>.</summary>
    private static string DifferenceContext(string expected, string actual)
    {
        var index = 0;
        while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
            index++;
        return Excerpt(expected, index) + " → " + Excerpt(actual, index);
    }

    private static string Excerpt(string text, int index)
    {
        const int Before = 20, After = 20;
        var start = Math.Max(0, index - Before);
        var end = Math.Min(text.Length, index + After);
        var sb = new StringBuilder("\"");
        if (start > 0)
            sb.Append('…');
        sb.Append(text, start, index - start).Append('|').Append(text, index, end - index);
        if (end < text.Length)
            sb.Append('…');
        return sb.Append('"').Replace('\n', ' ').ToString();
    }
}
