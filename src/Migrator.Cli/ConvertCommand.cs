using System.CommandLine;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Cli;

/// <summary><c>migrator convert &lt;input&gt;... --to FORMAT --out DIR</c>.</summary>
internal static class ConvertCommand
{
    /// <summary>File name of the audit report when <c>--report</c> is not given: inside the output folder.</summary>
    public const string DefaultReportName = "migration-report.csv";

    /// <summary>
    /// The default report name when a Jekyll site is cleaned up into a Jekyll site: the owner's <c>_config.yml</c> is kept
    /// as it is, so the report is named with a leading underscore, which Jekyll never publishes.
    /// </summary>
    public const string CleanupReportName = "_migration-report.csv";

    public static Command Build(TextWriter output, TextWriter error)
    {
        var defaults = new ExportSettings();
        var inputs = new Argument<string[]>("input")
        {
            Description = "WXR file(s) of one site (a split export is given together; .xml, .xml.gz or a WordPress.com .zip; - for standard input), or a Jekyll/Hugo site folder.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string>("--to") { Description = "Target format: " + string.Join(", ", Formats.Writers), Required = true };
        to.AcceptOnlyFromAmong([.. Formats.Writers]);
        var from = new Option<string?>("--from") { Description = "Source format (" + string.Join(", ", Formats.Readers) + "); detected from the input when omitted." };
        from.AcceptOnlyFromAmong([.. Formats.Readers]);
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder. Must be empty or absent unless --force.", Required = true };
        var report = new Option<string?>("--report") { Description = $"CSV audit report path (default: {DefaultReportName} inside the output folder; {CleanupReportName} for Jekyll to Jekyll)." };
        var reportHtml = new Option<string?>("--report-html") { Description = "Where the HTML review report goes (default: beside the CSV report, as .html)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Convert everything but write only the report." };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty output folder, replacing files of the same name (nothing is deleted)." };
        var body = new Option<BodyMode>("--body") { Description = "Post bodies as markdown (converted from HTML) or html (kept).", DefaultValueFactory = _ => defaults.Body };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL of the new site, when it differs from the old one." };
        var privateData = new Option<bool>("--include-private-data") { Description = "Also write visitors' data: commenters' e-mail and IP addresses, personal meta, contact-form entries and orders (unpublished). Left out by default." };
        var redirects = new Option<string[]>("--redirects")
        {
            Description = "Redirect files to write: netlify, cloudflare, nginx, apache, jekyll, hugo (repeat or comma-separate).",
            AllowMultipleArgumentsPerToken = true,
        };
        var disqusMap = new Option<string?>("--disqus-map") { Description = "Write Disqus's URL Mapper CSV (old URL, new URL) for every post whose URL changes." };
        var disqusComments = new Option<string?>("--disqus-comments") { Description = "Write the approved comments in Disqus's XML import format (includes commenters' e-mail addresses, which Disqus needs)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Items converted at once (default: all cores). Output is identical for any value.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var mediaFrom = new Option<string?>("--media-from") { Description = "Copy the old site's media files from a local copy of its files (a folder) or a server standing in for the old host (an http(s) URL)." };
        var mediaDownload = new Option<bool>("--media-download") { Description = "Copy the old site's media files from their URLs as the export gives them (the old site must still be up)." };
        var mediaHost = new Option<string[]>("--media-host") { Description = "Another host whose files count as the site's own (a CDN); repeatable." };
        var mediaJobs = new Option<int>("--media-jobs") { Description = "Media files fetched at once (default 4).", DefaultValueFactory = _ => new MediaOptions().Jobs };
        var maxItemMb = new Option<int>("--max-item-mb") { Description = $"Largest item converted, in megabytes of text (default {ItemSizeLimit.DefaultMegabytes}); a larger one fails alone.", DefaultValueFactory = _ => ItemSizeLimit.DefaultMegabytes };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON on standard output (for scripts)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary table." };
        var merge = new Option<bool>("--merge") { Description = "Read exports of different sites as one site (refused otherwise)." };

        var command = new Command("convert", "Convert a blog from one format to another, with a CSV audit of every item.")
        {
            inputs, to, from, outDir, report, reportHtml, dryRun, force, body, baseUrl, privateData, redirects, disqusMap, disqusComments, jobs, maxItemMb, json, quiet, merge,
            mediaFrom, mediaDownload, mediaHost, mediaJobs,
        };
        var formatOptions = FormatOptionBinding.Declare(Formats.Registry);
        foreach (var option in formatOptions.Options)
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var options = new ConvertOptions
            {
                Inputs = parse.GetValue(inputs) ?? [],
                To = parse.GetValue(to)!,
                From = parse.GetValue(from),
                Out = parse.GetValue(outDir)!,
                Report = parse.GetValue(report),
                ReportHtml = parse.GetValue(reportHtml),
                DryRun = parse.GetValue(dryRun),
                Force = parse.GetValue(force),
                Jobs = parse.GetValue(jobs),
                MaxItemMegabytes = parse.GetValue(maxItemMb),
                DisqusMap = parse.GetValue(disqusMap),
                DisqusComments = parse.GetValue(disqusComments),
                Json = parse.GetValue(json),
                Quiet = parse.GetValue(quiet),
                Merge = parse.GetValue(merge),
                Media = new MediaOptions
                {
                    From = parse.GetValue(mediaFrom),
                    Download = parse.GetValue(mediaDownload),
                    Hosts = parse.GetValue(mediaHost) ?? [],
                    Jobs = parse.GetValue(mediaJobs),
                },
                Settings = new ExportSettings
                {
                    Body = parse.GetValue(body),
                    BaseUrl = parse.GetValue(baseUrl),
                    IncludePrivateData = parse.GetValue(privateData),
                    OtherFiles = new SiteFiles(),
                    FormatOptions = new FormatOptionValues(formatOptions.Given(parse)),
                    Redirects = [.. (parse.GetValue(redirects) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                },
            };
            return ConvertRun.Execute(options, output, error);
        });
        return command;
    }
}

/// <summary>The bound options of one <c>convert</c> call.</summary>
internal sealed record ConvertOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public required string To { get; init; }
    public string? From { get; init; }
    public required string Out { get; init; }
    public string? Report { get; init; }
    public string? ReportHtml { get; init; }
    public bool DryRun { get; init; }
    public bool Force { get; init; }
    public int Jobs { get; init; }
    public int MaxItemMegabytes { get; init; } = ItemSizeLimit.DefaultMegabytes;
    public string? DisqusMap { get; init; }
    public string? DisqusComments { get; init; }
    public bool Json { get; init; }
    public bool Quiet { get; init; }
    public bool Merge { get; init; }
    public MediaOptions Media { get; init; } = new();
    public required ExportSettings Settings { get; init; }
}
