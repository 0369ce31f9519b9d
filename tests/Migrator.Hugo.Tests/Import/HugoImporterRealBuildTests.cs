using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Import;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Import;

/// <summary>The URL the importer computes for each page is where the real Hugo writes it (skipped without Hugo).</summary>
public sealed class HugoImporterRealBuildTests
{
    public static TheoryData<string> Configs => new()
    {
        "baseURL = \"https://example.com/\"\n[permalinks]\nposts = \"/:year/:month/:day/:slug/\"\nnotes = \"/n/:title/\"\n",
        "baseURL = \"https://example.com/\"\ndisablePathToLower = true\ntimeZone = \"America/New_York\"\n[permalinks]\nposts = \"/:year/:month/:day/:slug/\"\n",
        "baseURL = \"https://example.com/\"\n",
    };

    [Theory]
    [MemberData(nameof(Configs))]
    public void Every_imported_link_is_where_hugo_writes_the_page(string config)
    {
        HugoBuild.RequireHugo();
        using var site = Corpus.NewTempFolder();
        File.WriteAllText(site.Combine("hugo.toml"), config);
        var files = new (string Path, string Text)[]
        {
            ("posts/Hello-World.md", "---\ntitle: \"Hello, World!\"\ndate: 2020-03-04T23:30:00-05:00\n---\nx\n"),
            ("posts/slugged.md", "---\ntitle: \"T\"\nslug: \"My Slug\"\ndate: 2020-03-04T10:00:00+01:00\n---\nx\n"),
            // No offset: New York when configured (the day stays the 4th), else UTC.
            ("posts/local.md", "+++\ntitle = \"Local\"\ndate = 2020-03-04T22:00:00\n+++\nx\n"),
            ("posts/kept.md", "---\ntitle: \"Kept\"\nurl: \"/2019/Old-Path/\"\n---\nx\n"),
            ("posts/Trip Album/index.md", "{\n\"title\": \"Trip\",\n\"date\": \"2021-05-06\"\n}\nx\n"),
            ("notes/Big Idea.md", "---\ntitle: \"Big Idea\"\n---\nx\n"),
            ("About-Us.md", "---\ntitle: \"About\"\n---\nx\n"),
            ("日本.md", "---\ntitle: \"Japan\"\n---\nx\n"),
            ("guide/_index.md", "---\ntitle: \"Guide\"\n---\nIntro.\n"),
        };
        foreach (var (path, text) in files)
        {
            var full = site.Combine(["content", .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Directory.CreateDirectory(site.Combine("layouts", "_default"));
        File.WriteAllText(site.Combine("layouts", "_default", "single.html"), "<h1>{{ .Title }}</h1>\n");
        File.WriteAllText(site.Combine("layouts", "_default", "list.html"), "<h1>{{ .Title }}</h1>\n");

        var build = HugoBuild.Build(site.Path, site.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());

        var imported = new HugoImporter().Open([site.Path], new DiagnosticBag()).Items.ToList();
        Assert.Equal(files.Length, imported.Count);
        foreach (var post in imported.Select(i => Assert.IsType<ReadPost>(i).Post))
        {
            var path = Uri.UnescapeDataString(new Uri(post.Link!).AbsolutePath);
            var page = site.Combine(["public", .. path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries), "index.html"]);
            Assert.True(File.Exists(page), $"{post.Source.ItemId}: computed {path}, but Hugo wrote no page there:\n" +
                string.Join('\n', Directory.GetFiles(site.Combine("public"), "index.html", SearchOption.AllDirectories)));
            Assert.Contains($"<h1>{post.Title}</h1>", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }
}
