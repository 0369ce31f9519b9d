using System.Globalization;
using CsvHelper;

namespace Migrator.Core.Reporting;

/// <summary>
/// Reads an audit report written by <see cref="AuditReportWriter"/> back into rows: the byte-order mark is skipped and
/// the <c>'</c> that kept a cell from running as a formula is removed. Columns are found by name, so a report with
/// columns added later still reads; a missing column reads as empty.
/// </summary>
public static class AuditReportReader
{
    /// <summary>The rows of the report at <paramref name="path"/>. Throws <see cref="InvalidDataException"/> when it is no audit report.</summary>
    public static IReadOnlyList<AuditRow> Read(string path) => [.. Rows(path)];

    public static IReadOnlyList<AuditRow> Read(TextReader text) => [.. Stream(text)];

    /// <summary>
    /// The rows of the report at <paramref name="path"/>, read one at a time: each enumeration reads the file anew and
    /// holds one row, so a reader that passes over a large audit several times keeps none of it in memory.
    /// </summary>
    public static IEnumerable<AuditRow> Rows(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        foreach (var row in Stream(reader))
            yield return row;
    }

    private static IEnumerable<AuditRow> Stream(TextReader text)
    {
        using var csv = new CsvReader(text, AuditReportWriter.Configuration, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header
            || !header.Contains(Column(nameof(AuditRow.Result)), StringComparer.Ordinal) || !header.Contains(Column(nameof(AuditRow.NewUrl)), StringComparer.Ordinal))
            throw new InvalidDataException("not a Migrator audit report (no 'result' and 'new_url' columns).");
        var columns = new HashSet<string>(header, StringComparer.Ordinal);
        while (csv.Read())
        {
            string Get(string property)
            {
                var name = Column(property);
                return columns.Contains(name) ? Unescape(csv.GetField(name) ?? "") : "";
            }
            int Number(string property) => int.TryParse(Get(property), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
            yield return new AuditRow
            {
                SourceFile = Get(nameof(AuditRow.SourceFile)),
                SourceId = Get(nameof(AuditRow.SourceId)),
                SourceLine = Number(nameof(AuditRow.SourceLine)),
                Type = Get(nameof(AuditRow.Type)),
                Status = Get(nameof(AuditRow.Status)),
                Title = Get(nameof(AuditRow.Title)),
                Slug = Get(nameof(AuditRow.Slug)),
                Date = Get(nameof(AuditRow.Date)),
                OldUrl = Get(nameof(AuditRow.OldUrl)),
                NewUrl = Get(nameof(AuditRow.NewUrl)),
                OutputPath = Get(nameof(AuditRow.OutputPath)),
                Result = Enum.TryParse<ItemResult>(Get(nameof(AuditRow.Result)), ignoreCase: true, out var result) ? result : ItemResult.Failed,
                Reason = Get(nameof(AuditRow.Reason)),
                Warnings = Get(nameof(AuditRow.Warnings)),
                Comments = Number(nameof(AuditRow.Comments)),
                DsqThreadId = Get(nameof(AuditRow.DsqThreadId)),
                DisqusIdentifier = Get(nameof(AuditRow.DisqusIdentifier)),
                Fidelity = Get(nameof(AuditRow.Fidelity)),
                FidelityNotes = Get(nameof(AuditRow.FidelityNotes)),
                Messages = Get(nameof(AuditRow.Messages)),
            };
        }
    }

    private static string Column(string property) => AuditReportWriter.SnakeCase(property);

    /// <summary>Removes the <c>'</c> the writer put before a cell a spreadsheet would run as a formula.</summary>
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == AuditReportWriter.Configuration.InjectionEscapeCharacter
            && AuditReportWriter.Configuration.InjectionCharacters.Contains(cell[1])
            ? cell[1..]
            : cell;
}
