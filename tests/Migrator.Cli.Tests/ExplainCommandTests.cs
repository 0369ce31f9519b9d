namespace Migrator.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void A_known_code_prints_its_severity_title_and_explanation()
    {
        var kind = Formats.Messages.Find("WXR012")!;
        var result = CliRun.Run("explain", "WXR012");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"WXR012 (warning): {kind.Title}\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(kind.Explanation, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_is_found_in_any_letter_case() =>
        Assert.StartsWith("JKW003 (warning)", CliRun.Run("explain", "jkw003").Stdout, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_code_exits_with_2_and_points_to_the_list()
    {
        var result = CliRun.Run("explain", "XYZ999");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("migrator explain --list", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_code_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("explain").ExitCode);

    [Fact]
    public void The_list_has_one_line_per_code_with_its_title()
    {
        var result = CliRun.Run("explain", "--list");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var kinds = Formats.Messages.Kinds.ToList();
        Assert.Equal(kinds.Count, lines.Length);
        Assert.All(kinds, k => Assert.Single(lines, l => l.StartsWith(k.Code + " ", StringComparison.Ordinal) && l.EndsWith(k.Title, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_summary_table_shows_each_codes_title()
    {
        using var temp = Migrator.Testing.Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("site"));
        var rows = result.Stdout.Split('\n')
            .Select(line => (Line: line, Code: System.Text.RegularExpressions.Regex.Match(line, @"^\W*([A-Z]{3}[0-9]{3})\b")))
            .Where(r => r.Code.Success)
            .ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(Formats.Messages.Find(r.Code.Groups[1].Value)!.Title, r.Line, StringComparison.Ordinal));
    }
}
