using System.Globalization;
using System.Xml;
using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Pipeline;
using Migrator.Testing;

namespace Migrator.Core.Tests.Markup;

/// <summary>
/// Measures the converter on real WordPress post bodies (every content:encoded of the shared WXR corpus that already
/// holds paragraphs and no block comments): convert, render back, and report how many round-trip Exact, TextEqual or
/// Changed, and why. Only "no exception" is asserted; the numbers are printed.
/// </summary>
public sealed partial class WordPressRoundTripTests(ITestOutputHelper output)
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    [Fact]
    public void WordPress_bodies_convert_and_render_back_without_exceptions()
    {
        var files = Corpus.SharedFiles("wxr", "*.xml");
        var verdicts = new Dictionary<FidelityVerdict, int>();
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        int bodies = 0, unreadableFiles = 0, changedShown = 0;
        long bytes = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in files)
        {
            List<string> contents;
            try
            {
                contents = ReadContents(file);
            }
            catch (XmlException e)
            {
                unreadableFiles++;
                output.WriteLine($"skipped {Path.GetFileName(file)}: {e.Message}");
                continue;
            }
            foreach (var html in contents.Where(IsClassicHtmlWithParagraphs))
            {
                bodies++;
                bytes += html.Length;
                var markdown = HtmlToMarkdownConverter.Convert(html);
                var fidelity = FidelityCheck.Check(html, markdown, MarkdownFlavor.Goldmark);
                verdicts[fidelity.Verdict] = verdicts.GetValueOrDefault(fidelity.Verdict) + 1;
                if (fidelity.Verdict == FidelityVerdict.Changed && changedShown++ < 10)
                    output.WriteLine($"Changed in {Path.GetFileName(file)}: {fidelity.Notes}");
                foreach (var note in SplitNotes(fidelity.Notes))
                {
                    var reason = Reason(note);
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                }
            }
        }
        watch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{bodies} WordPress bodies from {files.Count - unreadableFiles} files ({unreadableFiles} unreadable), {bytes / 1024} KiB, converted and checked in {watch.ElapsedMilliseconds} ms"));
        foreach (var verdict in Enum.GetValues<FidelityVerdict>())
        {
            var n = verdicts.GetValueOrDefault(verdict);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {verdict}: {n} ({(bodies == 0 ? 0 : 100.0 * n / bodies):F1} %)"));
        }
        output.WriteLine("most common notes:");
        foreach (var (reason, n) in reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(15))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n,5} × {reason}"));
        Assert.True(bodies > 0, "no WordPress body with paragraphs and without block comments in the corpus");
    }

    /// <summary>Bodies that need no normalisation first: HTML with paragraphs, no Gutenberg block comments.</summary>
    private static bool IsClassicHtmlWithParagraphs(string html) =>
        html.Contains("<p", StringComparison.Ordinal) && !html.Contains("<!-- wp:", StringComparison.Ordinal);

    /// <summary>Splits notes at "; " outside the quoted excerpts.</summary>
    private static IEnumerable<string> SplitNotes(string notes)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < notes.Length; i++)
        {
            if (notes[i] == '"')
                quoted = !quoted;
            else if (!quoted && notes[i] == ';' && i + 1 < notes.Length && notes[i + 1] == ' ')
            {
                yield return notes[start..i];
                start = i + 2;
            }
        }
        if (start < notes.Length)
            yield return notes[start..];
    }

    /// <summary>Groups a note by its kind ("text differs at …" → "text differs").</summary>
    private static string Reason(string note)
    {
        var at = note.IndexOf(" at ", StringComparison.Ordinal);
        var reason = at > 0 ? note[..at] : note;
        return Counts().Replace(reason, "n").Replace(" (n)", "", StringComparison.Ordinal).Replace("n→n", "count changed", StringComparison.Ordinal)
            .Replace("blocks", "block", StringComparison.Ordinal).Replace("tags", "tag", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Counts();

    private static List<string> ReadContents(string path)
    {
        var contents = new List<string>();
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "encoded" && reader.NamespaceURI == ContentNamespace)
                contents.Add(reader.ReadElementContentAsString().Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        return contents;
    }
}
