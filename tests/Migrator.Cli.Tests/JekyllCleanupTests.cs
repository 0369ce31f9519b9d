using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Issue "Jekyll sites in … clean-up of earlier migrations", end to end: <c>migrator convert old-site/ --to jekyll
/// --out new-site/</c> gives the committed <c>samples/jekyll/cleaned/</c> byte for byte, reports each post as cleaned
/// (with what) or unchanged, and the cleaned site builds with real Jekyll, drafts included, where the old one fails.
/// </summary>
public sealed class JekyllCleanupTests(ITestOutputHelper output)
{
    /// <summary>Rewrites <c>samples/jekyll/cleaned/</c> from a fresh run when set to 1 (refused when <c>CI</c> is set). Read every rewritten file before committing it.</summary>
    private const string AcceptVariable = "MIGRATOR_ACCEPT_GOLDEN";

    // The draft's date: is empty, so its date is the file's modification time (as Jekyll does); fixed here so the run is repeatable.
    private static readonly DateTime DraftModified = new(2011, 3, 20, 18, 0, 0, DateTimeKind.Utc);

    private static string Golden => Path.Combine(Corpus.Samples, "jekyll", "cleaned");

    [Fact]
    public void The_sample_site_cleans_up_to_the_committed_golden_site_byte_for_byte()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, site) = CleanSample(temp);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Assert.Null(Environment.GetEnvironmentVariable("CI"));
            if (Directory.Exists(Golden))
                Directory.Delete(Golden, recursive: true);
            foreach (var file in Files(site))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Golden, file))!);
                File.Copy(Path.Combine(site, file), Path.Combine(Golden, file));
            }
            Assert.Fail($"{Golden} was rewritten; read every file before committing it, then run again without {AcceptVariable}.");
        }

        Assert.Equal(Files(Golden), Files(site));
        foreach (var file in Files(Golden))
            Assert.True(File.ReadAllBytes(Path.Combine(Golden, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site, file))),
                $"{file} differs from the golden copy:\n{File.ReadAllText(Path.Combine(site, file))}");
    }

    [Fact]
    public void Each_post_is_reported_as_cleaned_with_what_changed_or_as_unchanged()
    {
        using var temp = Corpus.NewTempFolder();
        var (report, _) = CleanSample(temp);

        var reasons = CliRun.ReadReport(report).ToDictionary(r => r["source_id"], r => r["reason"], StringComparer.Ordinal);

        Assert.Equal(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["_posts/2011-02-14-community-garden-return.md"] = "cleaned: dsq_thread_id list → value, body entities",
            ["_posts/2011-03-02-why-we-mulch.md"] = "cleaned: title entities, body entities, body emphasis",
            ["_posts/2011-04-10-first-sowing.md"] = "unchanged: copied byte for byte",
            ["_drafts/seed-swap-notes.md"] = "cleaned: empty date → 2011-03-20 18:00:00 +00:00, body entities",
            ["about.md"] = "unchanged: copied byte for byte",
        }, reasons);
    }

    [Fact]
    public void Only_the_cleaned_lines_differ_from_the_old_site()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, site) = CleanSample(temp);
        var old = CliRun.SampleJekyllSite;

        Assert.Equal(Files(old), Files(site));
        Assert.Equal(File.ReadAllBytes(Path.Combine(old, "_config.yml")), File.ReadAllBytes(Path.Combine(site, "_config.yml")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(old, "about.md")), File.ReadAllBytes(Path.Combine(site, "about.md")));
        Assert.Equal(
            ["dsq_thread_id:", "  - 43477112", "> &#8220;First, stop thinking of the plot as a hobby &#8230; it&#8217;s *food.&#8221;*", "That was the whole of the committee&#8217;s advice, and it was right."],
            LinesOnlyIn(Path.Combine(old, "_posts", "2011-02-14-community-garden-return.md"), Path.Combine(site, "_posts", "2011-02-14-community-garden-return.md")));
        Assert.Equal(
            ["dsq_thread_id: \"43477112\"", "> “First, stop thinking of the plot as a hobby … it’s *food.”*", "That was the whole of the committee’s advice, and it was right."],
            LinesOnlyIn(Path.Combine(site, "_posts", "2011-02-14-community-garden-return.md"), Path.Combine(old, "_posts", "2011-02-14-community-garden-return.md")));
        // The code fence keeps its entity; meta: keeps jekyll-import's quoting.
        var mulch = File.ReadAllText(Path.Combine(site, "_posts", "2011-03-02-why-we-mulch.md"));
        Assert.Contains("```\nmulch --depth=5cm &#8211; not a typo\n```", mulch, StringComparison.Ordinal);
        Assert.Contains("meta:\n  _edit_last: '1'\n  dsq_thread_id: '241167730'\n", mulch, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cleaned_site_builds_with_real_Jekyll_drafts_included_where_the_old_site_fails()
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var (report, site) = CleanSample(temp);
        var old = temp.Combine("old-site");

        // show_drafts: true is --drafts; the empty date: of jekyll-import's draft fails the old site's build (docs/jekyll.md#dates).
        File.AppendAllText(Path.Combine(site, "_config.yml"), "show_drafts: true\n");
        File.AppendAllText(Path.Combine(old, "_config.yml"), "show_drafts: true\n");
        var (oldExit, oldLog) = JekyllBuild.Run(old);
        var (exit, log) = JekyllBuild.Run(site);
        output.WriteLine(log);

        Assert.True(oldExit != 0, "the old site was expected to fail on its empty date:\n" + oldLog);
        Assert.True(exit == 0, log);
        foreach (var row in CliRun.ReadReport(report).Where(r => r["new_url"].Length > 0))
            Assert.True(File.Exists(JekyllBuild.ExpectedPage(site, row["new_url"])), $"{row["source_id"]} not at {row["new_url"]}");
        Assert.True(File.Exists(JekyllBuild.ExpectedPage(site, "/2011/03/20/seed-swap-notes/")));
    }

    [Fact]
    public void The_default_report_of_a_clean_up_is_never_published_by_Jekyll()
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("new-site");
        var result = CliRun.Run("convert", CliRun.SampleJekyllSite, "--to", "jekyll", "--out", site, "--quiet");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());

        Assert.True(File.Exists(Path.Combine(site, "_migration-report.csv")));
        Assert.False(File.Exists(Path.Combine(site, "migration-report.csv")));
        var (exit, log) = JekyllBuild.Run(site);
        Assert.True(exit == 0, log);
        Assert.Empty(Directory.GetFiles(Path.Combine(site, "_site"), "*migration-report*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_post_whose_front_matter_cannot_be_read_fails_alone()
    {
        using var temp = Corpus.NewTempFolder();
        var old = CopySample(temp);
        const string broken = "---\ntitle: Foo: bar\n---\nIt&#8217;s broken.\n";
        File.WriteAllText(Path.Combine(old, "_posts", "2011-05-01-broken.md"), broken);
        var site = temp.Combine("new-site");
        var report = temp.Combine("report.csv");

        var result = CliRun.Run("convert", old, "--to", "jekyll", "--out", site, "--report", report, "--quiet");

        Assert.Equal(ExitCodes.PartialFailure, result.ExitCode);
        var rows = CliRun.ReadReport(report);
        var failed = Assert.Single(rows, r => r["result"] == "failed");
        Assert.Equal("_posts/2011-05-01-broken.md", failed["source_id"]);
        Assert.StartsWith("JKL012", failed["messages"], StringComparison.Ordinal);
        Assert.Equal(5, rows.Count(r => r["result"] == "written"));
        Assert.Equal(broken, File.ReadAllText(Path.Combine(site, "_posts", "2011-05-01-broken.md")));
    }

    /// <summary>Copies the sample old site into the temporary folder with the draft's modification time fixed, and cleans it up through the command line.</summary>
    private static (string Report, string Site) CleanSample(TempFolder temp)
    {
        var old = CopySample(temp);
        var site = temp.Combine("new-site");
        var report = temp.Combine("report.csv");
        var result = CliRun.Run("convert", old, "--to", "jekyll", "--out", site, "--report", report, "--quiet");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
        return (report, site);
    }

    private static string CopySample(TempFolder temp)
    {
        var old = temp.Combine("old-site");
        foreach (var file in Files(CliRun.SampleJekyllSite))
        {
            var target = Path.Combine(old, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(CliRun.SampleJekyllSite, file), target);
        }
        File.SetLastWriteTimeUtc(Path.Combine(old, "_drafts", "seed-swap-notes.md"), DraftModified);
        return old;
    }

    private static List<string> LinesOnlyIn(string path, string other)
    {
        var otherLines = File.ReadAllLines(other).ToHashSet(StringComparer.Ordinal);
        return [.. File.ReadAllLines(path).Where(l => !otherLines.Contains(l))];
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)];
}
