using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Reporting;

namespace Migrator.Core.Pipeline;

/// <summary>
/// Runs importer → transforms → exporter over a stream of items. Items are read in order on the calling thread,
/// converted (transforms and <see cref="IExportSession.Plan"/>) on up to <see cref="ConversionRequest.Jobs"/> threads
/// with a bounded number in flight, and committed (files and audit rows) in input order, so the output is the same
/// whatever the number of threads. The runner, not each importer, guarantees one audit row per item read; the
/// per-item boundary turns any exception into a failed item.
/// </summary>
public sealed class ConversionRunner
{
    /// <summary>Runs a conversion. Throws <see cref="InputException"/> only when an input cannot be opened at all.</summary>
    public static ConversionResult Run(ConversionRequest request, IProgress<ConversionProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var siteDiagnostics = new DiagnosticBag();
        var imported = request.Importer.Open(request.Inputs, siteDiagnostics);
        var read = imported.Site;
        var site = request.SiteTransform?.Invoke(read, siteDiagnostics) ?? read;
        // The report is written at the end: no item may take its path in the output folder.
        request.Output.ReserveIfInside(request.ReportPath);
        var step = request.Step;
        if (step is not null)
            site = step.Begin(site, siteDiagnostics, cancellation);
        var session = request.Exporter.Begin(site, request.Output, siteDiagnostics);
        // A session that streams a file (WXR) removes its temporary file when the run stops early.
        using var sessionLifetime = session as IDisposable;
        var tally = new Tally(request.BodyDiffs);
        foreach (var observer in request.Observers)
            observer.Begin(site);

        using (var report = new AuditReportWriter(request.ReportPath))
        {
            try
            {
                CommitItems(request, imported.Items, site, step, session, report, tally, progress, cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                // Stopped (Ctrl-C): the report holds a row for every item committed; items in conversion are abandoned.
                report.Complete();
                throw;
            }

            if (step is not null)
            {
                foreach (var row in step.Complete(siteDiagnostics))
                {
                    report.Write(row);
                    tally.AddExtra(row);
                }
            }
            // The site-wide files come last; when one cannot be written, the audit of what was written still is.
            CompleteOrReport(() => session.Complete(siteDiagnostics), request.Exporter.Name, siteDiagnostics);
            foreach (var observer in request.Observers)
                CompleteOrReport(() => observer.Complete(site, request.Output, siteDiagnostics), observer.GetType().Name, siteDiagnostics);
            report.Complete();
        }

        return tally.ToResult(siteDiagnostics.Items);
    }

    /// <summary>
    /// Reads, converts and commits every item. Waiting for an item's conversion gives way to the cancellation token
    /// at once, so a stop is honoured while a large item is still being converted.
    /// </summary>
    private static void CommitItems(ConversionRequest request, IEnumerable<SourceItem> items, Site site, IOrderedStep? step, IExportSession session,
        AuditReportWriter report, Tally tally, IProgress<ConversionProgress>? progress, CancellationToken cancellation)
    {
        var jobs = Math.Max(1, request.Jobs);
        var inFlight = new Queue<Task<Converted>>();
        var maxInFlight = jobs == 1 ? 1 : jobs * 4;
        // The ordered step's turns: each item enters it after the item before it did.
        var turn = Task.CompletedTask;
        try
        {
            foreach (var item in items)
            {
                cancellation.ThrowIfCancellationRequested();
                var previous = turn;
                var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                turn = mine.Task;
                var converter = new Converter(site, request.Transforms, step, session, request.MaxItemBytes, previous, mine, cancellation);
                var captured = item;
                inFlight.Enqueue(Task.Run(() => converter.RunAsync(captured), cancellation));
                while (inFlight.Count >= maxInFlight)
                    CommitOldest();
            }
            while (inFlight.Count > 0)
                CommitOldest();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Items still in conversion see the token too and clean up after themselves (a media copy removes its
            // temporary file): a moment for them, never long enough to delay the stop.
            try
            {
                Task.WaitAll(inFlight.ToArray<Task>(), 300, CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Cancelled or failed: either way it is done.
            }
            throw;
        }

        void CommitOldest()
        {
            var converted = Await(inFlight.Peek(), cancellation);
            inFlight.Dequeue();
            Commit(converted, session, request.Observers, report, tally, progress);
        }
    }

    private static Converted Await(Task<Converted> task, CancellationToken cancellation)
    {
        try
        {
            task.Wait(cancellation);
        }
        catch (AggregateException)
        {
            // The task's own exception is rethrown, unwrapped, below.
        }
        return task.GetAwaiter().GetResult();
    }

    private static void CompleteOrReport(Action complete, string what, DiagnosticBag diagnostics)
    {
        try
        {
            complete();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Report(CoreDiagnostics.SiteFilesNotWritten(what, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>
    /// The thread-safe part: normalise, pass the ordered step (in turn after the item before), and plan one item. Its
    /// turn is given up whatever happens, so that a failed item never holds up the next.
    /// </summary>
    private sealed class Converter(Site site, IReadOnlyList<IPostTransform> transforms, IOrderedStep? step, IExportSession session,
        long maxItemBytes, Task previous, TaskCompletionSource mine, CancellationToken cancellation)
    {
        public async Task<Converted> RunAsync(SourceItem item)
        {
            try
            {
                return await ConvertAsync(item).ConfigureAwait(false);
            }
            finally
            {
                mine.TrySetResult();
            }
        }

        private async Task<Converted> ConvertAsync(SourceItem item)
        {
            var diagnostics = new DiagnosticBag();
            switch (item)
            {
                case ReadPost read:
                    foreach (var d in read.Diagnostics)
                        diagnostics.Report(d);
                    var post = read.Post;
                    if (ItemSizeLimit.Measure(post) is var size && size > maxItemBytes)
                    {
                        var tooLarge = CoreDiagnostics.ItemTooLarge(item.Source, size, maxItemBytes);
                        diagnostics.Report(tooLarge);
                        return new Converted(item, post, new FailPlan(tooLarge), diagnostics);
                    }
                    try
                    {
                        var context = new TransformContext(site, diagnostics);
                        foreach (var transform in transforms)
                            post = transform.Apply(post, context);
                        if (step is not null)
                        {
                            var entry = step.Prepare(post, diagnostics);
                            try
                            {
                                await previous.WaitAsync(cancellation).ConfigureAwait(false);
                                entry?.Enter();
                            }
                            finally
                            {
                                mine.TrySetResult();
                            }
                            if (entry is not null)
                                post = await entry.FinishAsync(cancellation).ConfigureAwait(false);
                        }
                        return new Converted(item, post, session.Plan(post, diagnostics), diagnostics);
                    }
                    catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (Exception ex)
                    {
                        var error = CoreDiagnostics.InternalError(item.Source, ex);
                        diagnostics.Report(error);
                        return new Converted(item, post, new FailPlan(error), diagnostics);
                    }
                case UnreadableItem unreadable:
                    diagnostics.Report(unreadable.Error);
                    return new Converted(item, null, new FailPlan(unreadable.Error), diagnostics);
                case IgnoredItem ignored:
                    diagnostics.Report(ignored.Reason);
                    return new Converted(item, null, new SkipPlan(ignored.Reason.Message), diagnostics);
                case InputDamaged damaged:
                    diagnostics.Report(damaged.Error);
                    return new Converted(item, null, new FailPlan(damaged.Error), diagnostics);
                default:
                    throw new InvalidOperationException($"unknown item kind {item.GetType().Name}");
            }
        }
    }

    /// <summary>The ordered part: write files and the audit row.</summary>
    private static void Commit(Converted converted, IExportSession session, IReadOnlyList<IItemObserver> observers,
        AuditReportWriter report, Tally tally, IProgress<ConversionProgress>? progress)
    {
        var plan = converted.Plan;
        if (plan is WritePlan)
        {
            try
            {
                plan = session.Commit(plan, converted.Diagnostics);
            }
            catch (UnsafePathException ex)
            {
                var error = CoreDiagnostics.UnsafeOutputPath(converted.Item.Source, ex.RelativePath);
                converted.Diagnostics.Report(error);
                plan = new FailPlan(error);
            }
            catch (Exception ex)
            {
                var error = CoreDiagnostics.OutputWriteFailed(converted.Item.Source, (plan as WritePlan)?.OutputPath ?? "", $"{ex.GetType().Name}: {ex.Message}");
                converted.Diagnostics.Report(error);
                plan = new FailPlan(error);
            }
        }
        foreach (var observer in observers)
            observer.Observe(converted.Post, plan, converted.Diagnostics);
        var row = AuditRows.For(converted.Item, converted.Post, plan, converted.Diagnostics.Items);
        report.Write(row);
        tally.Add(row, converted.Diagnostics.Items, plan, converted.Item is InputDamaged);
        progress?.Report(new ConversionProgress(tally.ItemsRead, converted.Item.Source.File));
    }

    private sealed record Converted(SourceItem Item, Post? Post, ExportPlan Plan, DiagnosticBag Diagnostics);

    /// <summary>Counts accumulated on the committing thread.</summary>
    private sealed class Tally(Action<string, Markup.Fidelity.BodyDiff>? diffs)
    {
        private const int MaxErrorsKept = 20;

        private readonly Dictionary<(string, ItemResult), int> _counts = [];
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private readonly Dictionary<FidelityVerdict, int> _fidelity = [];
        private readonly List<Diagnostic> _errors = [];
        private int _errorCount;
        private bool _damaged;

        public int ItemsRead { get; private set; }

        public void Add(AuditRow row, IReadOnlyList<Diagnostic> diagnostics, ExportPlan plan, bool damage)
        {
            ItemsRead++;
            _damaged |= damage;
            var key = (row.Type, row.Result);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            foreach (var d in diagnostics)
                _codes[d.Code] = _codes.GetValueOrDefault(d.Code) + 1;
            if (row.Result == ItemResult.Failed && diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
            {
                _errorCount++;
                if (_errors.Count < MaxErrorsKept)
                    _errors.Add(error);
            }
            if (plan is WritePlan { Fidelity: { } f })
            {
                _fidelity[f.Verdict] = _fidelity.GetValueOrDefault(f.Verdict) + 1;
                if (f.Diff is not null && row.OutputPath.Length > 0)
                    diffs?.Invoke(row.OutputPath, f.Diff);
            }
        }

        private readonly Dictionary<(string, ItemResult), int> _extra = [];

        /// <summary>A row that is no item read (a media file): counted apart, by type and result.</summary>
        public void AddExtra(AuditRow row)
        {
            var key = (row.Type, row.Result);
            _extra[key] = _extra.GetValueOrDefault(key) + 1;
        }

        public ConversionResult ToResult(IReadOnlyList<Diagnostic> siteDiagnostics)
        {
            foreach (var d in siteDiagnostics)
                _codes[d.Code] = _codes.GetValueOrDefault(d.Code) + 1;
            return new ConversionResult
            {
                ItemsRead = ItemsRead,
                ExtraCounts = _extra,
                Counts = _counts,
                DiagnosticsByCode = _codes,
                Fidelity = _fidelity,
                SiteDiagnostics = siteDiagnostics,
                ItemErrors = _errors,
                ItemErrorCount = _errorCount,
                InputDamaged = _damaged || siteDiagnostics.Any(d => d.Severity == Severity.Error),
            };
        }
    }
}
