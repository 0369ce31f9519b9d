using Migrator.Core.Media;
using Migrator.Core.Markup;
using System.Runtime.InteropServices;
using Migrator.Core.Input;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Reporting;
using Migrator.Core.Review;

namespace Migrator.Cli;

/// <summary>Checks the inputs and the output folder, runs the conversion, prints the summary, picks the exit code.</summary>
internal static class ConvertRun
{
    /// <summary>Where the review report went and how many breaks at cutover it foresees.</summary>
    internal sealed record ReviewSummary(string Path, int Breaks);

    /// <summary>The input name that means standard input.</summary>
    private const string StandardInput = "-";

    public static int Execute(ConvertOptions options, TextWriter output, TextWriter error)
    {
        // A run that cannot start says why on standard error, and with --json also as an object on standard output.
        int Fail(string message, int code = ExitCodes.UsageOrUnreadableInput)
        {
            error.WriteLine("migrator: " + message);
            if (options.Json)
                SummaryPrinter.WriteFailureJson(message, code, output);
            return code;
        }

        foreach (var input in options.Inputs)
        {
            if (input != StandardInput && !File.Exists(input) && !Directory.Exists(input))
                return Fail($"input '{input}' does not exist.");
        }
        if (options.Jobs < 1)
            return Fail("--jobs must be at least 1.");
        if (options.MaxItemMegabytes < 1)
            return Fail("--max-item-mb must be at least 1.");
        if (options.Inputs.Select(Path.GetFullPath).GroupBy(p => p.TrimEnd(Path.DirectorySeparatorChar), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Fail($"the input '{twice.Key}' is given more than once; every item would be converted twice.");
        if (options.Settings.BaseUrl is { } baseUrl && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return Fail($"--base-url '{baseUrl}' is not an absolute http(s) URL (e.g. https://example.com/blog).");

        var unknown = options.Settings.Redirects.Except(RedirectFormats.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return Fail($"unknown --redirects format(s): {string.Join(", ", unknown)}; use {string.Join(", ", RedirectFormats.All)}.");
        var target = Formats.Registry.Find(options.To)!;
        if (FormatOptionBinding.Problem(options.Settings.FormatOptions.Given, target, Formats.Registry) is { } optionProblem)
            return Fail(optionProblem);
        var misplaced = options.Settings.Redirects.Where(r => RedirectFormats.FrontMatter.Contains(r) && r != target.FrontMatterRedirects).ToList();
        if (misplaced.Count > 0)
        {
            var owner = Formats.Registry.Formats.First(f => f.FrontMatterRedirects == misplaced[0]).Name;
            return Fail($"--redirects {misplaced[0]} writes {owner} front matter and needs --to {owner}.");
        }

        var (source, notDetected) = ResolveSource(options);
        if (source is null)
            return Fail(notDetected!);
        var importer = source.Importer!(new ImportSettings { MergeSites = options.Merge, WorkFolder = Path.GetFullPath(options.Out) });
        ConversionRoute route;
        try
        {
            route = Formats.Route(source, target, options.Settings);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message); // a SOURCE_DATE_EPOCH that is not a date
        }
        var exporter = route.Exporter;
        if (options.Media.Problem(exporter) is { } mediaProblem)
            return Fail(mediaProblem);

        var folder = new OutputFolder(options.Out, options.DryRun);
        if (File.Exists(folder.Root))
            return Fail($"the output '{options.Out}' is a file, not a folder.");
        if (!options.Force && !options.DryRun && !folder.IsEmpty())
            return Fail($"the output folder '{options.Out}' is not empty; use --force to write into it (files of the same name are replaced, nothing is deleted).");
        var reportPath = Path.GetFullPath(options.Report ?? Path.Combine(options.Out, exporter.ReportName));
        if (options.Report is null && options.DryRun && !options.Force && File.Exists(reportPath))
            return Fail($"'{reportPath}' exists; use --force to replace it or --report to write elsewhere.");

        var reviewPath = Path.GetFullPath(options.ReportHtml ?? Path.ChangeExtension(reportPath, ".html"));
        if (string.Equals(reviewPath, reportPath, StringComparison.Ordinal))
            return Fail($"--report-html '{options.ReportHtml}' is the CSV report's path; name another file.");
        if (PathProblem(options, folder.Root, reportPath, reviewPath) is { } problem)
            return Fail(problem);
        folder.ReserveIfInside(reviewPath);

        using var observers = new ObserverSet(options, exporter);
        var progress = new ConsoleProgress(interactive: !options.Quiet && !options.Json && !Console.IsErrorRedirected && output == Console.Out);
        // A clean-up copies every file of the site itself; any other run from a site carries the files its posts name.
        var siteFolder = route.SameFormat ? null : importer.PublishedFolder(options.Inputs);
        using var media = new MediaCopy(options.Media, exporter, folder, options.Settings, progress.Media, siteFolder);
        // The bodies' side-by-side views are rendered as items are written, into a temporary file beside the review report.
        using var diffs = BodyDiffTable.Beside(reviewPath);
        var request = new ConversionRequest
        {
            BodyDiffs = diffs.Add,
            Step = media.Step,
            Observers = observers.Items,
            Importer = importer,
            Inputs = options.Inputs,
            Exporter = exporter,
            Output = folder,
            ReportPath = reportPath,
            Transforms = media.Step is null ? [.. route.Transforms, new PageFilesLeftBehind()] : route.Transforms,
            SiteTransform = route.SiteTransform,
            Jobs = options.Jobs,
            MaxItemBytes = options.MaxItemMegabytes * 1024L * 1024L,
        };

        ConversionResult result;
        // Ctrl-C and SIGTERM stop at once: the item in conversion is abandoned, every file written so far is complete,
        // temporary files are removed and the report lists the items written so far.
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            result = progress.Run(request, stop.Token);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message);
        }
        catch (OperationCanceledException)
        {
            return Fail($"stopped. The files written so far are complete and {reportPath} lists their items; the site files written at the end (configuration, layouts, redirects) were not written.", ExitCodes.Interrupted);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot write the output: {ex.Message}");
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        foreach (var d in result.SiteDiagnostics)
            error.WriteLine(d.ToString());
        // Why the exit code is 1, on standard error whatever -q or --json say: the failed items' errors.
        foreach (var d in result.ItemErrors)
            error.WriteLine(d.ToString());
        if (result.ItemErrorCount > result.ItemErrors.Count)
            error.WriteLine($"migrator: {result.ItemErrorCount - result.ItemErrors.Count} more items failed; every failure is in {reportPath}.");
        var review = WriteReview(reviewPath, reportPath, options.DryRun ? null : folder.Root, exporter.PublishedRoot, exporter.Flavor, diffs, error);
        if (options.Json)
            SummaryPrinter.WriteJson(result, media.Step?.Summary, reportPath, review, options, output);
        else if (!options.Quiet)
            SummaryPrinter.WriteTable(result, media.Step?.Summary, reportPath, review, options, output);

        return result.Failed > 0 || result.InputDamaged ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    /// <summary>
    /// Writes the review report (migration-report.html) from the audit just written and the output folder: what breaks at
    /// cutover, then every row. A report that cannot be written is said on standard error; the conversion stands.
    /// </summary>
    private static ReviewSummary? WriteReview(string reviewPath, string reportPath, string? outputRoot, string? publishedRoot, MarkdownFlavor? flavor, BodyDiffTable diffs, TextWriter error)
    {
        try
        {
            // Read anew on each pass, never held: the audit of a large export is larger than the run's memory budget.
            var rows = AuditReportReader.Rows(reportPath);
            // Every break is rendered as it is found, into a temporary file beside the report: a large export can have hundreds of thousands.
            using var breaks = BreakTable.Beside(reviewPath, Formats.Messages);
            var redirects = CutoverForecast.Run(rows, breaks.Add, outputRoot, publishedRoot, flavor);
            ReviewReport.Write(reviewPath, rows, breaks, Formats.Messages, redirects, diffs);
            return new ReviewSummary(reviewPath, breaks.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The conversion and its CSV audit stand whatever happens to the review report.
            error.WriteLine($"migrator: cannot write the review report '{reviewPath}': {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Refuses outputs that would change an input, comparing real paths (every symbolic link resolved): the report or a
    /// Disqus file on an input or inside an input site, an output folder that is an input site or inside one, or that
    /// holds an input file. Also a report path that is a folder.
    /// </summary>
    private static string? PathProblem(ConvertOptions options, string outputRoot, string reportPath, string reviewPath)
    {
        var inputs = options.Inputs.Where(i => i != StandardInput).Select(RealPath.Of).ToList();
        var named = new (string Option, string? Path)[] { ("--report", reportPath), ("--report-html", reviewPath), ("--disqus-map", options.DisqusMap), ("--disqus-comments", options.DisqusComments) };
        foreach (var (option, path) in named)
        {
            if (path is null)
                continue;
            var real = RealPath.Of(path);
            if (inputs.Any(i => RealPath.IsWithin(real, i)))
                return $"{option} '{path}' is an input or inside an input site; it would change the input. Name a file elsewhere.";
            if (Directory.Exists(real))
                return $"{option} '{path}' is a folder; name a file.";
        }
        var root = RealPath.Of(outputRoot);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input) && RealPath.IsWithin(root, input))
                return $"the output folder '{options.Out}' is the input site or inside it; write to a new folder (the input is never changed).";
            if (RealPath.IsWithin(input, root))
                return $"the output folder '{options.Out}' holds the input '{input}'; write to a new folder (the input is never changed).";
        }
        return null;
    }

    private static (FormatInfo? Format, string? Problem) ResolveSource(ConvertOptions options)
    {
        if (options.From is not null)
            return (Formats.Registry.Find(options.From)!, null);
        FormatInfo? found = null;
        foreach (var input in options.Inputs)
        {
            var detected = Formats.Registry.Detect(input);
            if (detected is null)
                return (null, $"cannot tell the format of '{input}' (not a WXR export, Jekyll site or Hugo site); give it with --from.");
            if (found is not null && !ReferenceEquals(found, detected))
                return (null, $"the inputs are of different formats ({found.Name} and {detected.Name}); convert one site at a time.");
            found = detected;
        }
        return (found, null);
    }
}
