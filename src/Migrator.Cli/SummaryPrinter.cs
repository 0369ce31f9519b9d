using System.Globalization;
using System.Text.Json;
using Migrator.Core.Markup;
using Migrator.Core.Media;
using Migrator.Core.Pipeline;
using Migrator.Core.Reporting;
using Spectre.Console;

namespace Migrator.Cli;

/// <summary>The end-of-run summary: a table for people, JSON for scripts.</summary>
internal static class SummaryPrinter
{
    public static void WriteTable(ConversionResult result, MediaSummary? media, string reportPath, ConvertRun.ReviewSummary? review, ConvertOptions options, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!(output == Console.Out && !Console.IsOutputRedirected))
            console.Profile.Width = 120;

        var items = new Table().Title("Items").AddColumns("type", "written", "skipped", "failed");
        foreach (var type in result.Counts.Keys.Select(k => k.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            items.AddRow(Markup.Escape(type),
                Count(result, type, ItemResult.Written), Count(result, type, ItemResult.Skipped), Count(result, type, ItemResult.Failed));
        }
        items.AddRow("[bold]all[/]", Str(result.Written), Str(result.Skipped), Str(result.Failed));
        foreach (var type in result.ExtraCounts.Keys.Select(k => k.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            items.AddRow(Markup.Escape(type), Str(result.ExtraCounts.GetValueOrDefault((type, ItemResult.Written))),
                Str(result.ExtraCounts.GetValueOrDefault((type, ItemResult.Skipped))), Str(result.ExtraCounts.GetValueOrDefault((type, ItemResult.Failed))));
        }
        console.Write(items);
        if (media is { Copying: true })
            console.WriteLine($"Media: {Str(media.Files)} files ({Str(media.Copied)} in the new site, {media.Bytes.ToString(CultureInfo.InvariantCulture)} bytes copied in this run), {Str(media.Failed)} failed (their pages keep the old URLs).");
        else if (media is { LeftOnOldHost: > 0 })
            console.WriteLine($"Media: {Str(media.LeftOnOldHost)} references to the old site's files stay on the old host and break at cutover (MED006); copy them with --media-from or --media-download.");

        if (result.Fidelity.Count > 0)
        {
            var fidelity = new Table().Title("Body fidelity (rendered back and compared)").AddColumns("verdict", "posts");
            foreach (var verdict in Enum.GetValues<FidelityVerdict>())
                fidelity.AddRow(AuditRows.Verdict(verdict), Str(result.Fidelity.GetValueOrDefault(verdict)));
            console.Write(fidelity);
        }

        if (result.DiagnosticsByCode.Count > 0)
        {
            var codes = new Table().Title("Messages by code (details: the report, migrator explain CODE)")
                .AddColumns("code", "count", "message");
            foreach (var (code, count) in result.DiagnosticsByCode.OrderBy(c => c.Key, StringComparer.Ordinal))
                codes.AddRow(Markup.Escape(code), Str(count), Markup.Escape(Formats.Messages.Find(code)?.Title ?? ""));
            console.Write(codes);
        }

        var rows = result.ItemsRead + result.ExtraCounts.Values.Sum();
        var verb = options.DryRun ? "Dry run: nothing written except the reports (CSV and HTML)." : $"Output: {Path.GetFullPath(options.Out)}";
        console.WriteLine(verb);
        console.WriteLine($"Report: {reportPath} ({rows} rows)");
        if (review is not null)
            console.WriteLine($"Review: {review.Path} ({(review.Breaks == 0 ? "nothing foreseen to break at cutover" : $"{Str(review.Breaks)} break(s) at cutover")}; open it in a browser)");
        if (result.InputDamaged)
            console.WriteLine("An input was damaged: what could be read was converted; the damaged parts are failed rows (see the messages above).");
    }

    public static void WriteJson(ConversionResult result, MediaSummary? media, string reportPath, ConvertRun.ReviewSummary? review, ConvertOptions options, TextWriter output)
    {
        var summary = new
        {
            items_read = result.ItemsRead,
            written = result.Written,
            skipped = result.Skipped,
            failed = result.Failed,
            input_damaged = result.InputDamaged,
            dry_run = options.DryRun,
            report = reportPath,
            review_report = review?.Path,
            breaks_at_cutover = review?.Breaks,
            by_type = result.Counts
                .GroupBy(c => c.Key.Type, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Key.Result.ToString().ToLowerInvariant(), c => c.Value), StringComparer.Ordinal),
            media = media is null ? null : new
            {
                copying = media.Copying,
                files = media.Files,
                in_new_site = media.Copied,
                failed = media.Failed,
                bytes = media.Bytes,
                left_on_old_host = media.LeftOnOldHost,
            },
            fidelity = result.Fidelity.ToDictionary(f => AuditRows.Verdict(f.Key), f => f.Value, StringComparer.Ordinal),
            messages_by_code = new SortedDictionary<string, int>(result.DiagnosticsByCode.ToDictionary(), StringComparer.Ordinal),
            site_messages = result.SiteDiagnostics.Select(d => d.ToString()).ToList(),
            item_errors = result.ItemErrors.Select(d => d.ToString()).ToList(),
            item_error_count = result.ItemErrorCount,
        };
        output.WriteLine(JsonSerializer.Serialize(summary, Indented));
    }

    /// <summary>The JSON object of a run that could not start or was stopped: why, and the exit code.</summary>
    public static void WriteFailureJson(string message, int exitCode, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(new { exit_code = exitCode, error = message }, Indented));
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Count(ConversionResult result, string type, ItemResult r) =>
        Str(result.Counts.GetValueOrDefault((type, r)));

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
