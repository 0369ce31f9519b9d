using System.Globalization;

namespace Migrator.Benchmarks.Generation;

/// <summary>Sizes as the command line writes them: <c>10MB</c>, <c>1GB</c>, <c>512KB</c>, plain bytes. Decimal units (1 MB = 1,000,000 bytes).</summary>
internal static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim();
        var (digits, multiplier) = trimmed.ToUpperInvariant() switch
        {
            var t when t.EndsWith("GB", StringComparison.Ordinal) => (trimmed[..^2], 1_000_000_000L),
            var t when t.EndsWith("MB", StringComparison.Ordinal) => (trimmed[..^2], 1_000_000L),
            var t when t.EndsWith("KB", StringComparison.Ordinal) => (trimmed[..^2], 1_000L),
            var t when t.EndsWith('B') => (trimmed[..^1], 1L),
            _ => (trimmed, 1L),
        };
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
            return false;
        bytes = (long)(value * multiplier);
        return bytes > 0;
    }

    /// <summary>The canonical label of a size (<c>10MB</c>), used in file names and tables.</summary>
    public static string Label(long bytes) => bytes switch
    {
        _ when bytes % 1_000_000_000 == 0 => (bytes / 1_000_000_000).ToString(CultureInfo.InvariantCulture) + "GB",
        _ when bytes % 1_000_000 == 0 => (bytes / 1_000_000).ToString(CultureInfo.InvariantCulture) + "MB",
        _ when bytes % 1_000 == 0 => (bytes / 1_000).ToString(CultureInfo.InvariantCulture) + "KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + "B",
    };

    public static double Megabytes(long bytes) => bytes / 1_000_000.0;
}
