using BenchmarkDotNet.Attributes;
using Migrator.Core.Reporting;

namespace Migrator.Benchmarks.Micro;

/// <summary>Audit CSV rows through the real writer (each operation: a report of 1,000 rows, written and moved into place).</summary>
[MemoryDiagnoser]
public class AuditCsvBenchmarks
{
    private const int Rows = 1000;
    private readonly List<AuditRow> rows = [];
    private string folder = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "migrator-bench-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var titles = BenchmarkCorpus.Instance.Titles;
        for (var i = 0; i < Rows; i++)
        {
            rows.Add(new AuditRow
            {
                SourceFile = "export.xml",
                SourceId = (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                SourceLine = 100 + (i * 173),
                Type = "post",
                Status = "publish",
                Title = titles[i % titles.Count],
                Slug = "slug-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Date = "2014-07-23 05:03:36 +02:00",
                OldUrl = "https://blog.example.org/2014/07/23/slug/",
                NewUrl = "/2014/07/23/slug.html",
                OutputPath = "_posts/2014-07-23-slug.md",
                Result = ItemResult.Written,
                Warnings = i % 7 == 0 ? "NRM003;MD001" : "",
                Comments = i % 11,
            });
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int WriteReport()
    {
        using var report = new AuditReportWriter(Path.Combine(folder, "audit.csv"));
        foreach (var row in rows)
            report.Write(row);
        report.Complete();
        return report.RowsWritten;
    }
}
