using System.Runtime.InteropServices;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Cli;

/// <summary>Checks the inputs and the output folder, runs the conversion, prints the summary, picks the exit code.</summary>
internal static class ConvertRun
{
    public static int Execute(ConvertOptions options, TextWriter output, TextWriter error)
    {
        foreach (var input in options.Inputs)
        {
            if (!File.Exists(input) && !Directory.Exists(input))
            {
                error.WriteLine($"migrator: input '{input}' does not exist.");
                return ExitCodes.UsageOrUnreadableInput;
            }
        }
        if (options.Jobs < 1)
        {
            error.WriteLine("migrator: --jobs must be at least 1.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (options.Inputs.Select(Path.GetFullPath).GroupBy(p => p.TrimEnd(Path.DirectorySeparatorChar), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            error.WriteLine($"migrator: the input '{twice.Key}' is given more than once; every item would be converted twice.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (options.Settings.BaseUrl is { } baseUrl && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            error.WriteLine($"migrator: --base-url '{baseUrl}' is not an absolute http(s) URL (e.g. https://example.com/blog).");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (options.Settings.SplitMegabytes < 0)
        {
            error.WriteLine("migrator: --split-mb must be 0 (one file) or more.");
            return ExitCodes.UsageOrUnreadableInput;
        }

        var unknown = options.Settings.Redirects.Except(RedirectFormats.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"migrator: unknown --redirects format(s): {string.Join(", ", unknown)}; use {string.Join(", ", RedirectFormats.All)}.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        var misplaced = options.Settings.Redirects.Where(r => RedirectFormats.FrontMatter.Contains(r) && r != options.To).ToList();
        if (misplaced.Count > 0)
        {
            error.WriteLine($"migrator: --redirects {misplaced[0]} writes {misplaced[0]} front matter and needs --to {misplaced[0]}.");
            return ExitCodes.UsageOrUnreadableInput;
        }

        var source = ResolveSource(options, error);
        if (source is null)
            return ExitCodes.UsageOrUnreadableInput;
        var importer = source.Importer!();
        var route = Formats.Route(source, Formats.Registry.Find(options.To)!, options.Settings);
        var exporter = route.Exporter;
        if (options.Media.Problem(exporter) is { } mediaProblem)
        {
            error.WriteLine("migrator: " + mediaProblem);
            return ExitCodes.UsageOrUnreadableInput;
        }

        var folder = new OutputFolder(options.Out, options.DryRun);
        if (File.Exists(folder.Root))
        {
            error.WriteLine($"migrator: the output '{options.Out}' is a file, not a folder.");
            return ExitCodes.UsageOrUnreadableInput;
        }
        if (!options.Force && !options.DryRun && !folder.IsEmpty())
        {
            error.WriteLine($"migrator: the output folder '{options.Out}' is not empty; use --force to write into it (files of the same name are replaced, nothing is deleted).");
            return ExitCodes.UsageOrUnreadableInput;
        }
        var reportPath = Path.GetFullPath(options.Report ?? Path.Combine(options.Out, exporter.ReportName));
        if (options.Report is null && options.DryRun && !options.Force && File.Exists(reportPath))
        {
            error.WriteLine($"migrator: '{reportPath}' exists; use --force to replace it or --report to write elsewhere.");
            return ExitCodes.UsageOrUnreadableInput;
        }

        if (PathProblem(options, folder.Root, reportPath) is { } problem)
        {
            error.WriteLine("migrator: " + problem);
            return ExitCodes.UsageOrUnreadableInput;
        }

        using var observers = new ObserverSet(options, exporter);
        using var media = new MediaCopy(options.Media, exporter, folder, options.Settings);
        var request = new ConversionRequest
        {
            Step = media.Step,
            Observers = observers.Items,
            Importer = importer,
            Inputs = options.Inputs,
            Exporter = exporter,
            Output = folder,
            ReportPath = reportPath,
            Transforms = route.Transforms,
            SiteTransform = route.SiteTransform,
            Jobs = options.Jobs,
        };

        ConversionResult result;
        // Ctrl-C and SIGTERM stop between items: every file written so far is complete, temporary files are removed.
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            result = ConsoleProgress.Run(request, interactive: !options.Quiet && !options.Json && !Console.IsErrorRedirected && output == Console.Out, stop.Token);
        }
        catch (InputException ex)
        {
            error.WriteLine($"migrator: {ex.Message}");
            return ExitCodes.UsageOrUnreadableInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("migrator: stopped. The files written so far are complete; the report and the site files written at the end were not written.");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"migrator: cannot write the output: {ex.Message}");
            return ExitCodes.UsageOrUnreadableInput;
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        foreach (var d in result.SiteDiagnostics)
            error.WriteLine(d.ToString());
        if (options.Json)
            SummaryPrinter.WriteJson(result, media.Step?.Summary, reportPath, options, output);
        else if (!options.Quiet)
            SummaryPrinter.WriteTable(result, media.Step?.Summary, reportPath, options, output);

        return result.Failed > 0 || result.InputDamaged ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    /// <summary>
    /// Refuses outputs that would change an input: the report or a Disqus file written over an input file, or an output
    /// folder that is an input site folder or inside one. Also a report path that is a folder.
    /// </summary>
    private static string? PathProblem(ConvertOptions options, string outputRoot, string reportPath)
    {
        var inputs = options.Inputs.Select(Path.GetFullPath).ToList();
        var named = new (string Option, string? Path)[] { ("--report", reportPath), ("--disqus-map", options.DisqusMap), ("--disqus-comments", options.DisqusComments) };
        foreach (var (option, path) in named)
        {
            if (path is null)
                continue;
            var full = Path.GetFullPath(path);
            if (inputs.Any(i => string.Equals(i.TrimEnd(Path.DirectorySeparatorChar), full, StringComparison.Ordinal)))
                return $"{option} '{path}' is an input; it would be overwritten. Name another file.";
            if (Directory.Exists(full))
                return $"{option} '{path}' is a folder; name a file.";
        }
        var root = outputRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var input in inputs.Where(Directory.Exists))
        {
            var inputRoot = input.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (root.StartsWith(inputRoot, StringComparison.Ordinal))
                return $"the output folder '{options.Out}' is the input site or inside it; write to a new folder (the input is never changed).";
        }
        return null;
    }

    private static FormatInfo? ResolveSource(ConvertOptions options, TextWriter error)
    {
        if (options.From is not null)
            return Formats.Registry.Find(options.From)!;
        FormatInfo? found = null;
        foreach (var input in options.Inputs)
        {
            var detected = Formats.Registry.Detect(input);
            if (detected is null)
            {
                error.WriteLine($"migrator: cannot tell the format of '{input}' (not a WXR export, Jekyll site or Hugo site); give it with --from.");
                return null;
            }
            if (found is not null && !ReferenceEquals(found, detected))
            {
                error.WriteLine($"migrator: the inputs are of different formats ({found.Name} and {detected.Name}); convert one site at a time.");
                return null;
            }
            found = detected;
        }
        return found;
    }
}
