using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Core.Tests.Pipeline;

/// <summary>
/// The ordered step between the transforms and the writer (docs/architecture.md#the-run): posts enter it in input order
/// whatever the number of jobs, its slow part runs at once with other items, what it returns is what the writer sees,
/// an exception in it fails that item alone, and its own rows follow the items in the report.
/// </summary>
public sealed class OrderedStepTests
{
    /// <summary>Numbers posts in the order they enter (the title gets the number), waits a little at random, adds one row at the end.</summary>
    private sealed class NumberingStep : IOrderedStep
    {
        private int _next;
        public List<long> Entered { get; } = [];

        public Site Begin(Site site, IDiagnosticSink diagnostics, CancellationToken cancellation) => site;

        public IOrderedEntry? Prepare(Post post, IDiagnosticSink diagnostics) =>
            post.Title == "skip-me" ? null : new Entry(this, post);

        private sealed class Entry(NumberingStep step, Post post) : IOrderedEntry
        {
            private int _number;

            public void Enter()
            {
                if (post.Title == "step-boom")
                    throw new InvalidOperationException("step failure");
                step.Entered.Add(post.Id ?? 0);
                _number = ++step._next;
            }

            public async Task<Post> FinishAsync(CancellationToken cancellation)
            {
                await Task.Delay(Random.Shared.Next(0, 3), cancellation);
                return post with { Title = post.Title + " #" + _number };
            }
        }

        public IReadOnlyList<AuditRow> Complete(IDiagnosticSink diagnostics) =>
            [new AuditRow { Type = "media", OldUrl = "http://old.example/a.jpg", Result = ItemResult.Failed, Reason = "HTTP 404" }];
    }

    private static (ConversionResult Result, string Report, NumberingStep Step) Run(TempFolder temp, SourceItem[] items, int jobs, string sub)
    {
        var step = new NumberingStep();
        var report = temp.Combine(sub + ".csv");
        var result = ConversionRunner.Run(new ConversionRequest
        {
            Importer = new ListImporter(items),
            Inputs = ["in.xml"],
            Exporter = new TextExporter(),
            Output = new OutputFolder(temp.Combine(sub)),
            ReportPath = report,
            Jobs = jobs,
            Step = step,
        });
        return (result, File.ReadAllText(report), step);
    }

    [Fact]
    public void Posts_enter_the_step_in_input_order_and_the_writer_sees_what_it_returns_for_any_number_of_jobs()
    {
        using var temp = Corpus.NewTempFolder();
        // Every fifth post has nothing to do with the step: the others still enter in order.
        var many = Enumerable.Range(1, 120).Select(i => (SourceItem)Items.Post(i, i % 5 == 0 ? "skip-me" : "T" + i)).ToArray();

        var (_, one, _) = Run(temp, many, jobs: 1, sub: "one");
        var (_, four, step) = Run(temp, many, jobs: 4, sub: "four");

        Assert.Equal(Enumerable.Range(1, 120).Where(i => i % 5 != 0).Select(i => (long)i), step.Entered);
        Assert.Equal("T7 #6", File.ReadAllText(temp.Combine("four", "p7.txt")));
        Assert.Equal("skip-me", File.ReadAllText(temp.Combine("four", "p10.txt")));
        Assert.Equal(one, four);
    }

    [Fact]
    public void An_exception_in_the_step_fails_that_item_alone_and_the_next_item_still_enters()
    {
        using var temp = Corpus.NewTempFolder();
        SourceItem[] items = [Items.Post(1, "One"), Items.Post(2, "step-boom"), Items.Post(3, "Three")];

        var (result, report, step) = Run(temp, items, jobs: 4, sub: "out");

        Assert.Equal([1L, 3L], step.Entered);
        Assert.Contains("MIG001", report.Split('\n').Single(l => l.Contains(",step-boom,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("Three #2", File.ReadAllText(temp.Combine("out", "p3.txt")));
        Assert.Equal(1, result.Failed);
    }

    [Fact]
    public void The_steps_rows_follow_the_items_and_are_counted_apart_from_them()
    {
        using var temp = Corpus.NewTempFolder();
        var (result, report, _) = Run(temp, [Items.Post(1, "One")], jobs: 1, sub: "out");

        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",media,", lines[2], StringComparison.Ordinal);
        Assert.Equal(1, result.ItemsRead);
        Assert.Equal(0, result.Failed);
        Assert.Equal(1, result.ExtraCounts[("media", ItemResult.Failed)]);
    }
}
