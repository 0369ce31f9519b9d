using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Migrator.Core.Reporting;
using Migrator.Core.Review;
using Spectre.Console;

namespace Migrator.Cli;

/// <summary>
/// <c>migrator verify SITE_DIR --report migration-report.csv</c>: checks the built site against the conversion's audit
/// (<see cref="SiteCheck"/>), without network; or, with <c>--url</c>, the same over HTTP against a server serving it
/// (<see cref="RunningSite"/>: only that server is contacted). Exit 0 when nothing breaks, 1 with a row per problem, 2
/// when it cannot start.
/// </summary>
internal static class VerifyCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var site = new Argument<string?>("site") { Description = "The built site: Jekyll's _site/ or Hugo's public/ (or --url).", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>("--url") { Description = "Check a running server serving the built site instead (http://127.0.0.1:8080/), following its redirects; nothing else is contacted." };
        var report = new Option<string>("--report") { Description = "The conversion's CSV audit (migration-report.csv).", Required = true };
        var basePath = new Option<string?>("--base-path") { Description = "The path the site is served at, when not the root (/blog)." };
        var json = new Option<bool>("--json") { Description = "Print the problems as JSON on standard output (for scripts)." };
        var command = new Command("verify", "Check a built site against the conversion's audit: pages, old URLs, files, redirects.") { site, url, report, basePath, json };
        command.SetAction(parse =>
        {
            var siteDir = parse.GetValue(site);
            var baseUrl = parse.GetValue(url);
            var reportPath = parse.GetValue(report)!;
            var asJson = parse.GetValue(json);
            int Fail(string message)
            {
                error.WriteLine("migrator: " + message);
                if (asJson)
                    SummaryPrinter.WriteFailureJson(message, ExitCodes.UsageOrUnreadableInput, output);
                return ExitCodes.UsageOrUnreadableInput;
            }
            if ((siteDir is null) == (baseUrl is null))
                return Fail("give either the built site's folder or --url of a server serving it (not both).");
            Uri? server = null;
            if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out server) || server.Scheme is not ("http" or "https")))
                return Fail($"--url '{baseUrl}' is not an http:// or https:// URL (e.g. http://127.0.0.1:8080/).");
            if (siteDir is not null && !Directory.Exists(siteDir))
                return Fail($"the built site '{siteDir}' is not a folder; build the site first (jekyll build, hugo) and give its _site/ or public/ folder.");
            if (!File.Exists(reportPath))
                return Fail($"the report '{reportPath}' does not exist; give the migration-report.csv the conversion wrote.");
            IReadOnlyList<AuditRow> rows;
            try
            {
                rows = AuditReportReader.Read(reportPath);
            }
            catch (Exception ex) when (ex is InvalidDataException or CsvHelper.CsvHelperException or IOException)
            {
                return Fail($"cannot read the report '{reportPath}': {ex.Message}");
            }
            // The redirect files of the output folder (the nginx map is not published) are beside the report.
            var outputFolder = Path.GetDirectoryName(Path.GetFullPath(reportPath))!;
            CutoverFindings findings;
            if (server is null)
                findings = SiteCheck.Run(new BuiltSite(siteDir!, parse.GetValue(basePath) ?? ""), rows, outputFolder);
            else
            {
                if (parse.GetValue(basePath) is { Length: > 0 } path)
                    server = new Uri(server, path.Trim('/') + "/");
                using var running = new RunningSite(server, CutoverRules.Hosts(rows));
                try
                {
                    running.Probe();
                    findings = SiteCheck.Run(running, rows, outputFolder);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return Fail($"cannot check the server at {server}: {ex.Message}");
                }
            }
            var code = findings.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
            if (asJson)
                WriteJson(findings, code, output);
            else
                WriteTable(findings, output);
            return code;
        });
        return command;
    }

    private static void WriteTable(CutoverFindings findings, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = output == Console.Out && !Console.IsOutputRedirected ? Console.WindowWidth : 160;
        output.WriteLine($"Checked {Str(findings.Pages)} pages, {Str(findings.References)} file references, {Str(findings.NewUrls)} new URLs and {Str(findings.OldUrls)} old URLs.");
        if (findings.Problems.Count == 0)
        {
            output.WriteLine("Nothing breaks at cutover.");
            return;
        }
        var table = new Table().Title("Breaks at cutover (migrator explain CODE)").AddColumns("code", "url", "where", "item", "what");
        foreach (var p in findings.Problems)
            table.AddRow(Markup.Escape(p.Code), Markup.Escape(p.Url), Markup.Escape(p.Where), Markup.Escape(p.Row?.SourceId ?? ""), Markup.Escape(Formats.Messages.Find(p.Code)?.Title ?? ""));
        console.Write(table);
        output.WriteLine($"{Str(findings.Problems.Count)} problem(s); --json gives each one's full message.");
    }

    private static void WriteJson(CutoverFindings findings, int code, TextWriter output)
    {
        var json = new
        {
            exit_code = code,
            pages = findings.Pages,
            references = findings.References,
            new_urls = findings.NewUrls,
            old_urls = findings.OldUrls,
            problems = findings.Problems.Select(p => new
            {
                code = p.Code,
                severity = p.Diagnostic.Severity.ToString().ToLowerInvariant(),
                url = p.Url,
                where = p.Where,
                source_id = p.Row?.SourceId,
                old_url = p.Row?.OldUrl,
                message = p.Diagnostic.Message,
            }).ToList(),
        };
        output.WriteLine(JsonSerializer.Serialize(json, Indented));
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
