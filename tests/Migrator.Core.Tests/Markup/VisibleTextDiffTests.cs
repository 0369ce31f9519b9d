using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;

namespace Migrator.Core.Tests.Markup;

public sealed class VisibleTextDiffTests
{
    [Fact]
    public void The_visible_text_is_one_line_per_block_and_line_break()
    {
        var canonical = CanonicalHtml.Parse("<h2>Title</h2>\n<p>One <em>two</em>\nthree<br>four</p><ul><li>a</li><li>b</li></ul><pre>x\n  y</pre><!-- hidden --><script>no()</script>");
        Assert.Equal(["Title", "One two three", "four", "a", "b", "x", "  y"], canonical.Lines);
    }

    [Fact]
    public void A_changed_body_shows_the_changed_lines_side_by_side_with_one_line_of_context()
    {
        string[] old = ["one", "two", "three", "four", "five", "six", "seven"];
        string[] now = ["one", "two", "THREE", "four", "five", "six", "seven", "eight"];

        var diff = VisibleTextDiff.Of(old, now);

        Assert.Equal(
            [
                (DiffRowKind.Skipped, "", "", 1),
                (DiffRowKind.Same, "two", "two", 0),
                (DiffRowKind.Changed, "three", "THREE", 0),
                (DiffRowKind.Same, "four", "four", 0),
                (DiffRowKind.Skipped, "", "", 2),
                (DiffRowKind.Same, "seven", "seven", 0),
                (DiffRowKind.Added, "", "eight", 0),
            ],
            diff.Rows.Select(r => (r.Kind, r.Old, r.New, r.Skipped)));
        Assert.Equal(0, diff.MoreRows);
    }

    [Fact]
    public void A_large_diff_is_cut_at_the_row_limit_and_counts_the_rest()
    {
        var old = Enumerable.Range(0, 500).Select(i => "line " + i).ToList();
        var now = old.Select(l => l.ToUpperInvariant()).ToList();
        now[0] = new string('x', 5000);

        var diff = VisibleTextDiff.Of(old, now);

        Assert.Equal(VisibleTextDiff.MaxRows, diff.Rows.Count);
        Assert.Equal(500 - VisibleTextDiff.MaxRows, diff.MoreRows);
        Assert.All(diff.Rows, r => Assert.True(r.New.Length <= VisibleTextDiff.MaxLineLength + 1));
    }

    [Fact]
    public void An_exact_body_has_no_diff_and_a_changed_one_has()
    {
        Assert.Null(FidelityCheck.Check("<p>Same</p>", "Same\n", MarkdownFlavor.Goldmark).Diff);
        var changed = FidelityCheck.Check("<p>Old words</p><p>kept</p>", "New words\n\nkept\n", MarkdownFlavor.Goldmark);
        Assert.Equal(FidelityVerdict.Changed, changed.Verdict);
        Assert.Contains(changed.Diff!.Rows, r => r is { Kind: DiffRowKind.Changed, Old: "Old words", New: "New words" });
    }
}
