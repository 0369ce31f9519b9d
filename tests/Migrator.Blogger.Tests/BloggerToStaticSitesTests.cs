using Migrator.Cli;
using Migrator.Core.Redirects;
using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Blogger.Tests;

/// <summary>
/// Blogger → Jekyll and Blogger → Hugo judged by the real tools: the sites build, every published item is at its
/// <c>new_url</c>, every entry has its audit row, and every old URL is either kept or redirected in every format.
/// </summary>
public sealed class BloggerToStaticSitesTests(ITestOutputHelper output)
{
    /// <summary>The server formats; each target adds its own front-matter format (Jekyll <c>redirect_from</c>, Hugo <c>aliases</c>).</summary>
    private static readonly string[] ServerRedirectFormats = ["netlify", "cloudflare", "nginx", "apache"];

    public static TheoryData<string> Exports => new() { "blog-classic.xml", "takeout", "ghost-migrate/sample.xml" };

    private static string Input(string export) => Path.Combine(BloggerFixtures.Folder, export);

    private static string ExportFile(string input) => Directory.Exists(input) ? Path.Combine(input, "feed.atom") : input;

    private static IReadOnlyList<AuditRow> Convert(string input, string target, string site, params string[] more)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = MigratorCommandLine.Run(["convert", input, "--from", "blogger", "--to", target, "--out", site, "--quiet", .. more],
            new StringReader(""), stdout, stderr);
        Assert.True(code is 0 or 1, $"exit {code}: {stderr}");
        return AuditReportReader.Read(Path.Combine(site, "migration-report.csv"));
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Jekyll_builds_every_published_post_at_its_new_url(string export)
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var rows = Convert(Input(export), "jekyll", site);

        var (exit, log) = JekyllBuild.Run(site);
        output.WriteLine(log);
        Assert.True(exit == 0, log);
        Assert.Equal(BloggerFixtures.EntryCount(ExportFile(Input(export))), rows.Count);
        var published = rows.Where(r => r.Result == ItemResult.Written && r.NewUrl.Length > 0).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var page = JekyllBuild.ExpectedPage(site, row.NewUrl);
            Assert.True(File.Exists(page), $"{row.SourceId} '{row.Title}' expected at {row.NewUrl} ({page})");
        }
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Hugo_builds_every_published_post_at_its_new_url(string export)
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var rows = Convert(Input(export), "hugo", site);

        var build = HugoBuild.Build(site, temp.Combine("public"));
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(BloggerFixtures.EntryCount(ExportFile(Input(export))), rows.Count);
        var published = rows.Where(r => r.Result == ItemResult.Written && r.NewUrl.Length > 0).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var path = Uri.UnescapeDataString(OldUrls.PathAndQuery(row.NewUrl) ?? row.NewUrl).Trim('/');
            var page = path.EndsWith(".html", StringComparison.Ordinal)
                ? Path.Combine(temp.Combine("public"), path)
                : Path.Combine(temp.Combine("public"), path, "index.html");
            Assert.True(File.Exists(page), $"{row.SourceId} '{row.Title}' expected at {row.NewUrl} ({page})");
        }
    }

    [Theory]
    [InlineData("jekyll", "blog-classic.xml")]
    [InlineData("hugo", "blog-classic.xml")]
    [InlineData("jekyll", "takeout")]
    [InlineData("hugo", "takeout")]
    public void Every_old_url_is_kept_or_redirected_in_every_redirect_format(string target, string export)
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var rows = Convert(Input(export), target, site, "--redirects", string.Join(',', [.. ServerRedirectFormats, target]));
        var redirectText = string.Join('\n', Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("migration-report.csv", StringComparison.Ordinal) && !f.EndsWith(".html", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var written = rows.Where(r => r.Result == ItemResult.Written && r.NewUrl.Length > 0 && r.OldUrl.Length > 0).ToList();
        Assert.NotEmpty(written);
        foreach (var row in written)
        {
            var oldPath = OldUrls.PathAndQuery(row.OldUrl);
            var newPath = OldUrls.PathAndQuery(row.NewUrl);
            Assert.True(oldPath == newPath || redirectText.Contains(oldPath!, StringComparison.Ordinal),
                $"{row.Title}: old {oldPath} is neither the new address {newPath} nor in a redirect file");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Visitors_addresses_are_written_only_on_request(bool includePrivateData)
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        Convert(Input("blog-classic.xml"), "jekyll", site, includePrivateData ? ["--include-private-data"] : []);

        var comments = File.ReadAllText(Path.Combine(site, "_data", "comments", "posts-2019-04-02-spring-tides.yml"));
        Assert.Contains("Bob Sailor", comments, StringComparison.Ordinal);
        Assert.Equal(includePrivateData, comments.Contains("bob@sailing.example.org", StringComparison.Ordinal));
        Assert.DoesNotContain("noreply@blogger.com", comments, StringComparison.Ordinal);
        Assert.DoesNotContain("removed by the author", comments, StringComparison.Ordinal);
    }
}
