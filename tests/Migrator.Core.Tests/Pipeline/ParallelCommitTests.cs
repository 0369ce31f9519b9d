using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Testing;

namespace Migrator.Core.Tests.Pipeline;

/// <summary>With several jobs, items are committed in input order on one committing thread; its failure ends the run.</summary>
public sealed class ParallelCommitTests
{
    private static ConversionRequest Request(TempFolder temp, int items, IItemObserver observer) => new()
    {
        Importer = new ListImporter([.. Enumerable.Range(1, items).Select(i => (SourceItem)Items.Post(i, "Post " + i))]),
        Inputs = ["in.xml"],
        Exporter = new TextExporter(),
        Output = new OutputFolder(temp.Combine("out")),
        ReportPath = temp.Combine("out.csv"),
        Observers = [observer],
        Jobs = 2,
    };

    [Fact]
    public void Observers_see_every_item_in_input_order_on_one_thread()
    {
        using var temp = Corpus.NewTempFolder();
        var observer = new RecordingObserver(failAt: null);

        ConversionRunner.Run(Request(temp, 200, observer), cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long?)i), observer.Seen);
        Assert.Single(observer.Threads);
    }

    [Fact]
    public void A_failure_while_committing_stops_the_run_and_is_rethrown_instead_of_hanging()
    {
        using var temp = Corpus.NewTempFolder();
        var observer = new RecordingObserver(failAt: 5);

        var run = Task.Run(() => ConversionRunner.Run(Request(temp, 500, observer), cancellation: TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken);

        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the run did not end");
        var error = Assert.Throws<InvalidOperationException>(() => run.GetAwaiter().GetResult());
        Assert.Equal("observer failed at item 5", error.Message);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long?)i), observer.Seen);
        Assert.False(File.Exists(temp.Combine("out.csv")));
    }

    private sealed class RecordingObserver(int? failAt) : IItemObserver
    {
        public List<long?> Seen { get; } = [];

        public HashSet<int> Threads { get; } = [];

        public void Begin(Site site)
        {
        }

        public void Observe(Post? post, ExportPlan plan, IDiagnosticSink diagnostics)
        {
            Seen.Add(post?.Id);
            Threads.Add(Environment.CurrentManagedThreadId);
            if (post?.Id == failAt)
                throw new InvalidOperationException($"observer failed at item {failAt}");
        }

        public void Complete(Site site, OutputFolder output, IDiagnosticSink diagnostics)
        {
        }
    }
}
