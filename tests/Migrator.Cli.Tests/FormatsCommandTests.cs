using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// <c>migrator formats</c> lists every format with what Migrator does with it, and the README's options table names
/// exactly those formats for <c>--from</c> and <c>--to</c>: a format added by its registry line that the README does not
/// mention (or the other way round) fails here.
/// </summary>
public sealed partial class FormatsCommandTests
{
    [Fact]
    public void Every_format_is_listed_with_whether_it_is_read_or_written_as_the_README_says()
    {
        var result = CliRun.Run("formats");
        Assert.Equal(0, result.ExitCode);
        var formats = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => FormatLine().Match(l))
            .Select(m => (Name: m.Groups["name"].Value, Read: m.Groups["read"].Success, Write: m.Groups["write"].Success))
            .ToList();
        Assert.All(formats, f => Assert.True(f.Read || f.Write, $"{f.Name} is neither read nor written"));
        Assert.Equal("wxr", formats[0].Name);

        var readme = File.ReadAllLines(Path.Combine(Corpus.RepoRoot, "README.md"));
        Assert.Equal(Names(formats.Where(f => f.Read)), OptionRow(readme, "--from FORMAT"));
        Assert.Equal(Names(formats.Where(f => f.Write)), OptionRow(readme, "--to FORMAT"));
    }

    private static string[] Names(IEnumerable<(string Name, bool Read, bool Write)> formats) =>
        formats.Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The formats a README options row names in backticks, after its option cell.</summary>
    private static string[] OptionRow(string[] readme, string option)
    {
        var row = readme.Single(l => l.StartsWith($"| `{option}` |", StringComparison.Ordinal));
        var meaning = row[(row.IndexOf(" |", 3, StringComparison.Ordinal) + 2)..];
        return Backticked().Matches(meaning).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex(@"^(?<name>\S+)\s+(?:(?<read>read)(?:, )?)?(?<write>write)?\s")]
    private static partial Regex FormatLine();

    [GeneratedRegex("`([a-z0-9]+)`")]
    private static partial Regex Backticked();
}
