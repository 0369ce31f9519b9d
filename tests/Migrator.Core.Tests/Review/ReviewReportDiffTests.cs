using Migrator.Testing;
using Migrator.Core.Diagnostics;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Reporting;
using Migrator.Core.Review;

namespace Migrator.Core.Tests.Review;

/// <summary>The review report shows a body that is not exact side by side, bounded in size; an exact body shows none.</summary>
public sealed class ReviewReportDiffTests
{
    private static AuditRow Row(string id, string fidelity) => new()
    {
        SourceId = id, Type = "post", Status = "publish", Title = "Post " + id, Result = ItemResult.Written,
        OutputPath = $"_posts/{id}.md", Fidelity = fidelity, FidelityNotes = fidelity == "exact" ? "" : "text differs",
    };

    /// <summary>The report of <paramref name="rows"/>, with the views added as a conversion adds them: in the rows' order.</summary>
    private static string Render(IReadOnlyList<AuditRow> rows, params (string Path, BodyDiff Diff)[] views)
    {
        using var table = BodyDiffTable.InMemory();
        foreach (var (path, diff) in views)
            table.Add(path, diff);
        using var w = new StringWriter();
        ReviewReport.Render(w, rows, [], new MessageCatalogue([]), 0, table);
        return w.ToString();
    }

    [Fact]
    public void A_changed_body_is_shown_side_by_side_with_its_lines_escaped()
    {
        var diff = VisibleTextDiff.Of(["Intro", "a <b> & c", "End"], ["Intro", "a b & c", "End", "Added"]);
        var html = Render([Row("1", "changed"), Row("2", "exact")], ("_posts/1.md", diff), ("_posts/2.md", diff));

        Assert.Equal(1, html.Split("<table class=\"diff\">").Length - 1);
        Assert.Contains("<td class=\"old\"><span class=\"mark\">−</span>a &lt;b&gt; &amp; c</td><td class=\"new\"><span class=\"mark\">+</span>a b &amp; c</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"added\"><td></td><td class=\"new\"><span class=\"mark\">+</span>Added</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("the body side by side</summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_diff_ends_with_how_many_lines_more_changed()
    {
        var old = Enumerable.Range(0, 300).Select(i => "line " + i).ToList();
        var diff = VisibleTextDiff.Of(old, [.. old.Select(l => l + "!")]);
        var html = Render([Row("1", "changed")], ("_posts/1.md", diff));

        Assert.Contains($"…{300 - VisibleTextDiff.MaxRows} more changed line(s) not shown", html, StringComparison.Ordinal);
        Assert.DoesNotContain("line 299!", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_view_goes_to_its_row_in_the_rows_order()
    {
        var first = VisibleTextDiff.Of(["one", "two"], ["one", "three"]);
        var third = VisibleTextDiff.Of(["3"], ["III"]);
        var html = Render([Row("1", "changed"), Row("2", "exact"), Row("3", "text-equal")], ("_posts/1.md", first), ("_posts/3.md", third));

        var rows = html.Split("<tr data-result=");
        Assert.Contains("<span class=\"mark\">+</span>three</td>", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("<table class=\"diff\">", rows[2], StringComparison.Ordinal);
        Assert.Contains("<span class=\"mark\">+</span>III</td>", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Views_kept_beside_the_report_render_as_in_memory_and_leave_no_file()
    {
        using var temp = Corpus.NewTempFolder();
        var report = Path.Combine(temp.Path, "out", "migration-report.html");
        var diff = VisibleTextDiff.Of(["a"], ["b"]);
        AuditRow[] rows = [Row("1", "changed"), Row("2", "changed")];
        string besideHtml;
        using (var beside = BodyDiffTable.Beside(report))
        {
            Assert.False(Directory.Exists(Path.GetDirectoryName(report)), "nothing is made before the first view");
            beside.Add("_posts/2.md", diff);
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(report)!)); // hidden, beside where the report goes
            using var w = new StringWriter();
            ReviewReport.Render(w, rows, [], new MessageCatalogue([]), 0, beside);
            besideHtml = w.ToString();
        }

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(report)!));
        Assert.Equal(Render(rows, ("_posts/2.md", diff)), besideHtml);
        Assert.Equal(1, besideHtml.Split("<table class=\"diff\">").Length - 1);
    }
}
