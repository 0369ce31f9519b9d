using BenchmarkDotNet.Attributes;
using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Media;
using Migrator.Core.Normalisation;

namespace Migrator.Benchmarks.Micro;

/// <summary>
/// The per-body steps of a Jekyll conversion after normalisation, each alone, on every normalised post of the small
/// export: finding media references, parsing the body, converting the parsed body to Markdown, and judging that
/// Markdown (<see cref="FidelityCheck"/>). What one item's conversion costs is roughly their sum.
/// </summary>
[MemoryDiagnoser]
public class ConversionStageBenchmarks
{
    private static readonly HtmlToMarkdownOptions JekyllOptions = new() { Gfm = true, ListStartNumbers = false };
    private readonly MediaSite site = MediaSite.For(["https://example.com"]);
    private List<string> bodies = [];
    private List<HtmlAgilityPack.HtmlDocument> parsed = [];
    private List<string> markdown = [];

    [GlobalSetup]
    public void Setup()
    {
        var imported = ImportedPosts.Load();
        bodies = [.. imported.Posts.Select(p => Normaliser.Apply(p, imported.Context).Content.Text)];
        parsed = [.. bodies.Select(HtmlFragmentParser.Parse)];
        markdown = [.. bodies.Select(b => HtmlToMarkdownConverter.Convert(b, JekyllOptions))];
    }

    [Benchmark]
    public int FindMedia() => bodies.Sum(b => MediaReferences.Find(b, site).Count);

    [Benchmark]
    public int Parse() => bodies.Sum(b => HtmlFragmentParser.Parse(b).DocumentNode.ChildNodes.Count);

    [Benchmark]
    public int Convert() => parsed.Sum(d => HtmlToMarkdownConverter.Convert(d, JekyllOptions).Length);

    [Benchmark]
    public int Check() => parsed.Select((d, i) => FidelityCheck.Check(d, markdown[i], MarkdownFlavor.Kramdown).Verdict).Count(v => v == FidelityVerdict.Exact);
}
