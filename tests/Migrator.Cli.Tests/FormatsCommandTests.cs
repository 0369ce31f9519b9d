namespace Migrator.Cli.Tests;

/// <summary><c>migrator formats</c> lists every format with what Migrator does with it.</summary>
public sealed class FormatsCommandTests
{
    [Fact]
    public void Every_format_is_listed_with_whether_it_is_read_or_written()
    {
        var result = CliRun.Run("formats");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => p[1].TrimStart(), StringComparer.Ordinal);
        Assert.Equal(["wxr", "jekyll", "hugo", "eleventy", "astro", "ghost", "blogger"], lines.Keys);
        Assert.StartsWith("read, write", lines["hugo"], StringComparison.Ordinal);
        Assert.StartsWith("write ", lines["eleventy"], StringComparison.Ordinal);
        Assert.Contains("Eleventy 3", lines["eleventy"], StringComparison.Ordinal);
        Assert.StartsWith("write ", lines["astro"], StringComparison.Ordinal);
        Assert.Contains("content collection", lines["astro"], StringComparison.Ordinal);
        Assert.StartsWith("read, write", lines["ghost"], StringComparison.Ordinal);
        Assert.StartsWith("read ", lines["blogger"], StringComparison.Ordinal);
    }
}
