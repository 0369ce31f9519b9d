using Migrator.Cli;
using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Blogger.Tests;

/// <summary>
/// Real Blogger exports that may not be committed (public, but with no licence): every <c>*.xml</c> and <c>feed.atom</c>
/// under the folder named by <c>MIGRATOR_BLOGGER_EXPORTS</c> converts to a Jekyll site that the real Jekyll builds, with
/// one audit row per entry and every published post at its new URL. Skipped when the variable is not set.
/// </summary>
public sealed class BloggerLocalExportTests(ITestOutputHelper output)
{
    public const string Variable = "MIGRATOR_BLOGGER_EXPORTS";

    [Fact]
    public void Local_exports_convert_and_build_with_one_row_per_entry()
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            Assert.Skip($"set {Variable} to a folder of real Blogger exports (blog-*.xml, Takeout feed.atom) to run this test.");
        JekyllBuild.Require();
        var exports = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "feed.atom", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(exports);
        foreach (var export in exports)
        {
            using var temp = Corpus.NewTempFolder();
            var site = temp.Combine("site");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = MigratorCommandLine.Run(["convert", export, "--from", "blogger", "--to", "jekyll", "--out", site, "--quiet"],
                new StringReader(""), stdout, stderr);
            Assert.True(code is 0 or 1, $"{export}: exit {code}: {stderr}");
            var rows = AuditReportReader.Read(Path.Combine(site, "migration-report.csv"));
            Assert.Equal(BloggerFixtures.EntryCount(export), rows.Count(r => r.Type != "media"));
            var (exit, log) = JekyllBuild.Run(site);
            Assert.True(exit == 0, $"{export}: {log}");
            var published = rows.Where(r => r.Result == ItemResult.Written && r.NewUrl.Length > 0).ToList();
            foreach (var row in published)
                Assert.True(File.Exists(JekyllBuild.ExpectedPage(site, row.NewUrl)), $"{export}: '{row.Title}' expected at {row.NewUrl}");
            output.WriteLine($"{export}: {rows.Count} entries, {published.Count} published and built at their new URL");
        }
    }
}
