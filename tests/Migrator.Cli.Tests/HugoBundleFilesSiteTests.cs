using HtmlAgilityPack;
using Migrator.Core.Media;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// A Hugo site of our own whose posts are leaf bundles (tests/sites/hugo-bundles: a Markdown image, Hugo's figure
/// shortcode naming <c>images/net.png</c>, a file name with a space, a PDF link, an HTML body with <c>./buoy.png</c>)
/// converted to Jekyll and to Hugo (with and without <c>--bundles</c>), each built with the real generator: every image
/// and file the built page names is served at that address with the bytes of the source's file
/// (docs/media.md#files-beside-a-page).
/// </summary>
public sealed class HugoBundleFilesSiteTests(ITestOutputHelper output)
{
    private static string SourceSite => Path.Combine(Corpus.RepoRoot, "tests", "sites", "hugo-bundles");

    /// <summary>Each bundle's files by the title of its page: path inside the bundle, bytes.</summary>
    private static readonly Dictionary<string, string> Bundles = new(StringComparer.Ordinal)
    {
        ["Harbour cats"] = "harbour-cats",
        ["Tide notes"] = "tide-notes",
    };

    private static Dictionary<string, byte[]> FilesOf(string bundle)
    {
        var folder = Path.Combine(SourceSite, "content", "posts", bundle);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) != ".md")
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    /// <summary>An import file holds no files: each bundled post is warned with how many to upload (MED008).</summary>
    [Theory]
    [InlineData("wxr")]
    [InlineData("ghost")]
    public void Into_an_import_file_each_bundled_post_says_its_files_are_not_carried(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var convert = CliRun.Run("convert", SourceSite, "--to", target, "--out", temp.Combine("out"), "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var rows = CliRun.ReadReport(temp.Combine("out", "migration-report.csv")).Where(r => r["type"] == "post").ToDictionary(r => r["title"]);
        foreach (var (title, bundle) in Bundles)
        {
            Assert.Contains("MED008", rows[title]["warnings"], StringComparison.Ordinal);
            Assert.Contains($"{FilesOf(bundle).Count} file(s) of the page's own folder were not carried", rows[title]["messages"], StringComparison.Ordinal);
        }
        Assert.DoesNotContain(rows.Values, r => !Bundles.ContainsKey(r["title"]) && r["warnings"].Contains("MED008", StringComparison.Ordinal));
    }

    [Fact]
    public void The_source_site_built_by_hugo_serves_every_bundle_file_its_pages_name()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var build = HugoBuild.Build(SourceSite, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        AssertEveryFileServed(temp.Combine("public"), new Dictionary<string, string>
        {
            ["Harbour cats"] = "/2022/05/harbour-cats/",
            ["Tide notes"] = "/2022/06/tides/",
        });
    }

    [Fact]
    public void A_hugo_sites_bundle_files_are_served_by_the_jekyll_site_at_the_addresses_its_pages_name()
    {
        HugoBuild.RequireHugo();
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("jekyll");
        var convert = CliRun.Run("convert", SourceSite, "--to", "jekyll", "--out", site, "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var (exit, log) = JekyllBuild.Run(site);
        Assert.True(exit == 0, log);

        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        Assert.Equal(5, rows.Count(r => r["type"] == "media" && r["result"] == "written"));
        AssertEveryFileServed(Path.Combine(site, "_site"), rows.Where(r => r["type"] == "post").ToDictionary(r => r["title"], r => r["new_url"]));
        AssertSourceUnchanged();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_hugo_sites_bundle_files_are_served_by_the_new_hugo_site_with_or_without_bundles(bool bundles)
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("hugo");
        string[] options = bundles ? ["--bundles"] : [];
        var convert = CliRun.Run(["convert", SourceSite, "--to", "hugo", "--out", site, "--quiet", .. options]);
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        // With --bundles the files are in the post's own folder; without, beside its address under static/.
        var where = bundles ? Path.Combine(site, "content", "posts", "harbour-cats", "images", "net.png") : Path.Combine(site, "static", "2022", "05", "harbour-cats", "images", "net.png");
        Assert.True(File.Exists(where), where);
        var build = HugoBuild.Build(site, temp.Combine("public"));
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());

        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        AssertEveryFileServed(temp.Combine("public"), rows.Where(r => r["type"] == "post").ToDictionary(r => r["title"], r => r["new_url"]));
    }

    /// <summary>
    /// For each page (title → its URL), the built page names every file of its bundle (images by <c>src</c>, the others
    /// by a link), and each is served at the address it names, relative to the page or not, with the source's bytes.
    /// </summary>
    private void AssertEveryFileServed(string built, IReadOnlyDictionary<string, string> pages)
    {
        Assert.Equal(Bundles.Keys.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        foreach (var (title, url) in pages)
        {
            var pageUrl = new Uri(new Uri("https://site.example/"), new Uri(url, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(url).AbsolutePath : url);
            var page = Path.Combine([built, .. Uri.UnescapeDataString(pageUrl.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries), "index.html"]);
            Assert.True(File.Exists(page), $"{title}: no page at {pageUrl.AbsolutePath}");
            var document = new HtmlDocument();
            document.LoadHtml(File.ReadAllText(page));
            var named = document.DocumentNode.Descendants("img").Select(n => n.GetAttributeValue("src", ""))
                .Concat(document.DocumentNode.Descendants("a").Select(n => n.GetAttributeValue("href", "")).Where(MediaReferences.HasFileExtension))
                .Where(u => u.Length > 0).ToList();
            var expected = FilesOf(Bundles[title]);
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in named)
            {
                var served = new Uri(pageUrl, System.Net.WebUtility.HtmlDecode(reference));
                var path = Uri.UnescapeDataString(served.AbsolutePath);
                var file = Path.Combine([built, .. path.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
                Assert.True(File.Exists(file), $"{title}: '{reference}' names {path}, which the built site does not serve");
                var match = expected.Keys.Where(k => path.EndsWith("/" + k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();
                Assert.True(match is not null, $"{title}: '{reference}' is no file of the bundle");
                Assert.Equal(expected[match], File.ReadAllBytes(file));
                found.Add(match);
                output.WriteLine($"{title}: {reference} → {path}, {expected[match].Length} bytes, as in the source");
            }
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>The source site is only read: its bundles hold exactly what the repository holds.</summary>
    private static void AssertSourceUnchanged()
    {
        Assert.Equal(["cat.jpg", "images/net.png", "old pier.png", "tide-table.pdf"], FilesOf("harbour-cats").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["buoy.png"], FilesOf("tide-notes").Keys);
    }
}
