using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>Runs the command line in-process, as a script would, capturing output and exit code.</summary>
internal static class CliRun
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunWithInput("", args);

    public static Result RunWithInput(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = MigratorCommandLine.Run(args, new StringReader(stdin), output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string SampleWxr => Path.Combine(Corpus.Samples, "wordpress", "tidewater-notes.wordpress.2024-05-01.000.xml");

    public static string SampleJekyllSite => Path.Combine(Corpus.Samples, "jekyll", "old-site");

    /// <summary>Reads the audit CSV into rows of named columns.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadReport(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, Migrator.Core.Reporting.AuditReportWriter.Configuration);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        return rows;
    }
}
