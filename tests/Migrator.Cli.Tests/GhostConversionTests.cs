using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// A real Ghost 6 export (tests/Migrator.Ghost.Tests/exports, see its README) converted to static sites: detected as
/// Ghost, one audit row per post and page, and every item at its old address (<c>/{slug}/</c>), so no redirect is
/// needed; converted back to Ghost, every slug and address is kept.
/// </summary>
public sealed class GhostConversionTests
{
    private static string Export => Path.Combine(Corpus.RepoRoot, "tests", "Migrator.Ghost.Tests", "exports", "ghost-6.65.0-default-content.ghost.json");

    [Theory]
    [InlineData("jekyll")]
    [InlineData("hugo")]
    [InlineData("ghost")]
    public void A_Ghost_export_converts_with_a_row_per_item_at_its_old_address(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", Export, "--to", target, "--out", temp.Path, "--redirects", "netlify", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = AuditReportReader.Read(temp.Combine("migration-report.csv"));
        Assert.Equal([("post", "coming-soon", "/coming-soon/"), ("page", "about", "/about/")], rows.Select(r => (r.Type, r.Slug, r.OldUrl)));
        Assert.All(rows, r => Assert.Equal(ItemResult.Written, r.Result));
        Assert.All(rows, r => Assert.Equal(r.OldUrl, r.NewUrl));
    }
}
