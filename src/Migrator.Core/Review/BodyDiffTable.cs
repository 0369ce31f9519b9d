using System.Globalization;
using Migrator.Core.Markup.Fidelity;
using static Migrator.Core.Review.ReviewReport;

namespace Migrator.Core.Review;

/// <summary>
/// The side-by-side view of each converted body that is not exact (<see cref="BodyDiff"/>), rendered for the review
/// report as the conversion makes it, in the audit's order, and read back in that order while the report lists the
/// rows. Kept in memory, or (<see cref="Beside"/>) in a hidden temporary file beside the report, removed when done:
/// each view is bounded (<see cref="VisibleTextDiff"/>), but a large export can have tens of thousands of them.
/// </summary>
public sealed class BodyDiffTable : IDisposable
{
    private readonly ReportSpill views;
    private TextReader? reader;
    private string? nextPath;
    private Exception? failure;

    private BodyDiffTable(ReportSpill views) => this.views = views;

    /// <summary>A table held in memory: for a few views.</summary>
    public static BodyDiffTable InMemory() => new(ReportSpill.InMemory());

    /// <summary>A table kept in a hidden temporary file in the folder of <paramref name="reportPath"/>, removed on <see cref="Dispose"/>.</summary>
    public static BodyDiffTable Beside(string reportPath) => new(ReportSpill.Beside(reportPath, "bodies"));

    /// <summary>
    /// Adds the view of the body written to <paramref name="outputPath"/>; views are added in the order of the audit's
    /// rows. A view that cannot be kept does not stop the conversion: the report cannot be written then (<see cref="Take"/>).
    /// </summary>
    public void Add(string outputPath, BodyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        ArgumentNullException.ThrowIfNull(diff);
        if (failure is not null)
            return;
        var html = new StringWriter();
        Render(html, diff);
        try
        {
            var w = views.Writer;
            WriteField(w, outputPath);
            WriteField(w, html.ToString());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = ex;
        }
    }

    /// <summary>
    /// The view of the body written to <paramref name="outputPath"/>, rendered, when it is the next one; null otherwise.
    /// Asked for every row with an output path, in the audit's order: a view not taken by its row is never shown.
    /// Throws what stopped a view from being kept: the report would lack it.
    /// </summary>
    internal string? Take(string outputPath)
    {
        if (failure is not null)
            throw new IOException($"the bodies' side-by-side views could not be kept: {failure.Message}", failure);
        reader ??= views.Read();
        nextPath ??= ReadField(reader);
        if (!string.Equals(nextPath, outputPath, StringComparison.Ordinal))
            return null;
        nextPath = null;
        return ReadField(reader);
    }

    public void Dispose() => views.Dispose();

    /// <summary>A field as its length in characters, a line break, and the characters: the text may hold line breaks.</summary>
    private static void WriteField(TextWriter w, string text)
    {
        w.Write(text.Length.ToString(CultureInfo.InvariantCulture));
        w.Write('\n');
        w.Write(text);
    }

    private static string? ReadField(TextReader r)
    {
        var length = r.ReadLine();
        if (length is null)
            return null;
        var text = new char[int.Parse(length, NumberStyles.None, CultureInfo.InvariantCulture)];
        r.ReadBlock(text);
        return new string(text);
    }

    /// <summary>The old and the new page's visible text side by side: changed lines marked, unchanged runs folded.</summary>
    private static void Render(TextWriter w, BodyDiff diff)
    {
        if (diff.Rows.Count == 0)
        {
            w.Write("<p class=\"dim\">The visible text, rendered as the verdict renders it, is the same line by line; the notes above say what differs.</p>");
            return;
        }
        w.Write("<table class=\"diff\"><thead><tr><th>the old page showed</th><th>the new page shows</th></tr></thead><tbody>");
        foreach (var row in diff.Rows)
        {
            switch (row.Kind)
            {
                case DiffRowKind.Skipped:
                    w.Write($"<tr class=\"skip\"><td colspan=\"2\">… {N(row.Skipped)} unchanged line(s)</td></tr>");
                    break;
                case DiffRowKind.Same:
                    w.Write($"<tr class=\"same\"><td>{H(row.Old)}</td><td>{H(row.New)}</td></tr>");
                    break;
                case DiffRowKind.Removed:
                    w.Write($"<tr class=\"removed\"><td class=\"old\"><span class=\"mark\">−</span>{H(row.Old)}</td><td></td></tr>");
                    break;
                case DiffRowKind.Added:
                    w.Write($"<tr class=\"added\"><td></td><td class=\"new\"><span class=\"mark\">+</span>{H(row.New)}</td></tr>");
                    break;
                default:
                    w.Write($"<tr class=\"changed\"><td class=\"old\"><span class=\"mark\">−</span>{H(row.Old)}</td><td class=\"new\"><span class=\"mark\">+</span>{H(row.New)}</td></tr>");
                    break;
            }
        }
        if (diff.MoreRows > 0)
            w.Write($"<tr class=\"skip\"><td colspan=\"2\">…{N(diff.MoreRows)} more changed line(s) not shown</td></tr>");
        w.Write("</tbody></table>");
    }

}
