using System.Globalization;
using System.Xml;
using Migrator.Core.Markup;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Tests.Normalisation;
using Migrator.Testing;

namespace Migrator.Core.Tests.Markup;

/// <summary>
/// The converter on real posts as WordPress serves them: every post and page body of the shared WXR corpus, run through
/// the normaliser (wpautop, block delimiters removed, shortcodes expanded: the HTML a visitor's browser receives),
/// then converted to Markdown and judged by rendering it back. The targets: at least 90 % exact, at least 99.5 % with
/// the same visible text.
/// </summary>
public sealed class ServedCorpusTests(ITestOutputHelper output)
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string WordPressNamespacePrefix = "http://wordpress.org/export/";

    [Fact]
    public void Posts_as_WordPress_serves_them_convert_exactly_or_with_the_same_visible_text()
    {
        var bodies = ServedBodies(output);
        var verdicts = new Dictionary<FidelityVerdict, int>();
        var shown = new Dictionary<FidelityVerdict, int>();
        foreach (var (name, html) in bodies)
        {
            var (_, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, HtmlToMarkdownOptions.Default, MarkdownFlavor.Goldmark);
            verdicts[fidelity.Verdict] = verdicts.GetValueOrDefault(fidelity.Verdict) + 1;
            if (fidelity.Verdict != FidelityVerdict.Exact && shown.GetValueOrDefault(fidelity.Verdict) < 40)
            {
                shown[fidelity.Verdict] = shown.GetValueOrDefault(fidelity.Verdict) + 1;
                output.WriteLine($"{fidelity.Verdict} in {name}: {fidelity.Notes}");
            }
        }
        var total = bodies.Count;
        var exact = verdicts.GetValueOrDefault(FidelityVerdict.Exact);
        var sameText = exact + verdicts.GetValueOrDefault(FidelityVerdict.TextEqual);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} served bodies: {exact} exact ({100.0 * exact / total:F1} %), {sameText} with the same visible text ({100.0 * sameText / total:F1} %)"));
        Assert.True(exact >= 0.94 * total, $"only {exact} of {total} bodies convert exactly");
        Assert.True(sameText >= 0.995 * total, $"only {sameText} of {total} bodies keep their visible text");
    }

    /// <summary>
    /// The second judge on real posts: our CommonMark (no GFM: the reference has none) for every served body is rendered
    /// by Markdig and by commonmark.js; a disagreement fails, showing both renderings. For every body our verdict calls
    /// exact, the reference's rendering must show the same visible text as the source.
    /// </summary>
    [Fact]
    public void The_CommonMark_reference_renders_our_Markdown_for_served_posts_as_Markdig_does()
    {
        var bodies = ServedBodies(output);
        var converted = bodies.Select(b => HtmlToMarkdownConverter.ConvertAndCheck(b.Html, ConversionAssert.CommonMarkOnly, MarkdownFlavor.CommonMark)).ToList();
        var reference = CommonMarkReference.RenderAll([.. converted.Select(c => c.Markdown)]);
        var disagreements = new List<string>();
        var exactButChanged = new List<string>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var byMarkdig = MarkdownRenderer.ToHtml(converted[i].Markdown);
            var byReference = Migrator.Core.Markup.Fidelity.CanonicalHtml.Parse(reference[i]);
            if (!string.Equals(Migrator.Core.Markup.Fidelity.CanonicalHtml.Parse(byMarkdig).Markup, byReference.Markup, StringComparison.Ordinal))
                disagreements.Add($"{bodies[i].Name}:\n--- our markdown\n{converted[i].Markdown}--- Markdig\n{byMarkdig}--- commonmark.js\n{reference[i]}");
            if (converted[i].Fidelity.Verdict == FidelityVerdict.Exact
                && !string.Equals(Migrator.Core.Markup.Fidelity.CanonicalHtml.Parse(bodies[i].Html).Text, byReference.Text, StringComparison.Ordinal))
                exactButChanged.Add(bodies[i].Name);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{bodies.Count} served bodies: the reference and Markdig disagree on {disagreements.Count}; {exactButChanged.Count} judged exact show other text by the reference"));
        foreach (var line in disagreements.Take(10))
            output.WriteLine(line);
        Assert.True(disagreements.Count == 0, $"Markdig and commonmark.js disagree on our Markdown for {disagreements.Count} bodies:\n{string.Join("\n", disagreements.Take(3))}");
        Assert.True(exactButChanged.Count == 0, $"judged exact, but the reference shows other text: {string.Join(", ", exactButChanged)}");
    }

    /// <summary>The served HTML of every post and page with a body, named by file and item.</summary>
    internal static List<(string Name, string Html)> ServedBodies(ITestOutputHelper output)
    {
        var files = Corpus.SharedFiles("wxr", "*.xml");
        if (files.Count == 0)
            Assert.Skip("skipped: the shared corpus of WordPress exports is not beside the repository.");
        var bodies = new List<(string, string)>();
        foreach (var file in files)
        {
            try
            {
                foreach (var (index, content) in PostContents(file))
                {
                    var (context, _) = TestPosts.Context();
                    var served = Normaliser.Apply(TestPosts.WordPress(content), context);
                    if (served.Content.Format == BodyFormat.Html && served.Content.Text.Trim().Length > 0)
                        bodies.Add(($"{Path.GetFileName(file)} item {index}", served.Content.Text));
                }
            }
            catch (XmlException e)
            {
                output.WriteLine($"skipped {Path.GetFileName(file)}: {e.Message}");
            }
        }
        return bodies;
    }

    private static List<(int Index, string Content)> PostContents(string path)
    {
        var items = new List<(int, string)>();
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        string? content = null, type = null;
        var index = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "item")
            {
                index++;
                if (content is not null && type is "post" or "page")
                    items.Add((index, content.Replace("\r\n", "\n", StringComparison.Ordinal)));
                content = type = null;
            }
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "encoded" && reader.NamespaceURI == ContentNamespace)
                content = reader.ReadElementContentAsString();
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "post_type" && reader.NamespaceURI.StartsWith(WordPressNamespacePrefix, StringComparison.Ordinal))
                type = reader.ReadElementContentAsString().Trim();
            else
                reader.Read();
        }
        return items;
    }
}
