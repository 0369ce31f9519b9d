using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Real exports of older Ghost (2.9 and 3.0: Ghost's own welcome posts, mobiledoc bodies with their rendered
/// <c>html</c>; Ghost's export test fixtures, see tests/Migrator.Ghost.Tests/README.md) converted to Jekyll and Hugo
/// and built by the real tools: detected as Ghost without <c>--from</c>, one written audit row per post and page of the
/// export (counted here from the JSON), every published item at its old address <c>/{slug}/</c>, and a built page at
/// its new address holding the item's title. Where an old address changed, every redirect file written names it.
/// </summary>
public sealed class GhostFixtureExportSiteTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var export in Exports)
        {
            data.Add(export, "jekyll");
            data.Add(export, "hugo");
        }
        return data;
    }

    private static readonly string[] Exports = ["ghost-2.9-fixture.json", "ghost-3.0-fixture.json"];

    private static string ExportPath(string name) => Path.Combine(Corpus.RepoRoot, "tests", "Migrator.Ghost.Tests", "exports", name);

    /// <summary>The export's posts and pages, read independently of the reader: Ghost 3+ says <c>type</c>, Ghost 2 a <c>page</c> flag.</summary>
    private static List<(string Type, string Slug, string Title, string Status)> Items(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var items = new List<(string, string, string, string)>();
        foreach (var post in json.RootElement.GetProperty("db")[0].GetProperty("data").GetProperty("posts").EnumerateArray())
        {
            string type;
            if (post.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
                type = t.GetString()!;
            else
                type = post.TryGetProperty("page", out var p) && (p.ValueKind == JsonValueKind.True || (p.ValueKind == JsonValueKind.Number && p.GetInt32() != 0)) ? "page" : "post";
            if (type is not ("post" or "page"))
                continue;
            items.Add((type, post.GetProperty("slug").GetString()!, post.GetProperty("title").GetString()!, post.GetProperty("status").GetString()!));
        }
        return items;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_older_Ghost_export_builds_a_page_per_published_item_at_its_old_address(string export, string target)
    {
        var path = ExportPath(export);
        var items = Items(path);
        Assert.NotEmpty(items);
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", path, "--to", target, "--out", site, "--redirects", $"netlify,nginx,apache,{target}", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());

        var rows = AuditReportReader.Read(Path.Combine(site, "migration-report.csv"));
        Assert.Equal(items.Count, rows.Count);
        Assert.Equal(items.Select(i => (i.Type, i.Slug)).Order(), rows.Select(r => (r.Type, r.Slug)).Order());
        Assert.All(rows, r => Assert.Equal(ItemResult.Written, r.Result));
        var published = items.Where(i => i.Status == "published").ToList();
        Assert.NotEmpty(published);
        foreach (var item in published)
        {
            var row = rows.Single(r => r.Slug == item.Slug);
            Assert.Equal($"/{item.Slug}/", row.OldUrl);
            Assert.False(string.IsNullOrEmpty(row.NewUrl), $"{item.Slug} has no new_url");
        }

        var redirectFiles = new[] { "_redirects", ".htaccess", "nginx-redirects.conf" }
            .SelectMany(name => Directory.EnumerateFiles(site, name, SearchOption.AllDirectories)).ToList();
        foreach (var item in published)
        {
            var row = rows.Single(r => r.Slug == item.Slug);
            if (row.OldUrl == row.NewUrl)
                continue;
            Assert.Equal(3, redirectFiles.Count);
            foreach (var file in redirectFiles)
                Assert.Contains(row.OldUrl, File.ReadAllText(file), StringComparison.Ordinal);
            // the target's own redirects (redirect_from:, aliases:) are in the item's front matter
            Assert.Contains(row.OldUrl, File.ReadAllText(Path.Combine(site, row.OutputPath)), StringComparison.Ordinal);
        }

        string builtRoot;
        if (target == "jekyll")
        {
            JekyllBuild.Require();
            var (exit, log) = JekyllBuild.Run(site);
            Assert.True(exit == 0, log);
            builtRoot = Path.Combine(site, "_site");
        }
        else
        {
            HugoBuild.RequireHugo();
            builtRoot = temp.Combine("public");
            var build = HugoBuild.Build(site, builtRoot);
            Assert.True(build.ExitCode == 0, build.ToString());
        }
        foreach (var item in published)
        {
            var row = rows.Single(r => r.Slug == item.Slug);
            var relative = Uri.UnescapeDataString(row.NewUrl).Trim('/');
            var page = relative.EndsWith(".html", StringComparison.Ordinal) ? Path.Combine(builtRoot, relative) : Path.Combine(builtRoot, relative, "index.html");
            Assert.True(File.Exists(page), $"{item.Slug}: no built page at {row.NewUrl} ({page})");
            var text = WebUtility.HtmlDecode(Regex.Replace(File.ReadAllText(page), "<[^>]*>", " "));
            Assert.Contains(item.Title, text, StringComparison.Ordinal);
        }
    }
}
