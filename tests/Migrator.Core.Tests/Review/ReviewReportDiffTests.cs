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

    private static string Render(IReadOnlyList<AuditRow> rows, Dictionary<string, BodyDiff> diffs)
    {
        using var w = new StringWriter();
        ReviewReport.Render(w, rows, [], new MessageCatalogue([]), 0, diffs);
        return w.ToString();
    }

    [Fact]
    public void A_changed_body_is_shown_side_by_side_with_its_lines_escaped()
    {
        var diff = VisibleTextDiff.Of(["Intro", "a <b> & c", "End"], ["Intro", "a b & c", "End", "Added"]);
        var html = Render([Row("1", "changed"), Row("2", "exact")], new() { ["_posts/1.md"] = diff, ["_posts/2.md"] = diff });

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
        var html = Render([Row("1", "changed")], new() { ["_posts/1.md"] = diff });

        Assert.Contains($"…{300 - VisibleTextDiff.MaxRows} more changed line(s) not shown", html, StringComparison.Ordinal);
        Assert.DoesNotContain("line 299!", html, StringComparison.Ordinal);
    }
}
