using BenchmarkDotNet.Attributes;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Pipeline;
using Migrator.WordPress.Import;

namespace Migrator.Benchmarks.Micro;

/// <summary>
/// Every post and page (not attachments) of the small generated export, as <see cref="WxrImporter"/> reads them:
/// about 140, classic ones from the site's early years and block ones from 2019 on.
/// </summary>
internal sealed record ImportedPosts(IReadOnlyList<Post> Posts, TransformContext Context)
{
    public static ImportedPosts Load()
    {
        var site = new WxrImporter().Open([BenchmarkCorpus.Instance.ExportPath], NullDiagnosticSink.Instance);
        var context = new TransformContext(site.Site, NullDiagnosticSink.Instance);
        List<Post> posts = [.. site.Items.OfType<ReadPost>().Select(r => r.Post).Where(p => p.Type != "attachment")];
        return new ImportedPosts(posts, context);
    }
}

/// <summary>
/// Each normalisation step (wpautop, shortcodes, block markup, entity decoding, …) on posts as the step sees them in
/// the pipeline: imported, then passed through the steps before it. Each operation: one step on every post of the
/// small export.
/// </summary>
[MemoryDiagnoser]
public class NormalisationStepBenchmarks
{
    private IPostTransform transform = null!;
    private TransformContext context = null!;
    private List<Post> inputs = [];

    public static IEnumerable<string> StepNames => Normaliser.Default.Select(t => t.Name);

    [ParamsSource(nameof(StepNames))]
    public string Step { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var imported = ImportedPosts.Load();
        context = imported.Context;
        var index = Normaliser.Default.Select(t => t.Name).ToList().IndexOf(Step);
        transform = Normaliser.Default[index];
        var before = Normaliser.Default.Take(index).ToList();
        inputs = [.. imported.Posts.Select(post => before.Aggregate(post, (p, t) => t.Apply(p, context)))];
    }

    [Benchmark]
    public int ApplyStep()
    {
        var changed = 0;
        foreach (var post in inputs)
            changed += ReferenceEquals(transform.Apply(post, context), post) ? 0 : 1;
        return changed;
    }
}

/// <summary>Every normalisation step in order (<see cref="Normaliser.Apply"/>). Each operation: every imported post of the small export.</summary>
[MemoryDiagnoser]
public class NormalisationPipelineBenchmarks
{
    private ImportedPosts imported = null!;

    [GlobalSetup]
    public void Setup() => imported = ImportedPosts.Load();

    [Benchmark]
    public int WholePipeline()
    {
        var changed = 0;
        foreach (var post in imported.Posts)
            changed += ReferenceEquals(Normaliser.Apply(post, imported.Context), post) ? 0 : 1;
        return changed;
    }
}
