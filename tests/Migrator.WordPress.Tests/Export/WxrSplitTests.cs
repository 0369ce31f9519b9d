using System.Xml.Linq;
using Migrator.Core.Model;
using Migrator.WordPress.Export;
using static Migrator.WordPress.Tests.Export.WxrExportKit;

namespace Migrator.WordPress.Tests.Export;

/// <summary>SplitMegabytes: each file a complete WXR with the same header.</summary>
public sealed class WxrSplitTests
{
    private static Post Big(int i, string author) =>
        NewPost($"post-{i}", title: $"Post {i}", body: "<p>" + new string('x', 300 * 1024) + "</p>", id: i) with { Author = author };

    [Fact]
    public void A_split_export_rolls_over_after_the_size_and_every_file_is_a_complete_WXR()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with { Terms = [new Term(Taxonomies.Category, "news", "News")] };
        var posts = Enumerable.Range(1, 10).Select(i => Big(i, i % 2 == 0 ? "ann" : $"guest{i}")).ToList();
        var files = kit.Export(site, posts, new WxrExportOptions { SplitMegabytes = 1, ExportDate = Today });

        Assert.Equal(
        [
            "exampleblog.wordpress.2026-03-04.000.xml",
            "exampleblog.wordpress.2026-03-04.001.xml",
            "exampleblog.wordpress.2026-03-04.002.xml",
        ], files);
        var docs = files.Select(kit.Parse).ToList();
        var headers = docs.Select(d => string.Join("\n", d.Root!.Element("channel")!.Elements()
            .Where(e => e.Name.LocalName is not ("item" or "author")).Select(e => e.ToString()))).ToList();
        Assert.All(headers, h => Assert.Equal(headers[0], h));
        Assert.Equal(posts.Select(p => p.Slug), docs.SelectMany(d => d.Root!.Element("channel")!.Elements("item")).Select(i => i.Element(Wp + "post_name")!.Value));
        foreach (var doc in docs)
        {
            var channel = doc.Root!.Element("channel")!;
            var logins = channel.Elements(Wp + "author").Select(a => a.Element(Wp + "author_login")!.Value).ToHashSet();
            Assert.Contains("ann", logins);
            Assert.All(channel.Elements("item"), i => Assert.Contains(i.Element(Dc + "creator")!.Value, logins));
        }
        Assert.All(files.SkipLast(1), f => Assert.True(new FileInfo(Path.Combine(kit.Folder, f)).Length >= 1024 * 1024));
        var paths = kit.Committed.OfType<Core.Pipeline.WritePlan>().Select(p => p.OutputPath).Distinct();
        Assert.Equal(files, paths);
    }

    [Fact]
    public void Late_authors_that_do_not_fit_the_reserved_space_are_reported()
    {
        using var kit = new WxrExportKit();
        var posts = Enumerable.Range(1, 60).Select(i => NewPost($"p{i}") with { Author = $"guest number {i} with a rather long name" });
        var file = kit.Export(SiteNamed(), posts)[0];
        kit.Parse(file);
        Assert.Contains("WXW007", kit.Codes);
    }

    [Fact]
    public void An_export_without_items_is_a_valid_WXR()
    {
        using var kit = new WxrExportKit();
        var doc = kit.Parse(kit.Export(SiteNamed(), [])[0]);
        Assert.Empty(doc.Root!.Element("channel")!.Elements("item"));
        Assert.IsType<XElement>(doc.Root.Element("channel")!.Element(Wp + "author"));
    }
}
