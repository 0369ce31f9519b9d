using System.Globalization;
using System.Text;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Reproducible output: the same input gives the same bytes on every run, whatever the clock says. Two runs at
/// different times are compared file by file, and no file name or content holds the day the test runs.
/// </summary>
public sealed class ReproducibleOutputTests
{
    public static TheoryData<string, string> Directions => new()
    {
        { "wxr", "wxr" },
        { "wxr", "jekyll" },
        { "wxr", "hugo" },
        { "jekyll", "wxr" },
        { "jekyll", "hugo" },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void Reproducible_output_is_the_same_bytes_on_a_second_run_at_another_time(string from, string to)
    {
        using var temp = Corpus.NewTempFolder();
        var input = from == "wxr" ? CliRun.SampleWxr : CliRun.SampleJekyllSite;
        var days = new[] { DateTime.UtcNow, DateTime.UtcNow.AddDays(-1) }
            .Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);

        var first = Convert(input, to, temp.Combine("first"));
        Thread.Sleep(1100); // a second run one clock second later
        var second = Convert(input, to, temp.Combine("second"));
        days.Add(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two runs");
        if (from == "wxr")
        {
            // The sample's own dates are from 2024; today's date could only come from the clock.
            foreach (var (path, bytes) in first)
            {
                var text = path + "\n" + Encoding.UTF8.GetString(bytes);
                Assert.DoesNotContain(days, day => text.Contains(day, StringComparison.Ordinal));
            }
        }
    }

    private static Dictionary<string, byte[]> Convert(string input, string to, string output)
    {
        var result = CliRun.Run("convert", input, "--to", to, "--out", output, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
