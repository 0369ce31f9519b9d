using Migrator.Core.Diagnostics;
using Migrator.Core.Reporting;
using Migrator.Core.Review;
using Migrator.Testing;

namespace Migrator.Core.Tests.Review;

/// <summary>
/// The review report's breaks, kept in a temporary file beside the report while it is written (a large export can have
/// hundreds of thousands), render as the same breaks held in memory, and the file does not outlive the table.
/// </summary>
public sealed class BreakTableTests
{
    private static readonly AuditRow Row = new()
    {
        SourceId = "7", Type = "post", Status = "publish", Title = "Tea & <cake>", Result = ItemResult.Written,
        NewUrl = "https://example.org/p/", OutputPath = "_posts/p.md", Warnings = "JKW004",
    };

    private static string Render(BreakTable table)
    {
        table.Add(new(CutoverDiagnostics.FileMissing("/a.png", "/p/"), "/a.png", "/p/", Row));
        table.Add(new(CutoverDiagnostics.OldUrlUnanswered("https://example.org/gone/", "Gone"), "https://example.org/gone/", "", null));
        using var w = new StringWriter();
        ReviewReport.Render(w, [Row], table, new MessageCatalogue([]), 0);
        return w.ToString();
    }

    [Fact]
    public void Breaks_kept_beside_the_report_render_as_in_memory_and_leave_no_file()
    {
        using var temp = Corpus.NewTempFolder();
        var report = Path.Combine(temp.Path, "migration-report.html");
        string besideHtml;
        using (var beside = BreakTable.Beside(report, new MessageCatalogue([])))
        {
            besideHtml = Render(beside);
            Assert.Single(Directory.GetFiles(temp.Path)); // the table's own file, hidden, beside where the report goes
            Assert.Equal(2, beside.Count);
            Assert.Equal(["CUT002", "CUT003"], beside.Codes);
        }
        using var inMemory = BreakTable.InMemory(new MessageCatalogue([]));

        Assert.Empty(Directory.GetFiles(temp.Path));
        Assert.Equal(Render(inMemory), besideHtml);
        Assert.Contains("Breaks at cutover (2)", besideHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Tea &amp; &lt;cake&gt; <span class=\"dim\">(post 7)</span></td>", besideHtml, StringComparison.Ordinal);
        Assert.Contains("The item's own messages: JKW004.", besideHtml, StringComparison.Ordinal);
    }
}
