using Migrator.Core.Diagnostics;
using static Migrator.Core.Review.ReviewReport;

namespace Migrator.Core.Review;

/// <summary>
/// The rows of the review report's "breaks at cutover" table, rendered as each break is found. Kept in memory, or
/// (<see cref="Beside"/>) in a hidden temporary file beside the report, removed when done: an export whose images all
/// stay on the old host has a break per image, hundreds of thousands in a large one, which the report lists without
/// holding them.
/// </summary>
public sealed class BreakTable : IDisposable
{
    private readonly MessageCatalogue catalogue;
    private readonly ReportSpill rows;

    private BreakTable(MessageCatalogue catalogue, ReportSpill rows)
    {
        this.catalogue = catalogue;
        this.rows = rows;
    }

    /// <summary>How many breaks were added.</summary>
    public int Count { get; private set; }

    /// <summary>The codes of the breaks added.</summary>
    public SortedSet<string> Codes { get; } = new(StringComparer.Ordinal);

    /// <summary>A table held in memory: for a few breaks.</summary>
    public static BreakTable InMemory(MessageCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new(catalogue, ReportSpill.InMemory());
    }

    /// <summary>A table kept in a hidden temporary file in the folder of <paramref name="reportPath"/>, removed on <see cref="Dispose"/>.</summary>
    public static BreakTable Beside(string reportPath, MessageCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new(catalogue, ReportSpill.Beside(reportPath, "breaks"));
    }

    /// <summary>Renders one break as a row of the table.</summary>
    public void Add(CutoverProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var w = rows.Writer;
        w.Write($"<tr data-code=\"{H(problem.Code)}\" data-item=\"{H(problem.Row?.SourceId ?? "")}\"><td><a href=\"#code-{H(problem.Code)}\">{H(problem.Code)}</a></td><td class=\"url\">{H(problem.Url)}</td><td class=\"url\">{H(problem.Where)}</td>");
        w.Write($"<td>{H(problem.Row?.Title ?? "")}{(problem.Row is { } r ? $" <span class=\"dim\">({H(r.Type)} {H(r.SourceId)})</span>" : "")}</td>");
        w.Write($"<td>{H(catalogue.Find(problem.Code)?.Title ?? "")}: {H(problem.Diagnostic.Message)}");
        if (problem.Row is { Warnings.Length: > 0 } row)
            w.Write($" <span class=\"dim\">The item's own messages: {H(row.Warnings)}.</span>");
        w.Write("</td></tr>\n");
        Count++;
        Codes.Add(problem.Code);
    }

    /// <summary>Writes the rows into <paramref name="w"/>, once: nothing can be added after.</summary>
    internal void WriteRowsTo(TextWriter w)
    {
        var reader = rows.Read();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            w.Write(buffer, 0, read);
    }

    public void Dispose() => rows.Dispose();
}
