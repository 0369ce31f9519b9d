using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Issue "WordPress export → Jekyll site": every WXR file of the shared corpus converts without a crash, with as many
/// audit rows as items it holds; files that are not WXR end with a clear error and exit code 2; damaged ones convert
/// everything before the damage and exit with 1.
/// </summary>
public sealed partial class CorpusConversionTests(ITestOutputHelper output)
{
    public static TheoryData<string> WxrFiles => Corpus.SharedFileNames("wxr", "*.xml");

    [Theory]
    [MemberData(nameof(WxrFiles))]
    public void Every_corpus_export_converts_to_jekyll_with_one_row_per_item(string name)
    {
        var path = Corpus.RequireShared(Path.Combine("wxr", name));
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", path, "--to", "jekyll", "--out", temp.Combine("site"), "--quiet", "--jobs", "2");
        output.WriteLine($"exit {result.ExitCode}\n{result.Stderr}");
        Assert.True(result.ExitCode is 0 or 1 or 2, $"unexpected exit code {result.ExitCode}");
        if (result.ExitCode == 2)
        {
            Assert.Contains(name, result.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(temp.Combine("site", "migration-report.csv")));
            return;
        }
        var rows = CliRun.ReadReport(temp.Combine("site", "migration-report.csv"));
        var items = rows.Where(r => r["type"] != "input").ToList();
        var damaged = rows.Count - items.Count;
        var expected = CountItems(File.ReadAllText(path));
        if (damaged > 0)
        {
            Assert.Equal(1, result.ExitCode);
            Assert.True(items.Count <= expected, $"{items.Count} rows for {expected} items before and after the damage");
            Assert.All(rows.Where(r => r["type"] == "input"), r => Assert.NotEqual("0", r["source_line"]));
        }
        else
        {
            Assert.Equal(expected, items.Count);
            Assert.Equal(rows.Any(r => r["result"] == "failed") ? 1 : 0, result.ExitCode);
        }
        Assert.All(rows.Where(r => r["result"] is "skipped" or "failed"), r => Assert.NotEqual("", r["reason"]));
        Assert.DoesNotContain(rows, r => r["warnings"].Contains("MIG001", StringComparison.Ordinal));
    }

    /// <summary>Item start tags in the raw text, outside CDATA sections and comments: an independent count.</summary>
    private static int CountItems(string xml)
    {
        var withoutCdata = CdataOrComment().Replace(xml, "");
        return ItemStart().Count(withoutCdata);
    }

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CdataOrComment();

    [GeneratedRegex(@"<item[\s>]")]
    private static partial Regex ItemStart();
}
