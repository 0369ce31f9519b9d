using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Import;

namespace Migrator.Cli.Tests;

/// <summary>
/// The HTML → Markdown round trip over every post body of the shared corpus: WXR content after normalisation and
/// Jekyll posts rendered to HTML are converted, rendered back and compared. Prints the shares (the README reports
/// them) and the main reasons; fails on an exception or if "changed" grows past a small share.
/// </summary>
public sealed class CorpusFidelityTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_bodies_round_trip_through_markdown()
    {
        var wxrFolder = Corpus.RequireShared("wxr");
        var verdicts = new Dictionary<FidelityVerdict, int>();
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var bodies = 0;

        void Judge(string html)
        {
            if (string.IsNullOrWhiteSpace(html))
                return;
            var markdown = HtmlToMarkdownConverter.Convert(html, HtmlToMarkdownOptions.Default);
            var fidelity = FidelityCheck.Check(html, markdown, MarkdownFlavor.Goldmark);
            bodies++;
            verdicts[fidelity.Verdict] = verdicts.GetValueOrDefault(fidelity.Verdict) + 1;
            if (fidelity.Verdict != FidelityVerdict.Exact)
            {
                foreach (var note in fidelity.Notes.Split("; ", StringSplitOptions.RemoveEmptyEntries))
                {
                    var reason = note.StartsWith("text differs", StringComparison.Ordinal) ? "text differs" : StripCount(note);
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                }
            }
        }

        foreach (var file in Directory.GetFiles(wxrFolder, "*.xml").Order(StringComparer.Ordinal))
        {
            ImportedSite imported;
            try
            {
                imported = new WxrImporter().Open([file], NullDiagnosticSink.Instance);
            }
            catch (InputException)
            {
                continue;
            }
            foreach (var item in imported.Items.OfType<ReadPost>())
            {
                if (item.Post.Type is not (PostTypes.Post or PostTypes.Page))
                    continue;
                var post = Normaliser.Apply(item.Post, new TransformContext(imported.Site, NullDiagnosticSink.Instance));
                Judge(post.Content.Text);
            }
        }
        var wxrBodies = bodies;
        foreach (var file in Corpus.SharedFiles("jekyll-posts"))
        {
            var doc = FrontMatterReader.Read(File.ReadAllText(file));
            var html = Path.GetExtension(file) is ".md" or ".markdown"
                ? MarkdownRenderer.ToHtml(doc.Body, MarkdownFlavor.Kramdown)
                : Path.GetExtension(file) == ".html" ? doc.Body : "";
            Judge(html);
        }

        string Share(FidelityVerdict v) => $"{verdicts.GetValueOrDefault(v)} ({100.0 * verdicts.GetValueOrDefault(v) / bodies:F1} %)";
        output.WriteLine($"{bodies} bodies ({wxrBodies} from WXR after normalisation, {bodies - wxrBodies} Jekyll posts)");
        output.WriteLine($"exact {Share(FidelityVerdict.Exact)}, text-equal {Share(FidelityVerdict.TextEqual)}, changed {Share(FidelityVerdict.Changed)}");
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value).Take(12))
            output.WriteLine($"  {count,5}  {reason}");

        Assert.True(bodies > 1000, $"only {bodies} bodies read");
        Assert.True(verdicts.GetValueOrDefault(FidelityVerdict.Changed) * 20 < bodies,
            $"more than 5 % of bodies changed: {Share(FidelityVerdict.Changed)}");
    }

    private static string StripCount(string note)
    {
        var paren = note.IndexOf(" (", StringComparison.Ordinal);
        var text = paren > 0 ? note[..paren] : note;
        return text.Length > 0 && char.IsDigit(text[0]) ? string.Concat(text.SkipWhile(c => char.IsDigit(c) || c == ' ')) : text;
    }
}
