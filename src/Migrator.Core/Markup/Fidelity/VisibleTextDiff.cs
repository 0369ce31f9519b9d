using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Migrator.Core.Markup.Fidelity;

/// <summary>What one row of a side-by-side diff shows.</summary>
public enum DiffRowKind
{
    /// <summary>The same line on both sides (context around a change).</summary>
    Same,

    /// <summary>A line that differs: the old one on the left, the new one on the right.</summary>
    Changed,

    /// <summary>A line of the old page that the new one does not show.</summary>
    Removed,

    /// <summary>A line the new page shows and the old one did not.</summary>
    Added,

    /// <summary>Unchanged lines left out (<see cref="DiffRow.Skipped"/> of them).</summary>
    Skipped,
}

/// <summary>One row of a side-by-side diff.</summary>
public sealed record DiffRow(DiffRowKind Kind, string Old, string New, int Skipped = 0);

/// <summary>
/// The visible text of the old and the new page side by side, line by line: only the changed lines with one line of
/// context around them, at most <see cref="VisibleTextDiff.MaxRows"/> rows (<see cref="MoreRows"/> changed rows
/// more are counted, not shown), each line cut at <see cref="VisibleTextDiff.MaxLineLength"/> characters.
/// </summary>
public sealed record BodyDiff(IReadOnlyList<DiffRow> Rows, int MoreRows);

/// <summary>Builds a <see cref="BodyDiff"/> of two texts, line by line (DiffPlex), with a bounded size.</summary>
public static class VisibleTextDiff
{
    /// <summary>Rows shown at most per item (context and changes; a run of skipped lines is one row).</summary>
    public const int MaxRows = 60;

    /// <summary>Characters shown at most of one line.</summary>
    public const int MaxLineLength = 400;

    private const int Context = 1;

    public static BodyDiff Of(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        ArgumentNullException.ThrowIfNull(oldLines);
        ArgumentNullException.ThrowIfNull(newLines);
        var model = SideBySideDiffBuilder.Diff(string.Join('\n', oldLines), string.Join('\n', newLines), ignoreWhiteSpace: false, ignoreCase: false);
        var all = new List<DiffRow>(model.OldText.Lines.Count);
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            var left = model.OldText.Lines[i];
            var right = model.NewText.Lines[i];
            var kind = (left.Type, right.Type) switch
            {
                (ChangeType.Unchanged, ChangeType.Unchanged) => DiffRowKind.Same,
                (_, ChangeType.Imaginary) => DiffRowKind.Removed,
                (ChangeType.Imaginary, _) => DiffRowKind.Added,
                _ => DiffRowKind.Changed,
            };
            all.Add(new DiffRow(kind, Cut(left.Text), Cut(right.Text)));
        }

        var rows = new List<DiffRow>();
        var more = 0;
        var skipped = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var row = all[i];
            if (row.Kind == DiffRowKind.Same && !NearChange(all, i))
            {
                skipped++;
                continue;
            }
            if (rows.Count >= MaxRows)
            {
                more += row.Kind == DiffRowKind.Same ? 0 : 1;
                continue;
            }
            if (skipped > 0)
                rows.Add(new DiffRow(DiffRowKind.Skipped, "", "", skipped));
            skipped = 0;
            rows.Add(row);
        }
        if (skipped > 0 && rows.Count < MaxRows && rows.Count > 0)
            rows.Add(new DiffRow(DiffRowKind.Skipped, "", "", skipped));
        return new BodyDiff(rows, more);
    }

    private static bool NearChange(List<DiffRow> rows, int index)
    {
        for (var k = Math.Max(0, index - Context); k <= Math.Min(rows.Count - 1, index + Context); k++)
        {
            if (rows[k].Kind != DiffRowKind.Same)
                return true;
        }
        return false;
    }

    private static string Cut(string? line) =>
        line is null ? "" : line.Length <= MaxLineLength ? line : line[..MaxLineLength] + "…";
}
