using Migrator.Core.Input;
using Migrator.Core.Pipeline;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>A Jekyll site is read only inside its folder; front matter that cannot be read fails only its own item.</summary>
public sealed class JekyllSiteBoundsTests : IDisposable
{
    private const string Secret = "root:x:0:0:secret";

    private readonly TempFolder _folder = Corpus.NewTempFolder();
    private readonly string _site;
    private readonly string _secretFile;
    private readonly string _secretDir;

    public JekyllSiteBoundsTests()
    {
        _site = _folder.Combine("site");
        _secretFile = ImportRun.Write(_folder.Path, "secret.md", "---\ntitle: " + Secret + "\n---\n" + Secret + "\n");
        ImportRun.Write(_folder.Path, "outside/2020-05-05-leak.md", "---\ntitle: " + Secret + "\n---\n" + Secret + "\n");
        _secretDir = _folder.Combine("outside");
        ImportRun.Write(_site, "_config.yml", "title: Bounds\ntimezone: UTC\n");
        ImportRun.Write(_site, "_posts/2020-01-01-real.md", "---\ntitle: Real\n---\nReal.\n");
        ImportRun.Write(_site, "about.md", "---\ntitle: About\n---\nAbout.\n");
    }

    public void Dispose() => _folder.Dispose();

    private void Link(string relativePath, string target, bool folder = false)
    {
        var path = Path.Combine(_site, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (folder)
            Directory.CreateSymbolicLink(path, target);
        else
            File.CreateSymbolicLink(path, target);
    }

    private static void AssertNothingOf(ImportRun run, string secret)
    {
        Assert.DoesNotContain(run.Posts, p => p.Title.Contains(secret, StringComparison.Ordinal) || p.Content.Text.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(run.Items, i => i.Source.File.Contains("secret", StringComparison.Ordinal) || i.Source.File.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symlinked_post_page_or_folder_is_reported_and_not_read()
    {
        Link("_posts/2020-02-02-passwd.md", _secretFile);
        Link("secret-page.md", _secretFile);
        Link("_posts/more", _secretDir, folder: true);
        Link("pages", _secretDir, folder: true);

        var run = ImportRun.Of(_site);

        AssertNothingOf(run, Secret);
        Assert.Equal(["_posts/2020-01-01-real.md", "about.md"], run.Items.Select(i => i.Source.ItemId).Order(StringComparer.Ordinal));
        var links = run.SiteDiagnostics.Items.Where(d => d.Code == "JKL008").ToList();
        Assert.Equal(4, links.Count);
        Assert.Contains(links, d => d.Message.Contains("2020-02-02-passwd.md", StringComparison.Ordinal) && d.Message.Contains(_secretFile, StringComparison.Ordinal));
    }

    [Fact]
    public void A_symlinked_posts_folder_or_config_is_reported_and_not_read()
    {
        Directory.Delete(Path.Combine(_site, "_posts"), recursive: true);
        Link("_posts", _secretDir, folder: true);
        File.Delete(Path.Combine(_site, "_config.yml"));
        ImportRun.Write(_folder.Path, "outside-config.yml", "title: " + Secret + "\n");
        Link("_config.yml", _folder.Combine("outside-config.yml"));

        var run = ImportRun.Of(_site);

        AssertNothingOf(run, Secret);
        Assert.NotEqual(Secret, run.Site.Title);
        Assert.Equal(2, run.SiteDiagnostics.Items.Count(d => d.Code == "JKL008"));
    }

    [Theory]
    [InlineData("_data/comments/one.yml", "outside-data/comments/one.yml", false)]
    [InlineData("_data", "outside-data", true)]
    public void Comments_data_reached_through_a_symlink_is_not_read(string link, string target, bool folder)
    {
        ImportRun.Write(_folder.Path, "outside-data/comments/one.yml", "comments:\n- author: " + Secret + "\n  content: " + Secret + "\n");
        Link(link, _folder.Combine(target), folder);
        ImportRun.Write(_site, "_posts/2020-06-06-one.md", "---\ntitle: One\ncomments_key: one\n---\n");

        var run = ImportRun.Of(_site);

        Assert.Empty(run.Post("_posts/2020-06-06-one.md").Comments);
        Assert.Contains("JKL047", run.Codes("_posts/2020-06-06-one.md"));
    }

    [Fact]
    public void Folder_links_that_loop_are_reported_once_and_the_walk_ends()
    {
        Link("blog/up", "..", folder: true);
        Link("blog/_posts/self", ".", folder: true);
        ImportRun.Write(_site, "blog/_posts/2020-03-03-nested.md", "---\ntitle: Nested\n---\n");

        var run = ImportRun.Of(_site);

        Assert.Equal(3, run.Items.Count);
        Assert.Equal(2, run.SiteDiagnostics.Items.Count(d => d.Code == "JKL008"));
    }

    [Theory]
    [InlineData("source: ../..", "source")]
    [InlineData("source: /etc", "source")]
    [InlineData("collections_dir: ../outside", "collections_dir")]
    public void A_folder_setting_outside_the_site_is_refused(string setting, string name)
    {
        ImportRun.Write(_site, "_config.yml", "title: Bounds\n" + setting + "\n");

        var ex = Assert.Throws<InputException>(() => ImportRun.Of(_site));

        Assert.Contains("'" + name + ":", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_setting_through_a_symlink_is_refused()
    {
        Link("src", _secretDir, folder: true);
        ImportRun.Write(_site, "_config.yml", "title: Bounds\nsource: src\n");

        var ex = Assert.Throws<InputException>(() => ImportRun.Of(_site));

        Assert.Contains("'source: src'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_setting_inside_the_site_is_read()
    {
        ImportRun.Write(_site, "_config.yml", "title: Bounds\nsource: src\n");
        ImportRun.Write(_site, "src/_posts/2021-01-01-inside.md", "---\ntitle: Inside\n---\n");

        var run = ImportRun.Of(_site);

        Assert.Equal("Inside", Assert.Single(run.Posts).Title);
    }

    [Fact]
    public void A_folder_with_neither_config_nor_posts_is_not_a_jekyll_site()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "notes/readme.md", "---\ntitle: Just a file\n---\n");

        var ex = Assert.Throws<InputException>(() => ImportRun.Of(folder.Path));

        Assert.Contains("_config.yml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("_posts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_only_drafts_is_a_jekyll_site()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_drafts/idea.md", "---\ntitle: Idea\n---\n");

        var run = ImportRun.Of(folder.Path);

        Assert.Equal("Idea", Assert.Single(run.Posts).Title);
    }

    [Theory]
    [InlineData("---\ntitle: Broken\ntags: [a, \n---\nBody.\n")]
    [InlineData("---\ntitle: Broken\ntags: [a, \ndate: 2020-01-01\n---\nBody.\n")]
    [InlineData("---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\ni: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n---\nBody.\n")]
    public void Front_matter_that_cannot_be_read_fails_only_its_item(string text)
    {
        ImportRun.Write(_site, "_posts/2020-04-04-broken.md", text);

        var run = ImportRun.Of(_site);

        var failed = Assert.IsType<UnreadableItem>(run.Item("_posts/2020-04-04-broken.md"));
        Assert.Equal("JKL012", failed.Error.Code);
        Assert.True(failed.Source.Line >= 2);
        Assert.Equal("Real", run.Post("_posts/2020-01-01-real.md").Title);
    }

    [Fact]
    public void An_alias_bomb_in_the_config_is_refused_as_input()
    {
        ImportRun.Write(_site, "_config.yml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n");

        var ex = Assert.Throws<InputException>(() => ImportRun.Of(_site));

        Assert.Contains("_config.yml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("alias", ex.Message, StringComparison.Ordinal);
    }
}
