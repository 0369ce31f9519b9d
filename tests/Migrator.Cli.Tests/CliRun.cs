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

    /// <summary>
    /// Writes the sample export to <paramref name="path"/> with the content of some items replaced (by post id): a
    /// real export around bodies a test needs.
    /// </summary>
    public static string SampleWithBodies(string path, IReadOnlyDictionary<int, string> bodies)
    {
        var xml = File.ReadAllText(SampleWxr);
        foreach (var (id, body) in bodies)
        {
            var at = xml.IndexOf($"<wp:post_id>{id}</wp:post_id>", StringComparison.Ordinal);
            var item = xml.LastIndexOf("<item>", at, StringComparison.Ordinal);
            var start = xml.IndexOf("<content:encoded><![CDATA[", item, StringComparison.Ordinal) + "<content:encoded><![CDATA[".Length;
            var end = xml.IndexOf("]]></content:encoded>", start, StringComparison.Ordinal);
            if (at < 0 || end > xml.IndexOf("</item>", at, StringComparison.Ordinal))
                throw new ArgumentException($"the sample has no item {id} with content");
            xml = xml[..start] + body + xml[end..];
        }
        File.WriteAllText(path, xml);
        return path;
    }

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
