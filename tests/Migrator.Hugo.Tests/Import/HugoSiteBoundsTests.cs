using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Import;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Import;

/// <summary>A Hugo site is read only inside its folder; front matter that cannot be read fails only its own item.</summary>
public sealed class HugoSiteBoundsTests : IDisposable
{
    private const string Secret = "root:x:0:0:secret";

    private readonly TempFolder _folder = Corpus.NewTempFolder();
    private readonly string _site;
    private readonly string _secretFile;
    private readonly string _secretDir;

    public HugoSiteBoundsTests()
    {
        _site = _folder.Combine("site");
        _secretFile = Write(_folder.Path, "secret.md", "---\ntitle: \"" + Secret + "\"\n---\n" + Secret + "\n");
        _secretDir = Path.GetDirectoryName(Write(_folder.Path, "outside/leak.md", "---\ntitle: \"" + Secret + "\"\n---\n" + Secret + "\n"))!;
        Write(_site, "hugo.toml", "title = \"Bounds\"\n");
        Write(_site, "content/posts/real.md", "---\ntitle: Real\n---\nReal.\n");
    }

    public void Dispose() => _folder.Dispose();

    private static string Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private void Link(string relativePath, string target, bool folder = false)
    {
        var path = Path.Combine(_site, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (folder)
            Directory.CreateSymbolicLink(path, target);
        else
            File.CreateSymbolicLink(path, target);
    }

    private (ImportedSite Site, List<SourceItem> Items, DiagnosticBag Diagnostics) Import()
    {
        var diagnostics = new DiagnosticBag();
        var imported = new HugoImporter().Open([_site], diagnostics);
        return (imported, imported.Items.ToList(), diagnostics);
    }

    [Fact]
    public void A_symlinked_page_or_folder_is_reported_and_not_read()
    {
        Link("content/posts/passwd.md", _secretFile);
        Link("content/posts/more", _secretDir, folder: true);
        Link("content/categories/leak/_index.md", _secretFile);

        var (site, items, diagnostics) = Import();

        Assert.Equal(["posts/real.md"], items.Select(i => i.Source.ItemId));
        Assert.DoesNotContain(site.Site.Terms, t => t.Name.Contains(Secret, StringComparison.Ordinal));
        var links = diagnostics.Items.Where(d => d.Code == "HUG007").ToList();
        Assert.Equal(3, links.Count);
        Assert.Contains(links, d => d.Message.Contains("passwd.md", StringComparison.Ordinal) && d.Message.Contains(_secretFile, StringComparison.Ordinal));
    }

    [Fact]
    public void Folder_links_that_loop_are_reported_once_and_the_walk_ends()
    {
        Link("content/posts/up", "..", folder: true);
        Link("content/posts/deeper/self", ".", folder: true);
        Write(_site, "content/posts/deeper/page.md", "---\ntitle: Deeper\n---\n");

        var (_, items, diagnostics) = Import();

        Assert.Equal(["posts/real.md", "posts/deeper/page.md"], items.Select(i => i.Source.ItemId));
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "HUG007"));
    }

    [Fact]
    public void Comments_data_reached_through_a_symlink_is_not_read()
    {
        Write(_folder.Path, "outside-data/comments/posts/real.yml", "comments:\n- author: " + Secret + "\n  content: " + Secret + "\n");
        Link("data", _folder.Combine("outside-data"), folder: true);

        var (_, items, _) = Import();

        Assert.Empty(Assert.IsType<ReadPost>(Assert.Single(items)).Post.Comments);
    }

    [Theory]
    [InlineData("contentDir = \"../outside\"")]
    [InlineData("contentDir = \"/etc\"")]
    public void A_content_folder_outside_the_site_is_refused(string setting)
    {
        Write(_site, "hugo.toml", "title = \"Bounds\"\n" + setting + "\n");

        var ex = Assert.Throws<InputException>(() => Import());

        Assert.Contains("'contentDir:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_that_is_a_symlink_is_refused()
    {
        Directory.Delete(Path.Combine(_site, "content"), recursive: true);
        Link("content", _secretDir, folder: true);

        var ex = Assert.Throws<InputException>(() => Import());

        Assert.Contains("symbolic link", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlinked_configuration_is_reported_and_not_read()
    {
        Write(_folder.Path, "outside.toml", "title = \"" + Secret + "\"\n");
        File.Delete(Path.Combine(_site, "hugo.toml"));
        Link("hugo.toml", _folder.Combine("outside.toml"));

        var (site, _, diagnostics) = Import();

        Assert.NotEqual(Secret, site.Site.Title);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG007");
    }

    [Fact]
    public void A_folder_with_neither_configuration_nor_content_is_not_a_hugo_site()
    {
        using var folder = Corpus.NewTempFolder();
        Write(folder.Path, "notes/readme.md", "---\ntitle: Just a file\n---\n");

        var ex = Assert.Throws<InputException>(() => new HugoImporter().Open([folder.Path], new DiagnosticBag()));

        Assert.Contains("hugo.toml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("content", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> BrokenFrontMatter => new()
    {
        "---\ntitle: Broken\ntags: [a, \n---\nBody.\n",
        "---\ntitle: Broken\ntags: [a, \ndate: 2020-01-01\n---\nBody.\n",
        "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n---\nBody.\n",
        "+++\ntitle = \"Broken\"\ntags = [\"a\", \n+++\nBody.\n",
        "+++\ntitle = \"Deep\"\nx = " + new string('[', 100_000) + "\n+++\nBody.\n",
        "+++\ntitle = \"Deep\"\nx = " + string.Concat(Enumerable.Repeat("{a = ", 100_000)) + "\n+++\nBody.\n",
        "{\"title\": \"Deep\", \"x\": " + new string('[', 100_000) + "\n}\nBody.\n",
        "{\"title\": \"Broken\", \"tags\": [\"a\", \n}\nBody.\n",
    };

    [Theory]
    [MemberData(nameof(BrokenFrontMatter))]
    public void Front_matter_that_cannot_be_read_fails_only_its_item(string text)
    {
        Write(_site, "content/posts/broken.md", text);

        var (_, items, _) = Import();

        var failed = Assert.IsType<UnreadableItem>(items.Single(i => i.Source.ItemId == "posts/broken.md"));
        Assert.Equal("HUG001", failed.Error.Code);
        Assert.IsType<ReadPost>(items.Single(i => i.Source.ItemId == "posts/real.md"));
    }

    public static TheoryData<string, string> ConfigurationsPastTheLimits => new()
    {
        { "hugo.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n" },
        { "hugo.toml", "title = \"x\"\nbig = \"" + new string('x', 2 << 20) + "\"\n" },
    };

    [Theory]
    [MemberData(nameof(ConfigurationsPastTheLimits))]
    public void A_configuration_past_the_limits_is_refused_as_input(string name, string text)
    {
        File.Delete(Path.Combine(_site, "hugo.toml"));
        Write(_site, name, text);

        var ex = Assert.Throws<InputException>(() => Import());

        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hugo.toml", "title = \"x\"\ndeep = ", "")]
    [InlineData("hugo.json", "{\"title\": \"x\", \"deep\": ", "}")]
    public void A_configuration_nested_too_deep_is_reported_and_the_site_read(string name, string head, string tail)
    {
        File.Delete(Path.Combine(_site, "hugo.toml"));
        Write(_site, name, head + new string('[', 100_000) + tail + "\n");

        var (_, items, diagnostics) = Import();

        Assert.Contains(diagnostics.Items, d => d.Code == "HUG002");
        Assert.IsType<ReadPost>(Assert.Single(items));
    }
}
