using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Core.Tests.Pipeline;

public sealed class ConversionRunnerTests
{
    private static readonly Diagnostic Broken = new("TST001", Severity.Error, "broken front matter", new SourceRef("in.xml", 55, "x"));

    private static SourceItem[] MixedItems() =>
    [
        Items.Post(1, "One"),
        Items.Post(2, "Draft", PublicationStatus.Draft),
        new UnreadableItem(new SourceRef("in.xml", 30, "3"), "post", "Bad", Broken),
        Items.Post(4, "boom"),
        Items.Post(5, "Five"),
        new InputDamaged(new SourceRef("in.xml", 99), Broken),
    ];

    private static (ConversionResult Result, string Report) Run(TempFolder temp, SourceItem[] items, int jobs, bool dryRun = false, string sub = "out")
    {
        var report = temp.Combine(sub + ".csv");
        var result = ConversionRunner.Run(new ConversionRequest
        {
            Importer = new ListImporter(items),
            Inputs = ["in.xml"],
            Exporter = new TextExporter(),
            Output = new OutputFolder(temp.Combine(sub), dryRun),
            ReportPath = report,
            Jobs = jobs,
        });
        return (result, File.ReadAllText(report));
    }

    [Fact]
    public void Every_item_read_gets_exactly_one_audit_row_whatever_became_of_it()
    {
        using var temp = Corpus.NewTempFolder();
        var (result, report) = Run(temp, MixedItems(), jobs: 1);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 6, lines.Length);
        Assert.StartsWith("source_file,source_id,source_line,type,status,title,slug,date,old_url,new_url,output_path,result,reason,warnings,comments,dsq_thread_id,disqus_identifier,fidelity,fidelity_notes,messages", lines[0], StringComparison.Ordinal);
        Assert.Equal(["written", "skipped", "failed", "failed", "written", "failed"],
            lines.Skip(1).Select(l => l.Split(',')[11]));
        Assert.Equal(6, result.ItemsRead);
        Assert.Equal(2, result.Written);
        Assert.Equal(1, result.Skipped);
        Assert.Equal(3, result.Failed);
        Assert.True(result.InputDamaged);
    }

    [Fact]
    public void An_item_the_source_itself_ignores_is_skipped_with_its_reason_not_failed()
    {
        using var temp = Corpus.NewTempFolder();
        var reason = new Diagnostic("TST002", Severity.Warning, "the source never publishes it", new SourceRef("in.xml", 7, "7"));
        var (result, report) = Run(temp, [Items.Post(1, "One"), new IgnoredItem(new SourceRef("in.xml", 7, "7"), "post", "Ignored", reason)], jobs: 1);
        Assert.Equal(1, result.Skipped);
        Assert.Equal(0, result.Failed);
        Assert.False(result.InputDamaged);
        Assert.Contains("skipped,the source never publishes it", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopped_run_leaves_no_temporary_file_and_a_complete_report_of_what_it_did()
    {
        using var temp = Corpus.NewTempFolder();
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ConversionRunner.Run(new ConversionRequest
        {
            Importer = new ListImporter(MixedItems()),
            Inputs = ["in.xml"],
            Exporter = new TextExporter(),
            Output = new OutputFolder(temp.Combine("out")),
            ReportPath = temp.Combine("report.csv"),
            Jobs = 2,
        }, cancellation: stop.Token));
        Assert.Equal([temp.Combine("report.csv")], Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
        Assert.Single(File.ReadAllLines(temp.Combine("report.csv"))); // the header: no item was committed
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_stop_is_honoured_at_once_while_an_item_is_still_being_converted(int jobs)
    {
        using var temp = Corpus.NewTempFolder();
        using var stop = new CancellationTokenSource();
        using var converting = new ManualResetEventSlim();
        var items = new SourceItem[] { Items.Post(1, "One"), Items.Post(2, "Two"), Items.Post(3, "slow"), Items.Post(4, "Four") };
        var exporter = new TextExporter { OnPlan = post =>
        {
            if (post.Title != "slow")
                return;
            converting.Set();
            Thread.Sleep(TimeSpan.FromSeconds(20)); // an item that takes long to convert, and never looks at the token
        } };
        var run = Task.Run(() => ConversionRunner.Run(new ConversionRequest
        {
            Importer = new ListImporter(items),
            Inputs = ["in.xml"],
            Exporter = exporter,
            Output = new OutputFolder(temp.Combine("out")),
            ReportPath = temp.Combine("report.csv"),
            Jobs = jobs,
        }, cancellation: stop.Token));
        Assert.True(converting.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        var stopped = System.Diagnostics.Stopwatch.StartNew();
        stop.Cancel();

        Assert.True(((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(2)), "the run did not stop within 2 s");
        Assert.InRange(stopped.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(run.IsCanceled || run.Exception?.InnerException is OperationCanceledException);
        // The report lists exactly the items whose files were written, in order; with one job, both items before the slow one.
        var rows = File.ReadAllLines(temp.Combine("report.csv")).Skip(1).Select(r => r.Split(',')[10]).ToList();
        var written = Directory.Exists(temp.Combine("out")) ? Directory.GetFiles(temp.Combine("out")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList() : [];
        Assert.Equal(written, rows);
        Assert.Equal(new[] { "p1.txt", "p2.txt" }.Take(jobs == 1 ? 2 : rows.Count), rows);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_item_over_the_size_limit_fails_alone_with_its_row()
    {
        using var temp = Corpus.NewTempFolder();
        var big = Items.Post(2, "Big");
        var items = new SourceItem[]
        {
            Items.Post(1, "One"),
            big with { Post = big.Post with { Content = new Body(new string('x', 600_000) + "é", BodyFormat.Html) } },
            Items.Post(3, "Three"),
        };
        var report = temp.Combine("report.csv");
        var result = ConversionRunner.Run(new ConversionRequest
        {
            Importer = new ListImporter(items),
            Inputs = ["in.xml"],
            Exporter = new TextExporter(),
            Output = new OutputFolder(temp.Combine("out")),
            ReportPath = report,
            MaxItemBytes = 600_000,
            Jobs = 2,
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(2, result.Written);
        Assert.Equal(1, result.Failed);
        var rows = CsvRows(report);
        Assert.Equal(["written", "failed", "written"], rows.Select(r => r[11]));
        Assert.Contains("MIG008", rows[1][13], StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out", "p2.txt")));
    }

    [Fact]
    public void An_item_at_the_size_limit_is_converted()
    {
        using var temp = Corpus.NewTempFolder();
        var item = Items.Post(1, "One");
        var exact = item with { Post = item.Post with { Title = "", Content = new Body(new string('x', 1000), BodyFormat.Html) } };
        var result = ConversionRunner.Run(new ConversionRequest
        {
            Importer = new ListImporter(exact),
            Inputs = ["in.xml"],
            Exporter = new TextExporter(),
            Output = new OutputFolder(temp.Combine("out")),
            ReportPath = temp.Combine("report.csv"),
            MaxItemBytes = 1000,
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(1, result.Written);
    }

    private static List<string[]> CsvRows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, AuditReportWriter.Configuration);
        var rows = new List<string[]>();
        csv.Read();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, csv.ColumnCount).Select(i => csv.GetField(i) ?? "").ToArray());
        return rows;
    }

    [Fact]
    public void An_exception_in_one_item_fails_that_item_alone_with_an_internal_error_code()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, report) = Run(temp, MixedItems(), jobs: 1);
        var boom = report.Split('\n').Single(l => l.Contains(",boom,", StringComparison.Ordinal));
        Assert.Contains("MIG001", boom, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "p5.txt")));
    }

    [Fact]
    public void Output_and_report_are_identical_for_one_and_several_jobs()
    {
        using var temp = Corpus.NewTempFolder();
        var many = Enumerable.Range(1, 200).Select(i => (SourceItem)Items.Post(i, "T" + i, i % 7 == 0 ? PublicationStatus.Draft : PublicationStatus.Published)).ToArray();
        var (_, one) = Run(temp, many, jobs: 1, sub: "one");
        var (_, four) = Run(temp, many, jobs: 4, sub: "four");
        Assert.Equal(one, four);
        Assert.Equal(
            Directory.GetFiles(temp.Combine("one")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(temp.Combine("four")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dry_run_writes_the_report_and_nothing_else()
    {
        using var temp = Corpus.NewTempFolder();
        var (result, report) = Run(temp, [Items.Post(1, "One")], jobs: 1, dryRun: true);
        Assert.Equal(1, result.Written);
        Assert.Contains("p1.txt", report, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_newlines_in_titles()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, report) = Run(temp, [Items.Post(1, "a, \"b\"\nc")], jobs: 1);
        Assert.Contains("\"a, \"\"b\"\"\nc\"", report, StringComparison.Ordinal);
    }
}
