using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Import;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Import;

/// <summary>
/// A leaf bundle's files are read as the post's resources (docs/hugo.md#page-bundles-files): every non-content file of
/// the folder and its sub-folders, content files and hidden files left out, symbolic links reported and not followed;
/// a reference to a file of the folder that is not there is reported (HUG026).
/// </summary>
public sealed class HugoBundleFilesTests
{
    private static TempFolder Site(params (string Path, string Text)[] files)
    {
        var site = Corpus.NewTempFolder();
        File.WriteAllText(site.Combine("hugo.toml"), "baseURL = \"https://example.com/\"\n");
        foreach (var (path, text) in files)
        {
            var full = site.Combine(["content", .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return site;
    }

    private static (List<ReadPost> Posts, DiagnosticBag Site) Read(TempFolder site)
    {
        var diagnostics = new DiagnosticBag();
        var posts = new HugoImporter().Open([site.Path], diagnostics).Items.Select(i => Assert.IsType<ReadPost>(i)).ToList();
        return (posts, diagnostics);
    }

    [Fact]
    public void A_leaf_bundles_files_in_its_folder_and_sub_folders_are_the_posts_resources()
    {
        using var site = Site(
            ("posts/cats/index.md", "---\ntitle: Cats\n---\n![cat](cat.jpg) {{< figure src=\"images/net.png\" >}} ![pier](<old pier.png>)\n"),
            ("posts/cats/cat.jpg", "jpg"),
            ("posts/cats/images/net.png", "png"),
            ("posts/cats/images/deep/more.pdf", "pdf"),
            ("posts/cats/old pier.png", "pier"),
            ("posts/cats/notes.md", "---\ntitle: A page resource\n---\nnot a file Hugo publishes\n"),
            ("posts/cats/table.html", "<p>content too</p>"),
            ("posts/cats/.hidden.jpg", "hidden"),
            ("posts/single.md", "---\ntitle: Single\n---\n![x](x.jpg)\n"));

        var (posts, _) = Read(site);

        var cats = posts.Single(p => p.Post.Title == "Cats");
        Assert.Equal(["cat.jpg", "images/deep/more.pdf", "images/net.png", "old pier.png"], cats.Post.Resources.Select(r => r.Path));
        foreach (var resource in cats.Post.Resources)
            Assert.Equal(Path.GetFullPath(site.Combine(["content", "posts", "cats", .. resource.Path.Split('/')])), resource.SourceFile);
        Assert.DoesNotContain(cats.Diagnostics, d => d.Code == "HUG026");
        // A single-file page has no folder of its own: no resources, and its relative references are not checked.
        var single = posts.Single(p => p.Post.Title == "Single");
        Assert.Empty(single.Post.Resources);
        Assert.DoesNotContain(single.Diagnostics, d => d.Code == "HUG026");
    }

    [Fact]
    public void A_reference_to_a_file_the_bundle_does_not_hold_is_a_warning()
    {
        using var site = Site(
            ("posts/cats/index.md",
                "---\ntitle: Cats\n---\n![cat](cat.jpg) ![dog](dog.jpg) [plan](files/plan.pdf) [Cat](Cat.JPG) [next](../other/) "
                + "![up](../shared/a.jpg) ![abs](/img/a.jpg) ![far](https://example.org/b.jpg) <img src=\"./gone.png\">\n"),
            ("posts/cats/cat.jpg", "jpg"));

        var (posts, _) = Read(site);

        var missing = posts.Single().Diagnostics.Where(d => d.Code == "HUG026").Select(d => d.Message).ToList();
        Assert.Equal(4, missing.Count);
        Assert.Contains(missing, m => m.Contains("'dog.jpg'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'files/plan.pdf'", StringComparison.Ordinal));
        // Names match exactly, as on the web server: Cat.JPG is not cat.jpg.
        Assert.Contains(missing, m => m.Contains("'Cat.JPG'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'gone.png'", StringComparison.Ordinal));
        Assert.All(posts.Single().Diagnostics.Where(d => d.Code == "HUG026"), d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_symbolic_link_in_a_bundle_is_reported_and_not_followed()
    {
        using var outside = Corpus.NewTempFolder();
        File.WriteAllText(outside.Combine("secret.jpg"), "secret");
        using var site = Site(("posts/cats/index.md", "---\ntitle: Cats\n---\n![cat](cat.jpg)\n"), ("posts/cats/cat.jpg", "jpg"));
        File.CreateSymbolicLink(site.Combine("content", "posts", "cats", "secret.jpg"), outside.Combine("secret.jpg"));
        Directory.CreateSymbolicLink(site.Combine("content", "posts", "cats", "more"), outside.Path);

        var (posts, diagnostics) = Read(site);

        Assert.Equal(["cat.jpg"], posts.Single().Post.Resources.Select(r => r.Path));
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "HUG007"));
    }
}
