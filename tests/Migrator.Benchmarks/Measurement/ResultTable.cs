using System.Globalization;
using System.Text;
using Migrator.Benchmarks.Generation;

namespace Migrator.Benchmarks.Measurement;

/// <summary>One measured run of the end-to-end table: the floor or the conversion of one export.</summary>
internal sealed record RunRow(string Size, string Run, long Bytes, int? Items, ProcessMeasurement Measurement, TimeSpan? Floor)
{
    public bool Succeeded => Measurement.ExitCode == 0;
}

/// <summary>The end-to-end results as a Markdown table.</summary>
internal static class ResultTable
{
    /// <summary>
    /// The table: per run its wall time, throughput, peak memory, and how many times the read floor it took; for a
    /// conversion also how many times the read floor plus the write floor of the same size (the target is 3×).
    /// </summary>
    public static string ToMarkdown(IEnumerable<RunRow> rows)
    {
        var all = rows.ToList();
        var table = new StringBuilder();
        table.Append("| size | run | items | seconds | MB/s | peak MB | × read floor | × (read + write floor) |\n");
        table.Append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in all)
        {
            var seconds = row.Measurement.Wall.TotalSeconds;
            table.Append(CultureInfo.InvariantCulture, $"| {row.Size} | {row.Run} | ");
            table.Append(row.Items is { } items ? items.ToString("N0", CultureInfo.InvariantCulture) : "?");
            if (!row.Succeeded)
            {
                table.Append(CultureInfo.InvariantCulture, $" | failed (exit {row.Measurement.ExitCode}) | | | | |\n");
                continue;
            }
            table.Append(CultureInfo.InvariantCulture, $" | {seconds:F2} | {ByteSize.Megabytes(row.Bytes) / seconds:F1} | ");
            table.Append(row.Measurement.PeakBytes is { } peak ? ByteSize.Megabytes(peak).ToString("F0", CultureInfo.InvariantCulture) : "?");
            table.Append(" | ");
            table.Append(row.Floor is { } floor ? (seconds / floor.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture) : "1.0");
            table.Append(" | ");
            table.Append(BothFloors(all, row) is { } both ? (seconds / both.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture) : "");
            table.Append(" |\n");
        }
        return table.ToString();
    }

    /// <summary>The read floor plus the write floor of a conversion's size, when both were measured.</summary>
    private static TimeSpan? BothFloors(List<RunRow> rows, RunRow conversion)
    {
        if (!conversion.Run.StartsWith("migrator convert", StringComparison.Ordinal) || conversion.Floor is not { } read)
            return null;
        var write = rows.FirstOrDefault(r => r.Size == conversion.Size && r.Run.StartsWith("floor (write", StringComparison.Ordinal) && r.Succeeded);
        return write is null ? null : read + write.Measurement.Wall;
    }
}
