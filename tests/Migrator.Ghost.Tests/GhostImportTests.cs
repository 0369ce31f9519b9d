using Migrator.Core.Diagnostics;
using Migrator.Core.Input;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Ghost.Import;
using Migrator.Testing;

namespace Migrator.Ghost.Tests;

/// <summary>
/// The Ghost reader: a real Ghost 6 export (exports/, see README.md), and the shapes of older exports (bodies only as
/// mobiledoc or Lexical, the permalinks setting, numeric ids and dates of Ghost 0.x), one item per entry of posts.
/// </summary>
public sealed class GhostImportTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "exports", name);

    private static (Site Site, List<SourceItem> Items, DiagnosticBag Diagnostics) Read(string file)
    {
        var diagnostics = new DiagnosticBag();
        var site = new GhostImporter().Open([file], diagnostics);
        return (site.Site, site.Items.ToList(), diagnostics);
    }

    private static string Write(TempFolder temp, string json)
    {
        var file = temp.Combine("site.ghost.json");
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public void A_Ghost_6_export_reads_its_post_and_page_with_tags_authors_and_html()
    {
        var file = Fixture("ghost-6.65.0-default-content.ghost.json");
        Assert.True(new GhostImporter().CanRead(file));
        var (site, items, diagnostics) = Read(file);
        Assert.Equal("Ghost 6 default content", site.Title);
        Assert.Equal("Ghost 6.65.0", site.SourceVersion);
        Assert.Equal("Etc/UTC", site.TimeZone);
        Assert.Equal([new Term(Taxonomies.Tag, "news", "News") { Description = null }], site.Terms.Select(t => t with { Id = null }));
        var posts = items.Cast<ReadPost>().Select(r => r.Post).ToList();
        Assert.Equal([("post", "coming-soon", "/coming-soon/"), ("page", "about", "/about/")], posts.Select(p => (p.Type, p.Slug, p.Link)));
        Assert.All(posts, p => Assert.Equal(PublicationStatus.Published, p.Status));
        Assert.All(posts, p => Assert.Equal("ghost-owner", p.Author));
        Assert.All(posts, p => Assert.Equal(BodyFormat.Html, p.Content.Format));
        Assert.Contains("<p>", posts[0].Content.Text, StringComparison.Ordinal);
        Assert.Equal([new TermRef(Taxonomies.Tag, "news", "News")], posts[0].Terms);
        Assert.NotNull(posts[0].Date);
        Assert.Empty(diagnostics.Items);
    }

    private const string Old = """
        {"db":[{"meta":{"exported_on":1388318311015,"version":"1.25.0"},"data":{
          "settings":[{"key":"title","value":"Old Ghost"},{"key":"permalinks","value":"/:year/:month/:day/:slug/"}],
          "users":[{"id":1,"name":"Ann","slug":"ann","email":"ann@example.com"}],
          "tags":[{"id":1,"name":"Getting Started","slug":"getting-started"},{"id":2,"name":"#hidden","slug":"hash-hidden","visibility":"internal"}],
          "posts":[
            {"id":1,"title":"Welcome","slug":"welcome","markdown":"Hello *there*.","html":"","page":0,"status":"published","author_id":1,"published_at":1388318310783,"featured":1},
            {"id":2,"title":"Mobiledoc only","slug":"mobiledoc-only","page":false,"status":"published","published_at":"2018-03-04T05:06:07.000Z",
             "mobiledoc":"{\"version\":\"0.3.1\",\"atoms\":[],\"markups\":[[\"a\",[\"href\",\"http://x.example/\"]],[\"strong\"]],\"cards\":[[\"markdown\",{\"markdown\":\"# Title\"}],[\"gallery\",{}]],\"sections\":[[1,\"p\",[[0,[0],0,\"a link\"],[0,[1],2,\" bold\"]]],[10,0],[10,1],[3,\"ul\",[[[0,[],0,\"one\"]]]]]}"},
            {"id":3,"title":"About","slug":"about","page":1,"status":"draft","html":"<p>About.</p>"},
            {"id":4,"title":"Members","slug":"members","status":"published","visibility":"members","html":"<p>Paid.</p>","published_at":"2019-01-01T00:00:00.000Z"},
            {"id":5,"title":"Lexical","slug":"lexical","status":"sent","html":null,
             "lexical":"{\"root\":{\"type\":\"root\",\"children\":[{\"type\":\"heading\",\"tag\":\"h3\",\"children\":[{\"type\":\"text\",\"text\":\"Head\",\"format\":0}]},{\"type\":\"paragraph\",\"children\":[{\"type\":\"text\",\"text\":\"a < b\",\"format\":3},{\"type\":\"link\",\"url\":\"http://y.example/\",\"children\":[{\"type\":\"text\",\"text\":\"y\",\"format\":0}]}]},{\"type\":\"image\",\"src\":\"/content/images/a.png\",\"alt\":\"A\"},{\"type\":\"callout\",\"calloutText\":\"x\"}]}}"},
            "not an object",
            {"id":7,"title":"Odd","slug":"odd","status":"archived","html":"<p>x</p>"}
          ],
          "posts_tags":[{"post_id":1,"tag_id":2,"sort_order":1},{"post_id":1,"tag_id":1,"sort_order":0}]
        }}]}
        """;

    [Fact]
    public void Older_exports_read_with_their_permalinks_statuses_and_editor_documents()
    {
        using var temp = Corpus.NewTempFolder();
        var (site, items, _) = Read(Write(temp, Old));
        Assert.Equal("Old Ghost", site.Title);
        Assert.Equal(7, items.Count);
        var posts = items.OfType<ReadPost>().ToDictionary(r => r.Post.Slug);

        var welcome = posts["welcome"].Post;
        Assert.Equal("/2013/12/29/welcome/", welcome.Link);
        Assert.Equal(1, welcome.Id);
        Assert.Equal("ann", welcome.Author);
        Assert.True(welcome.Sticky);
        Assert.Equal(new Body("Hello *there*.", BodyFormat.Markdown), welcome.Content);
        Assert.Equal([new TermRef(Taxonomies.Tag, "getting-started", "Getting Started")], welcome.Terms);
        Assert.Equal(["#hidden"], Assert.IsType<List<object?>>(welcome.Extra.Single(e => e.Key == "ghost_internal_tags").Value));

        var mobiledoc = posts["mobiledoc-only"];
        Assert.Equal("<p><a href=\"http://x.example/\">a link<strong> bold</strong></a></p>\n<h1>Title</h1>\n<ul><li>one</li></ul>\n", mobiledoc.Post.Content.Text);
        Assert.Contains(mobiledoc.Diagnostics, d => d.Code == "GHO103" && d.Message.Contains("gallery", StringComparison.Ordinal));
        Assert.Contains(mobiledoc.Post.Extra, e => e.Key == "ghost_mobiledoc");

        Assert.Equal((PostTypes.Page, PublicationStatus.Draft, "/about/"), (posts["about"].Post.Type, posts["about"].Post.Status, posts["about"].Post.Link));
        Assert.Equal(PublicationStatus.Private, posts["members"].Post.Status);
        Assert.Equal("published (visibility members)", posts["members"].Post.StatusWord);

        var lexical = posts["lexical"];
        Assert.Equal((PublicationStatus.Draft, "sent"), (lexical.Post.Status, lexical.Post.StatusWord));
        Assert.Equal("<h3>Head</h3>\n<p><strong><em>a &lt; b</em></strong><a href=\"http://y.example/\">y</a></p>\n<figure><img src=\"/content/images/a.png\" alt=\"A\"></figure>\n", lexical.Post.Content.Text);
        Assert.Contains(lexical.Diagnostics, d => d.Code == "GHO103" && d.Message.Contains("callout", StringComparison.Ordinal));

        var unreadable = Assert.Single(items.OfType<UnreadableItem>());
        Assert.Equal("GHO102", unreadable.Error.Code);
        Assert.Equal(PublicationStatus.Unknown, posts["odd"].Post.Status);
        Assert.Contains(posts["odd"].Diagnostics, d => d.Code == "GHO104");
    }

    [Theory]
    [InlineData("{\"posts\": []}")]
    [InlineData("{\"db\": [")]
    public void A_file_that_is_no_Ghost_export_is_refused(string json)
    {
        using var temp = Corpus.NewTempFolder();
        var file = Write(temp, json);
        var diagnostics = new DiagnosticBag();
        Assert.Throws<InputException>(() => new GhostImporter().Open([file], diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Code == "GHO101");
    }
}
