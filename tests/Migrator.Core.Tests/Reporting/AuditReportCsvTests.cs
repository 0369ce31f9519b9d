using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Core.Tests.Reporting;

/// <summary>The audit CSV opens right in spreadsheets: UTF-8 with a byte-order mark, and no cell runs as a formula.</summary>
public sealed class AuditReportCsvTests
{
    private static string WriteReport(TempFolder temp, params AuditRow[] rows)
    {
        var path = temp.Combine("report.csv");
        using var writer = new AuditReportWriter(path);
        foreach (var row in rows)
            writer.Write(row);
        writer.Complete();
        return path;
    }

    [Fact]
    public void The_report_starts_with_the_UTF8_byte_order_mark_so_Excel_reads_accented_and_Chinese_titles()
    {
        using var temp = Corpus.NewTempFolder();
        var path = WriteReport(temp, new AuditRow { Title = "Été à Kökar · 中文标题" });

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("source_file,", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
        Assert.Equal("Été à Kökar · 中文标题", AuditReportReader.Read(path).Single().Title);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example\",\"click\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(string title)
    {
        using var temp = Corpus.NewTempFolder();
        var path = WriteReport(temp, new AuditRow { Title = title, Slug = "plain" });

        var line = File.ReadAllLines(path)[1];
        Assert.Contains("'" + title[0], line, StringComparison.Ordinal);
        Assert.DoesNotContain("," + title[0], line, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"" + title[0], line, StringComparison.Ordinal);
        var read = AuditReportReader.Read(path).Single();
        Assert.Equal(title, read.Title);
        Assert.Equal("plain", read.Slug);
    }

    [Fact]
    public void Reading_the_report_back_gives_every_column()
    {
        using var temp = Corpus.NewTempFolder();
        var row = new AuditRow
        {
            SourceFile = "export.xml", SourceId = "12", SourceLine = 40, Type = "post", Status = "publish", Title = "A, \"quoted\" title",
            Slug = "a", Date = "2024-01-02 03:04:05 +01:00", OldUrl = "https://old.example/a/", NewUrl = "https://old.example/a/",
            OutputPath = "_posts/2024-01-02-a.md", Result = ItemResult.Skipped, Reason = "why", Warnings = "WXR001 MED006", Comments = 3,
            DsqThreadId = "1", DisqusIdentifier = "12 https://old.example/?p=12", Fidelity = "changed", FidelityNotes = "text", Messages = "WXR001: one | MED006: two",
        };
        var path = WriteReport(temp, row);

        Assert.Equal(row, AuditReportReader.Read(path).Single());
    }

    [Fact]
    public void A_file_that_is_no_audit_report_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var path = temp.Combine("other.csv");
        File.WriteAllText(path, "a,b\n1,2\n");

        Assert.Throws<InvalidDataException>(() => AuditReportReader.Read(path));
    }
}
