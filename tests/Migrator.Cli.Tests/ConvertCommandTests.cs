using Migrator.Testing;

namespace Migrator.Cli.Tests;

public sealed class ConvertCommandTests
{
    [Fact]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong()
    {
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "gopher", "--out", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gopher", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_exits_with_2()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", temp.Combine("nope.xml"), "--to", "jekyll", "--out", temp.Combine("out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_empty_output_folder_is_refused_without_force()
    {
        using var temp = Corpus.NewTempFolder();
        File.WriteAllText(temp.Combine("keep.txt"), "mine");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--force", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_sample_export_converts_with_one_report_row_per_item()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("site"), "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = CliRun.ReadReport(temp.Combine("site", "migration-report.csv"));
        var itemsInSample = File.ReadAllText(CliRun.SampleWxr).Split("<item>").Length - 1;
        Assert.Equal(itemsInSample, rows.Count);
        Assert.All(rows, r => Assert.Contains(r["result"], new[] { "written", "skipped" }));
        Assert.All(rows.Where(r => r["result"] == "skipped"), r => Assert.NotEqual("", r["reason"]));
    }

    [Fact]
    public void Dry_run_writes_only_the_report()
    {
        using var temp = Corpus.NewTempFolder();
        var report = temp.Combine("audit.csv");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("site"), "--report", report, "--dry-run", "--quiet");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(report));
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Json_summary_is_machine_readable()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("site"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.True(doc.RootElement.GetProperty("items_read").GetInt32() > 0);
        Assert.Equal(0, doc.RootElement.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void A_truncated_export_converts_what_precedes_the_damage_and_exits_with_1()
    {
        using var temp = Corpus.NewTempFolder();
        var text = File.ReadAllText(CliRun.SampleWxr);
        var cut = text.IndexOf("<title><![CDATA[Kökar harbour", StringComparison.Ordinal);
        var truncated = temp.Combine("cut.xml");
        File.WriteAllText(truncated, text[..cut]);
        var result = CliRun.Run("convert", truncated, "--to", "jekyll", "--out", temp.Combine("site"), "--quiet");
        Assert.Equal(1, result.ExitCode);
        var rows = CliRun.ReadReport(temp.Combine("site", "migration-report.csv"));
        Assert.Contains(rows, r => r["title"] == "Reading the tide tables" && r["result"] == "written");
        Assert.Contains(rows, r => r["result"] == "failed" && r["source_line"] != "0");
    }

    [Fact]
    public void Output_is_byte_identical_for_one_and_two_jobs()
    {
        using var temp = Corpus.NewTempFolder();
        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("one"), "--jobs", "1", "--quiet").ExitCode);
        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("two"), "--jobs", "2", "--quiet").ExitCode);
        var one = Tree(temp.Combine("one"));
        var two = Tree(temp.Combine("two"));
        Assert.Equal(one.Keys, two.Keys);
        foreach (var (path, bytes) in one)
            Assert.True(bytes.SequenceEqual(two[path]), $"{path} differs between --jobs 1 and --jobs 2");
    }

    private static SortedDictionary<string, byte[]> Tree(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
