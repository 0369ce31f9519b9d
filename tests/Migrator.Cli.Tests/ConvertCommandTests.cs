using System.Xml.Linq;
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
    public void A_dry_run_writes_no_disqus_file_either()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", temp.Combine("site"), "--report", temp.Combine("audit.csv"),
            "--disqus-map", temp.Combine("map.csv"), "--disqus-comments", temp.Combine("comments.xml"), "--dry-run", "--quiet");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["audit.csv", "audit.html"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--report")]
    [InlineData("--disqus-map")]
    [InlineData("--disqus-comments")]
    public void An_output_file_that_is_the_input_is_refused_and_the_input_stays(string option)
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("export.xml");
        File.Copy(CliRun.SampleWxr, input);
        var result = CliRun.Run("convert", input, "--to", "jekyll", "--out", temp.Combine("site"), option, input, "--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is an input", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(CliRun.SampleWxr), File.ReadAllBytes(input));
    }

    [Fact]
    public void An_output_folder_that_is_the_input_site_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        CopyFolder(CliRun.SampleJekyllSite, site);
        var before = Directory.GetFiles(site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        foreach (var output in new[] { site, Path.Combine(site, "cleaned") })
        {
            var result = CliRun.Run("convert", site, "--to", "jekyll", "--out", output, "--force", "--quiet");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("input site", result.Stderr, StringComparison.Ordinal);
        }
        Assert.Equal(before, Directory.GetFiles(site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList());
    }

    [Fact]
    public void WordPress_to_WordPress_keeps_the_content_as_WordPress_stored_it()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "wxr", "--out", temp.Combine("wxr"), "--quiet");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        var written = File.ReadAllText(Directory.GetFiles(temp.Combine("wxr"), "*.xml").Single());
        Assert.Contains("<!-- wp:paragraph", written, StringComparison.Ordinal);
        Assert.Contains("<!-- wp:image", written, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_a_clear_error_not_a_crash()
    {
        using var temp = Corpus.NewTempFolder();
        File.WriteAllText(temp.Combine("afile"), "x");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("afile", "sub"), "--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("migrator: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--base-url", "not a url")]
    [InlineData("--base-url", "ftp://example.com/")]
    [InlineData("--split-mb", "-5")]
    public void Values_that_make_no_sense_are_usage_errors(string option, string value)
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "wxr", "--out", temp.Combine("out"), option, value, "--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Theory]
    [InlineData("jekyll", "--bundles", "--to hugo")]
    [InlineData("wxr", "--front-matter toml", "--to hugo")]
    [InlineData("hugo", "--split-mb 5", "--to wxr")]
    public void An_option_of_another_format_is_a_usage_error_naming_its_format(string target, string option, string owner)
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run(["convert", CliRun.SampleWxr, "--to", target, "--out", temp.Combine("out"), "--quiet", .. option.Split(' ')]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option.Split(' ')[0]} is an option of {owner}", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void A_formats_own_option_reaches_its_writer()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", temp.Combine("out"), "--quiet", "--front-matter", "toml", "--bundles");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        var posts = Directory.GetFiles(temp.Combine("out", "content", "posts"), "index.md", SearchOption.AllDirectories);
        Assert.NotEmpty(posts);
        Assert.All(posts, p => Assert.StartsWith("+++\n", File.ReadAllText(p), StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_input_given_twice_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, CliRun.SampleWxr, "--to", "jekyll", "--out", temp.Combine("out"), "--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("more than once", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jekyll", new string[0])]
    [InlineData("hugo", new string[0])]
    [InlineData("hugo", new[] { "--bundles" })]
    public void Comments_kept_by_a_static_site_go_back_to_WordPress(string via, string[] options)
    {
        using var temp = Corpus.NewTempFolder();
        XNamespace wp = "http://wordpress.org/export/1.2/";
        var original = XDocument.Load(CliRun.SampleWxr).Descendants(wp + "comment")
            .Where(c => c.Element(wp + "comment_approved")!.Value == "1" && c.Element(wp + "comment_type")!.Value is "" or "comment")
            .Select(c => System.Net.WebUtility.HtmlDecode(c.Element(wp + "comment_content")!.Value)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(original);
        Assert.True(CliRun.Run(["convert", CliRun.SampleWxr, "--to", via, "--out", temp.Combine("site"), "--quiet", .. options]).ExitCode is 0 or 1);
        var back = CliRun.Run("convert", temp.Combine("site"), "--to", "wxr", "--out", temp.Combine("wxr"), "--quiet");
        Assert.True(back.ExitCode is 0 or 1, back.Stderr);
        // Entities are decoded on the way (the static site keeps real characters).
        var comments = XDocument.Load(Directory.GetFiles(temp.Combine("wxr"), "*.xml").Single()).Descendants(wp + "comment")
            .Select(c => System.Net.WebUtility.HtmlDecode(c.Element(wp + "comment_content")!.Value)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(original, comments);
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
