using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>Every reader feeds every writer through the one model: the sample sites cross over and still build.</summary>
public sealed class CrossFormatTests
{
    [Fact]
    public void The_jekyll_sample_site_becomes_a_hugo_site_that_builds()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("hugo");
        var result = CliRun.Run("convert", CliRun.SampleJekyllSite, "--to", "hugo", "--out", site, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var build = HugoBuild.Build(site, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        Assert.Contains(rows, r => r["title"] == "Community garden return?" && r["result"] == "written");
        Assert.True(File.Exists(Path.Combine(temp.Combine("public"), "community-garden-return", "index.html")));
    }

    [Fact]
    public void A_hugo_site_made_from_wordpress_converts_on_to_jekyll_and_builds()
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var hugo = temp.Combine("hugo");
        Assert.Equal(0, CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", hugo, "--quiet").ExitCode);
        var jekyll = temp.Combine("jekyll");
        var result = CliRun.Run("convert", hugo, "--to", "jekyll", "--out", jekyll, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var (exit, log) = JekyllBuild.Run(jekyll);
        Assert.True(exit == 0, log);
        var rows = CliRun.ReadReport(Path.Combine(jekyll, "migration-report.csv"));
        var tide = rows.Single(r => r["title"] == "Reading the tide tables");
        Assert.Equal("written", tide["result"]);
        Assert.Equal("948010227", tide["dsq_thread_id"]);
        Assert.Equal("10 https://tidewater.example/?p=10", tide["disqus_identifier"]);
        Assert.True(File.Exists(JekyllBuild.ExpectedPage(jekyll, tide["new_url"])));
    }

    [Fact]
    public void The_jekyll_sample_site_becomes_a_wxr_file_our_reader_reads_back_whole()
    {
        using var temp = Corpus.NewTempFolder();
        var wxr = temp.Combine("wxr");
        var result = CliRun.Run("convert", CliRun.SampleJekyllSite, "--to", "wxr", "--out", wxr, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var written = CliRun.ReadReport(Path.Combine(wxr, "migration-report.csv")).Count(r => r["result"] == "written");
        var file = Directory.GetFiles(wxr, "*.wordpress*.000.xml").Single();
        var back = CliRun.Run("convert", file, "--to", "jekyll", "--out", temp.Combine("again"), "--dry-run", "--quiet", "--report", temp.Combine("again.csv"));
        Assert.True(back.ExitCode == 0, back.Stderr);
        Assert.Equal(written, CliRun.ReadReport(temp.Combine("again.csv")).Count);
    }
}
