using HtmlAgilityPack;
using Migrator.Core.Media;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// A Jekyll or Hugo site's media carried along (docs/media.md#static-sites): the files its posts name in their bodies
/// and front matter image fields are copied from the site's own folder into the new site, at the same paths; files
/// of an old WordPress host come from the source the media options name; the built site resolves every reference.
/// </summary>
public sealed class StaticSiteMediaTests(ITestOutputHelper output)
{
    private const string OldHost = "https://oldwp.example";
    private const string OldFile = "/wp-content/uploads/2015/03/old.jpg";

    private const string JekyllPost = """
        ---
        layout: post
        title: Plans
        image: /assets/img/cover.jpg
        header:
          teaser: https://garden.example/assets/img/teaser.jpg
        ---
        ![Photo](/assets/img/photo.jpg) and [the plan](/files/plan.pdf).

        <img src="https://garden.example/assets/img/inline.png" alt="">

        ![Old](https://oldwp.example/wp-content/uploads/2015/03/old.jpg)

        ![Gone](/assets/img/gone.jpg)
        """;

    private static readonly string[] SiteFiles = ["assets/img/cover.jpg", "assets/img/teaser.jpg", "assets/img/photo.jpg", "assets/img/inline.png", "files/plan.pdf"];

    private static string JekyllSite(TempFolder temp)
    {
        var site = temp.Combine("jekyll-site");
        Directory.CreateDirectory(Path.Combine(site, "_posts"));
        File.WriteAllText(Path.Combine(site, "_config.yml"), "title: Garden\nurl: https://garden.example\ntimezone: UTC\n");
        File.WriteAllText(Path.Combine(site, "_posts", "2020-01-01-plans.md"), JekyllPost);
        foreach (var file in SiteFiles.Append("assets/img/unused.jpg"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, file))!);
            File.WriteAllText(Path.Combine(site, file), file);
        }
        return site;
    }

    [Fact]
    public async Task A_Jekyll_sites_files_and_its_old_hosts_files_are_carried_into_Hugo_and_every_reference_resolves()
    {
        HugoBuild.RequireHugo();
        await using var server = new LoopbackServer((path, _) => path == OldFile ? ServerReply.Ok("old"u8.ToArray()) : ServerReply.WithStatus(404));
        using var temp = Corpus.NewTempFolder();
        var source = JekyllSite(temp);
        var site = temp.Combine("hugo-site");

        var result = CliRun.Run("convert", source, "--to", "hugo", "--out", site, "--quiet", "--media-from", server.BaseUrl.AbsoluteUri, "--media-host", "oldwp.example");

        Assert.True(result.ExitCode == 0, result.Stderr);
        // Exactly the files the post names, at their paths under static/; the unused one stays behind.
        var copied = Directory.EnumerateFiles(Path.Combine(site, "static"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site, "static"), f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(SiteFiles.Append(OldFile.TrimStart('/')).Order(StringComparer.Ordinal), copied);
        foreach (var file in SiteFiles)
            Assert.Equal(file, File.ReadAllText(Path.Combine(site, "static", file)));
        // What the site's folder lacks is asked of the stand-in for the old host: the old file, and the missing one.
        Assert.Equal(["/assets/img/gone.jpg", OldFile], server.Requests.Order(StringComparer.Ordinal));

        var post = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(site, "content", "posts"))));
        Assert.Contains("image: \"/assets/img/cover.jpg\"", post, StringComparison.Ordinal);
        Assert.Contains("teaser: \"/assets/img/teaser.jpg\"", post, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/img/inline.png\"", post, StringComparison.Ordinal);
        Assert.Contains($"![Old]({OldFile})", post, StringComparison.Ordinal);
        Assert.Contains("![Gone](/assets/img/gone.jpg)", post, StringComparison.Ordinal);

        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        var failed = Assert.Single(rows, r => r["type"] == "media" && r["result"] == "failed");
        Assert.Equal(("/assets/img/gone.jpg", "HTTP 404"), (failed["old_url"], failed["reason"]));
        Assert.Equal(SiteFiles.Length + 1, rows.Count(r => r["type"] == "media" && r["result"] == "written"));

        var build = HugoBuild.Build(site, temp.Combine("public"));
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        AssertResolve(temp.Combine("public"), except: "/assets/img/gone.jpg");
    }

    [Fact]
    public void A_Hugo_sites_static_files_and_front_matter_images_are_carried_into_Jekyll()
    {
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var source = temp.Combine("hugo-site");
        Directory.CreateDirectory(Path.Combine(source, "content", "posts"));
        Directory.CreateDirectory(Path.Combine(source, "static", "img"));
        File.WriteAllText(Path.Combine(source, "hugo.toml"), "baseURL = 'https://garden.example/'\ntitle = 'Garden'\n");
        File.WriteAllText(Path.Combine(source, "content", "posts", "plans.md"),
            "---\ntitle: Plans\ndate: 2020-01-01T10:00:00Z\nimages: [/img/a.jpg]\ncover:\n  image: /img/b.jpg\n---\n![A](/img/a.jpg) ![C](/img/c%20d.jpg)\n");
        foreach (var name in (string[])["a.jpg", "b.jpg", "c d.jpg"])
            File.WriteAllText(Path.Combine(source, "static", "img", name), name);
        var site = temp.Combine("jekyll-site");

        var result = CliRun.Run("convert", source, "--to", "jekyll", "--out", site, "--quiet");

        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var name in (string[])["a.jpg", "b.jpg", "c d.jpg"])
            Assert.Equal(name, File.ReadAllText(Path.Combine(site, "img", name)));
        var post = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(site, "_posts"))));
        Assert.Contains("/img/b.jpg", post, StringComparison.Ordinal);
        Assert.DoesNotContain(CliRun.ReadReport(Path.Combine(site, "migration-report.csv")), r => r["type"] == "media" && r["result"] != "written");

        var (exit, log) = JekyllBuild.Run(site);
        output.WriteLine(log);
        Assert.True(exit == 0, log);
        AssertResolve(Path.Combine(site, "_site"), except: null);
    }

    /// <summary>Every root-relative <c>src</c> and file <c>href</c> of the built site names a file of it (but <paramref name="except"/>).</summary>
    private static void AssertResolve(string built, string? except)
    {
        var checkedFiles = 0;
        foreach (var page in Directory.EnumerateFiles(built, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlDocument();
            document.Load(page);
            foreach (var node in document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
            {
                var url = node.GetAttributeValue("src", null) ?? (node.Name == "a" ? node.GetAttributeValue("href", null) : null);
                if (url is null || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || !MediaReferences.HasFileExtension(url) || url == except)
                    continue;
                Assert.True(File.Exists(Path.Combine(built, Uri.UnescapeDataString(url).TrimStart('/'))), $"{Path.GetRelativePath(built, page)}: {url} names no file of the built site");
                checkedFiles++;
            }
        }
        Assert.True(checkedFiles >= 2, $"only {checkedFiles} root-relative media references were found");
    }
}
