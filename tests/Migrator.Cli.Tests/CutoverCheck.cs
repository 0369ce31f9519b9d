using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Migrator.Cli.Tests;

/// <summary>What <c>migrator verify</c> and the review report's "breaks at cutover" say, read back for tests.</summary>
internal static partial class CutoverCheck
{
    /// <summary>Runs <c>migrator verify SITE --report REPORT --json</c>: the exit code and each problem's code, item and URL.</summary>
    public static (int ExitCode, List<(string Code, string Item, string Url)> Problems, string Json) Verify(string site, string report) =>
        Run("verify", site, "--report", report, "--json");

    /// <summary>The same over HTTP: <c>migrator verify --url URL --report REPORT --json</c>.</summary>
    public static (int ExitCode, List<(string Code, string Item, string Url)> Problems, string Json) VerifyUrl(string url, string report) =>
        Run("verify", "--url", url, "--report", report, "--json");

    private static (int ExitCode, List<(string Code, string Item, string Url)> Problems, string Json) Run(params string[] args)
    {
        var result = CliRun.Run(args);
        var json = JsonNode.Parse(result.Stdout)!;
        var problems = json["problems"]!.AsArray()
            .Select(p => (p!["code"]!.GetValue<string>(), p["source_id"]?.GetValue<string>() ?? "", p["url"]!.GetValue<string>()))
            .ToList();
        return (result.ExitCode, problems, result.Stdout);
    }

    /// <summary>The (code, item) pairs of the review report's "breaks at cutover" section.</summary>
    public static SortedSet<string> ReportedBreaks(string reviewHtml)
    {
        var html = File.ReadAllText(reviewHtml);
        var section = html[html.IndexOf("<section id=\"breaks\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"summary\">", StringComparison.Ordinal)];
        return new SortedSet<string>(BreakRow().Matches(section).Select(m => m.Groups[1].Value + " item " + m.Groups[2].Value), StringComparer.Ordinal);
    }

    /// <summary>The same pairs of verify's problems.</summary>
    public static SortedSet<string> Pairs(IEnumerable<(string Code, string Item, string Url)> problems) =>
        new(problems.Select(p => p.Code + " item " + p.Item), StringComparer.Ordinal);

    [GeneratedRegex("<tr data-code=\"(CUT\\d{3})\" data-item=\"([^\"]*)\">")]
    private static partial Regex BreakRow();
}
