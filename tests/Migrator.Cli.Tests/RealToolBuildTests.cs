using Migrator.Core.Redirects;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Real formats are judged by real tools: the converted sample and real corpus exports are built with real Jekyll and
/// real Hugo, and every item the audit says was published must be at its new URL.
/// </summary>
public sealed class RealToolBuildTests(ITestOutputHelper output)
{
    public static TheoryData<string> Exports => new()
    {
        "sample",
        "real-jao-wp312-wxr11.xml",
        "real-andylockran-wp493.xml",
        "real-cedricporter-wp35-zh.xml",
        "wpimp-theme-unit-test-data.xml",
    };

    private static string Resolve(string export) =>
        export == "sample" ? CliRun.SampleWxr : Corpus.RequireShared(Path.Combine("wxr", export));

    [Theory]
    [MemberData(nameof(Exports))]
    public void Jekyll_builds_the_converted_site_with_every_published_item_at_its_url(string export)
    {
        JekyllBuild.Require();
        var input = Resolve(export);
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", input, "--to", "jekyll", "--out", site, "--quiet");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);

        var (exit, log) = JekyllBuild.Run(site);
        output.WriteLine(log);
        Assert.True(exit == 0, log);

        var published = PublishedRows(site).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var page = JekyllBuild.ExpectedPage(site, row["new_url"]);
            Assert.True(File.Exists(page), $"{row["source_id"]} '{row["title"]}' expected at {row["new_url"]} ({page})");
        }
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Hugo_builds_the_converted_site_with_every_published_item_at_its_url(string export)
    {
        HugoBuild.RequireHugo();
        var input = Resolve(export);
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", input, "--to", "hugo", "--out", site, "--quiet");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);

        var build = HugoBuild.Build(site, temp.Combine("public"));
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());

        var published = PublishedRows(site).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var path = Uri.UnescapeDataString(OldUrls.PathAndQuery(row["new_url"]) ?? row["new_url"]).Trim('/');
            var page = path.EndsWith(".html", StringComparison.Ordinal)
                ? Path.Combine(temp.Combine("public"), path)
                : Path.Combine(temp.Combine("public"), path, "index.html");
            Assert.True(File.Exists(page), $"{row["source_id"]} '{row["title"]}' expected at {row["new_url"]} ({page})");
        }
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Eleventy_builds_the_converted_site_with_every_published_item_at_its_url(string export)
    {
        NodeSiteBuild.RequireEleventy();
        var input = Resolve(export);
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", input, "--to", "eleventy", "--out", site, "--quiet");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);

        var build = NodeSiteBuild.Eleventy(site);
        Assert.True(build.ExitCode == 0, build.ToString());

        // The audit's addresses include the site's own path (/blog); Eleventy builds below it.
        var siteUrl = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "content", "_data", "site.json"))).RootElement.GetProperty("url").GetString();
        var basePath = Migrator.Core.Text.SitePaths.BasePath(siteUrl);
        var published = PublishedRows(site).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var path = OldUrls.PathAndQuery(row["new_url"]) ?? row["new_url"];
            Assert.StartsWith(basePath, path, StringComparison.Ordinal);
            var page = NodeSiteBuild.PageFile(Path.Combine(site, "_site"), path[basePath.Length..]);
            Assert.True(File.Exists(page), $"{row["source_id"]} '{row["title"]}' expected at {row["new_url"]} ({page})");
        }
        output.WriteLine($"{export}: {published.Count} published items at their new_url in the Eleventy build");
    }

    /// <summary>Astro builds are slow: the sample and two real exports.</summary>
    public static TheoryData<string> AstroExports => new()
    {
        "sample",
        "real-andylockran-wp493.xml",
        "real-cedricporter-wp35-zh.xml",
    };

    [Theory]
    [MemberData(nameof(AstroExports))]
    public void Astro_builds_the_converted_site_with_every_published_item_at_its_url(string export)
    {
        NodeSiteBuild.RequireAstro();
        var input = Resolve(export);
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", input, "--to", "astro", "--out", site, "--quiet");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);

        var build = NodeSiteBuild.Astro(site);
        Assert.True(build.ExitCode == 0, build.ToString());

        var siteUrl = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "src", "site.json"))).RootElement.GetProperty("url").GetString();
        var basePath = Migrator.Core.Text.SitePaths.BasePath(siteUrl);
        var published = PublishedRows(site).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var path = OldUrls.PathAndQuery(row["new_url"]) ?? row["new_url"];
            Assert.StartsWith(basePath, path, StringComparison.Ordinal);
            var page = NodeSiteBuild.PageFile(Path.Combine(site, "dist"), path[basePath.Length..]);
            Assert.True(File.Exists(page), $"{row["source_id"]} '{row["title"]}' expected at {row["new_url"]} ({page})");
        }
        output.WriteLine($"{export}: {published.Count} published items at their new_url in the Astro build");
    }

    /// <summary>Items written as public pages: not drafts, not protected, not scheduled for later.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> PublishedRows(string site) =>
        CliRun.ReadReport(Path.Combine(site, "migration-report.csv"))
            .Where(r => r["result"] == "written" && r["new_url"] != "" && r["reason"] == "" && r["status"] == "publish");
}
