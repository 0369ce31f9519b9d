using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Import;
using Migrator.Testing;

namespace Migrator.Hugo.Tests.Import;

/// <summary>Reading a Hugo site into the model (docs/hugo.md#content-layout-and-bundles, docs/hugo.md#front-matter-fields).</summary>
public sealed class HugoImporterTests
{
    private static (ImportedSite Site, List<SourceItem> Items, DiagnosticBag Diagnostics) Import(TempFolder site)
    {
        var diagnostics = new DiagnosticBag();
        var imported = new HugoImporter().Open([site.Path], diagnostics);
        return (imported, imported.Items.ToList(), diagnostics);
    }

    private static TempFolder Site(string config, params (string Path, string Text)[] files)
    {
        var temp = Corpus.NewTempFolder();
        File.WriteAllText(temp.Combine("hugo.toml"), config);
        Directory.CreateDirectory(temp.Combine("content"));
        foreach (var (path, text) in files)
        {
            var full = temp.Combine(["content", .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return temp;
    }

    private static Post PostAt(List<SourceItem> items, string relativePath) =>
        Assert.IsType<ReadPost>(items.Single(i => i.Source.ItemId == relativePath)).Post;

    public static TheoryData<string> SameFrontMatterInEachSyntax => new()
    {
        "---\ntitle: \"Hello: World\"\ndate: 2020-01-02T10:00:00+01:00\ndraft: true\ncategories: [\"News\"]\ntags: [\"C#\", \"yes\"]\ndisqus_identifier: \"12 http://example.com/?p=12\"\ndisqus_url: \"http://example.com/2020/01/02/hello/\"\ndsq_thread_id: \"948010227\"\nwordpress_id: 12\nlayout: \"wide\"\nweight: 3\n---\nBody *text*.\n",
        "+++\ntitle = \"Hello: World\"\ndate = 2020-01-02T10:00:00+01:00\ndraft = true\ncategories = [\"News\"]\ntags = [\"C#\", \"yes\"]\ndisqus_identifier = \"12 http://example.com/?p=12\"\ndisqus_url = \"http://example.com/2020/01/02/hello/\"\ndsq_thread_id = \"948010227\"\nwordpress_id = 12\nlayout = \"wide\"\nweight = 3\n+++\nBody *text*.\n",
        "{\n\"title\": \"Hello: World\",\n\"date\": \"2020-01-02T10:00:00+01:00\",\n\"draft\": true,\n\"categories\": [\"News\"],\n\"tags\": [\"C#\", \"yes\"],\n\"disqus_identifier\": \"12 http://example.com/?p=12\",\n\"disqus_url\": \"http://example.com/2020/01/02/hello/\",\n\"dsq_thread_id\": \"948010227\",\n\"wordpress_id\": 12,\n\"layout\": \"wide\",\n\"weight\": 3\n}\nBody *text*.\n",
    };

    [Theory]
    [MemberData(nameof(SameFrontMatterInEachSyntax))]
    public void Yaml_toml_and_json_front_matter_read_into_the_same_model(string text)
    {
        using var site = Site("baseURL = \"http://example.com/\"\n", ("posts/hello.md", text));
        var post = PostAt(Import(site).Items, "posts/hello.md");
        Assert.Equal("Hello: World", post.Title);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)), post.Date);
        Assert.Equal(TimeSpan.FromHours(1), post.Date!.Value.Offset);
        Assert.Equal(PublicationStatus.Draft, post.Status);
        Assert.Equal(PostTypes.Post, post.Type);
        Assert.Equal("hello", post.Slug);
        Assert.Equal(12, post.Id);
        Assert.Equal(["category:News", "post_tag:C#", "post_tag:yes"], post.Terms.Select(t => $"{t.Taxonomy}:{t.Name}"));
        Assert.Equal(new ThreadIdentity(post.Thread!.ThreadIds, "12 http://example.com/?p=12", "http://example.com/2020/01/02/hello/"), post.Thread);
        Assert.Equal(["948010227"], post.Thread.ThreadIds);
        Assert.Empty(post.Meta);
        Assert.Equal(["layout=wide", "weight=3"], post.Extra.Select(e => $"{e.Key}={e.Value}"));
        Assert.Equal(new Body("Body *text*.\n", BodyFormat.Markdown, ".md"), post.Content);
        Assert.Equal("http://example.com/posts/hello/", post.Link);
    }

    [Theory]
    // An offset in the value wins over the configured zone.
    [InlineData("timeZone = \"Europe/Berlin\"\n", "2020-07-01T10:00:00-05:00", "2020-07-01T10:00:00-05:00")]
    [InlineData("timeZone = \"Europe/Berlin\"\n", "2020-07-01T10:00:00Z", "2020-07-01T10:00:00+00:00")]
    [InlineData("timeZone = \"Europe/Berlin\"\n", "2020-07-01T10:00:00-0500", "2020-07-01T10:00:00-05:00")]
    // Without an offset: the configured zone, with its daylight saving time.
    [InlineData("timeZone = \"Europe/Berlin\"\n", "2020-01-02T10:00:00", "2020-01-02T10:00:00+01:00")]
    [InlineData("timeZone = \"Europe/Berlin\"\n", "2020-07-01 10:00:00", "2020-07-01T10:00:00+02:00")]
    [InlineData("timeZone = \"Europe/Berlin\"\n", "2020-07-01", "2020-07-01T00:00:00+02:00")]
    // Without either: UTC, not the machine's zone (docs/hugo.md#dates).
    [InlineData("", "2020-01-02T10:00:00", "2020-01-02T10:00:00+00:00")]
    [InlineData("", "15 Oct 2023", "2023-10-15T00:00:00+00:00")]
    public void Dates_take_the_value_offset_then_the_config_time_zone_then_UTC(string config, string date, string expected)
    {
        using var site = Site(config, ("posts/a.md", $"---\ndate: \"{date}\"\n---\n"));
        var post = PostAt(Import(site).Items, "posts/a.md");
        Assert.Equal(expected, HugoDates.Format(post.Date!.Value));
    }

    [Fact]
    public void Without_a_slug_a_post_is_named_by_the_last_segment_of_the_URL_hugo_gives_it()
    {
        using var site = Site("[permalinks]\nposts = \"/:year/:month/:slug/\"\n",
            ("posts/file-name.md", "---\ntitle: \"Quoted Post Title\"\ndate: 2022-05-01\n---\n"),
            ("posts/own.md", "---\ntitle: \"X\"\nslug: own-slug\ndate: 2022-05-01\n---\n"));
        var items = Import(site).Items;
        var post = PostAt(items, "posts/file-name.md");
        Assert.EndsWith("/2022/05/quoted-post-title/", post.Link, StringComparison.Ordinal);
        Assert.Equal("quoted-post-title", post.Slug);
        Assert.Equal("own-slug", PostAt(items, "posts/own.md").Slug);
    }

    [Fact]
    public void Front_matter_type_naming_a_layout_keeps_a_post_a_post_and_is_kept_as_a_field()
    {
        using var site = Site("",
            ("posts/layout.md", "---\ntitle: A\ndate: 2020-01-01\ntype: article\n---\n"),
            ("posts/plain.md", "---\ntitle: B\ndate: 2020-01-01\ntype: post\n---\n"),
            ("books/dune.md", "---\ntitle: C\ndate: 2020-01-01\ntype: books\n---\n"),
            ("about/team.md", "---\ntitle: D\ndate: 2020-01-01\ntype: page\n---\n"));
        var items = Import(site).Items;
        var layout = PostAt(items, "posts/layout.md");
        Assert.Equal("post", layout.Type);
        Assert.Contains(layout.Extra, e => e.Key == "type" && Equals(e.Value, "article"));
        Assert.Equal("post", PostAt(items, "posts/plain.md").Type);
        Assert.Equal("books", PostAt(items, "books/dune.md").Type);
        Assert.Equal("page", PostAt(items, "about/team.md").Type);
    }

    [Fact]
    public void The_site_lists_every_term_its_pages_name_once()
    {
        using var site = Site("",
            ("posts/a.md", "---\ntitle: A\ndate: 2020-01-01\ncategories: [News, Tech]\ntags: [go]\n---\n"),
            ("posts/b.md", "+++\ntitle = \"B\"\ndate = 2020-01-02\ncategories = [\"News\"]\n+++\n"));
        var terms = Import(site).Site.Site.Terms;
        Assert.Equal([(Taxonomies.Category, "news", "News"), (Taxonomies.Category, "tech", "Tech"), (Taxonomies.Tag, "go", "go")],
            terms.Select(t => (t.Taxonomy, t.Slug, t.Name)));
    }

    [Fact]
    public void Pages_hugo_does_not_render_are_read_as_drafts_and_reported()
    {
        using var site = Site("",
            ("posts/expired.md", "---\ntitle: E\ndate: 2020-01-01\nexpiryDate: 2021-01-01\n---\n"),
            ("posts/never.md", "---\ntitle: N\ndate: 2020-01-01\n_build:\n  render: never\n---\n"),
            ("posts/headless.md", "+++\ntitle = \"H\"\ndate = 2020-01-01\nheadless = true\n+++\n"),
            ("posts/live.md", "---\ntitle: L\ndate: 2020-01-01\nexpiryDate: 2999-01-01\n---\n"));
        var items = Import(site).Items;
        foreach (var path in new[] { "posts/expired.md", "posts/never.md", "posts/headless.md" })
        {
            Assert.Equal(PublicationStatus.Draft, PostAt(items, path).Status);
            Assert.Contains(((ReadPost)items.Single(i => i.Source.ItemId == path)).Diagnostics, d => d.Code == "HUG023");
        }
        Assert.Equal(PublicationStatus.Published, PostAt(items, "posts/live.md").Status);
    }

    [Fact]
    public void An_unquoted_toml_local_date_time_is_read_in_the_config_time_zone()
    {
        using var site = Site("timeZone = \"America/New_York\"\n", ("posts/a.md", "+++\ndate = 2020-01-02T10:00:00\nlastmod = 2020-01-03T10:00:00-05:00\n+++\n"));
        var post = PostAt(Import(site).Items, "posts/a.md");
        Assert.Equal("2020-01-02T10:00:00-05:00", HugoDates.Format(post.Date!.Value));
        Assert.Equal("2020-01-03T10:00:00-05:00", HugoDates.Format(post.Modified!.Value));
    }

    [Fact]
    public void A_date_hugo_cannot_parse_is_reported_and_kept_verbatim()
    {
        using var site = Site("", ("posts/a.md", "---\ndate: \"last tuesday\"\n---\n"));
        var (_, items, _) = Import(site);
        var read = Assert.IsType<ReadPost>(Assert.Single(items));
        Assert.Null(read.Post.Date);
        Assert.Contains(read.Diagnostics, d => d.Code == "HUG003");
        Assert.Equal(["date=last tuesday"], read.Post.Extra.Select(e => $"{e.Key}={e.Value}"));
    }

    [Fact]
    public void Urls_follow_permalinks_slug_url_and_lower_casing_as_Hugo_builds_them()
    {
        using var site = Site(
            "baseURL = \"https://example.com/blog/\"\n[permalinks]\nposts = \"/:year/:month/:slug/\"\n",
            ("posts/Hello-World.md", "---\ntitle: \"Hello World!\"\ndate: 2020-03-04T10:00:00+01:00\n---\n"),
            ("posts/with-slug.md", "---\ntitle: \"X\"\nslug: \"My Slug\"\ndate: 2020-03-04T10:00:00+01:00\n---\n"),
            ("posts/kept.md", "---\ntitle: \"Kept\"\nurl: \"/2019/Old-Path.html\"\n---\n"),
            ("notes/Big Idea/index.md", "---\ntitle: \"Idea\"\n---\n"),
            ("About.md", "---\ntitle: \"About\"\n---\n"),
            ("日本.md", "---\ntitle: \"Japan\"\n---\n"));
        var items = Import(site).Items;
        Assert.Equal("https://example.com/blog/2020/03/hello-world/", PostAt(items, "posts/Hello-World.md").Link);
        Assert.Equal("https://example.com/blog/2020/03/my-slug/", PostAt(items, "posts/with-slug.md").Link);
        Assert.Equal("https://example.com/blog/2019/Old-Path.html", PostAt(items, "posts/kept.md").Link);
        Assert.Equal("https://example.com/blog/notes/big-idea/", PostAt(items, "notes/Big Idea/index.md").Link);
        Assert.Equal("https://example.com/blog/about/", PostAt(items, "About.md").Link);
        Assert.Equal(PostTypes.Page, PostAt(items, "About.md").Type);
        Assert.Equal("https://example.com/blog/%E6%97%A5%E6%9C%AC/", PostAt(items, "日本.md").Link);
    }

    [Fact]
    public void DisablePathToLower_keeps_the_case_of_paths()
    {
        using var site = Site("disablePathToLower = true\n", ("posts/Hello-World.md", "---\ntitle: \"x\"\n---\n"));
        Assert.Equal("/posts/Hello-World/", PostAt(Import(site).Items, "posts/Hello-World.md").Link);
    }

    [Fact]
    public void A_leaf_bundle_is_one_page_and_its_other_files_are_resources()
    {
        using var site = Site("",
            ("posts/trip/index.md", "---\ntitle: \"Trip\"\n---\n"),
            ("posts/trip/notes.md", "---\ntitle: \"Not a page\"\n---\n"),
            ("posts/trip/photo.jpg", "jpg"));
        var items = Import(site).Items;
        var post = Assert.IsType<ReadPost>(Assert.Single(items)).Post;
        Assert.Equal("trip", post.Slug);
        Assert.Equal("/posts/trip/", post.Link);
    }

    [Fact]
    public void Section_pages_are_pages_when_they_have_content_and_ignored_items_when_empty()
    {
        using var site = Site("",
            ("about/_index.md", "---\ntitle: \"About\"\n---\nWho we are.\n"),
            ("posts/_index.md", "---\ntitle: \"Posts\"\n---\n"),
            ("posts/a.md", "---\ntitle: \"A\"\n---\n"));
        var (_, items, _) = Import(site);
        var about = PostAt(items, "about/_index.md");
        Assert.Equal(PostTypes.Page, about.Type);
        Assert.Equal("/about/", about.Link);
        var skipped = Assert.IsType<IgnoredItem>(items.Single(i => i.Source.ItemId == "posts/_index.md"));
        Assert.Equal("HUG004", skipped.Reason.Code);
        Assert.Equal("Posts", skipped.Title);
        Assert.Equal(3, items.Count);
    }

    [Theory]
    [InlineData("---\ntitle: \"ok\"\nbad: Foo: bar\n---\n", "YAML", 3)]
    [InlineData("+++\ntitle = \"ok\"\nbad = = 1\n+++\n", "TOML", 3)]
    [InlineData("{\n\"title\": \"ok\",\n\"x\": ,\n}\n", "JSON", 3)]
    public void A_page_whose_front_matter_cannot_be_read_fails_alone_with_its_line(string text, string syntax, int line)
    {
        using var site = Site("", ("posts/a-bad.md", text), ("posts/b-good.md", "---\ntitle: \"Good\"\n---\n"));
        var (_, items, _) = Import(site);
        var bad = Assert.IsType<UnreadableItem>(items[0]);
        Assert.Equal("HUG001", bad.Error.Code);
        Assert.Contains(syntax, bad.Error.Message, StringComparison.Ordinal);
        Assert.Equal(line, bad.Source.Line);
        Assert.Equal("Good", Assert.IsType<ReadPost>(items[1]).Post.Title);
    }

    [Fact]
    public void Unknown_keys_go_to_extra_in_source_order_and_meta_maps_back_to_meta()
    {
        using var site = Site("", ("posts/a.md",
            "---\ntitle: \"A\"\naliases: [\"/old/\"]\nmeta:\n  views: [\"12\", \"13\"]\n  enclosure: \"http://x/a.mp3\"\nparams:\n  hero: \"x.png\"\nsummary: \"Short\"\nauthor: \"ann\"\n---\n"));
        var post = PostAt(Import(site).Items, "posts/a.md");
        Assert.Equal(["aliases", "params"], post.Extra.Select(e => e.Key));
        Assert.Equal(["/old/"], Assert.IsType<List<object?>>(post.Extra[0].Value));
        Assert.Equal([new MetaEntry("views", "12"), new MetaEntry("views", "13"), new MetaEntry("enclosure", "http://x/a.mp3")], post.Meta);
        Assert.Equal("Short", post.Excerpt);
        Assert.Equal("ann", post.Author);
        Assert.Null(post.Thread);
    }

    [Fact]
    public void Site_settings_come_from_the_config()
    {
        using var site = Site("baseURL = \"https://example.com/\"\ntitle = \"My Site\"\nlanguageCode = \"de-de\"\ntimeZone = \"Europe/Berlin\"\ntheme = \"ananke\"\n[permalinks]\nposts = \"/:year/:slug/\"\n[params]\nsubtitle = \"x\"\n");
        var (read, _, diagnostics) = Import(site);
        var imported = read.Site;
        Assert.Equal("My Site", imported.Title);
        Assert.Equal("https://example.com/", imported.Url);
        Assert.Equal("de-de", imported.Language);
        Assert.Equal("Europe/Berlin", imported.TimeZone);
        Assert.Equal("/:year/:slug/", imported.Permalink);
        // Hugo's own settings (the theme) stay Hugo's; the site's parameters go on.
        Assert.Equal(["params"], imported.Extra.Select(e => e.Key));
        Assert.Contains("theme", Assert.Single(diagnostics.Items, d => d.Code == "HUG009").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_that_cannot_be_read_is_reported_and_the_content_still_imported()
    {
        using var site = Site("baseURL = \"x\"\ntitle = = 2\n", ("posts/a.md", "---\ntitle: \"A\"\n---\n"));
        var (imported, items, diagnostics) = Import(site);
        Assert.Contains(diagnostics.Items, d => d.Code == "HUG002" && d.Source!.Line == 2);
        Assert.Equal("", imported.Site.Title);
        Assert.Equal("A", Assert.IsType<ReadPost>(Assert.Single(items)).Post.Title);
    }

    [Fact]
    public void A_hugo_site_is_recognised_by_its_config_and_content_folder()
    {
        using var site = Site("");
        using var other = Corpus.NewTempFolder();
        File.WriteAllText(other.Combine("_config.yml"), "title: x\n");
        Directory.CreateDirectory(other.Combine("content"));
        Assert.True(new HugoImporter().CanRead(site.Path));
        Assert.False(new HugoImporter().CanRead(other.Path));
        Assert.False(new HugoImporter().CanRead(site.Combine("hugo.toml")));
    }

    // Hugo's configuration folder (docs/hugo.md#configuration): the root file, then config/_default/ over it (hugo.toml
    // at the root, every other file under its own key), then config/production/ over that; config/development/ is not
    // read by a build.
    [Fact]
    public void The_configuration_folder_is_merged_as_hugo_merges_it()
    {
        using var site = Corpus.NewTempFolder();
        void Write(string path, string text)
        {
            var full = site.Combine(path.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Write("hugo.toml", "title = \"Root\"\ntimeZone = \"Europe/Paris\"\n");
        Write("config/_default/hugo.toml", "title = \"Folder\"\ncontentDir = \"src\"\n");
        Write("config/_default/permalinks.yaml", "posts: /:year/:month/:slug/\nnotes: /n/:slug/\n");
        Write("config/_default/taxonomies.json", "{\"series\": \"series\", \"tag\": \"tags\"}");
        Write("config/_default/params.toml", "subtitle = \"Sub\"\n");
        Write("config/production/permalinks.toml", "posts = \"/:year/:slug/\"\n");
        Write("config/development/hugo.toml", "title = \"Development\"\n");
        Write("src/posts/a.md", "---\ntitle: A\ndate: 2021-05-06T00:00:00Z\nseries: [\"S\"]\n---\n");
        Write("src/notes/b.md", "---\ntitle: B\n---\n");

        Assert.True(new HugoImporter().CanRead(site.Path));
        var (read, items, _) = Import(site);
        Assert.Equal("Folder", read.Site.Title);
        Assert.Equal("Europe/Paris", read.Site.TimeZone);
        Assert.Equal("/2021/a/", new Uri(PostAt(items, "posts/a.md").Link!).AbsolutePath);
        Assert.Equal("/n/b/", new Uri(PostAt(items, "notes/b.md").Link!).AbsolutePath);
        Assert.Equal(["S"], PostAt(items, "posts/a.md").Terms.Where(t => t.Taxonomy == "series").Select(t => t.Name));
        Assert.Equal(["params"], read.Site.Extra.Select(e => e.Key));
        Assert.Equal(6, read.Site.SourceFiles.Count); // the root file, four in _default, one in production
    }

    // A multilingual site: the languages are reported, each page keeps its language, and a page in another language than
    // the default one is served under /<language>/ (the real build is in HugoToJekyllSiteTests).
    [Fact]
    public void A_multilingual_site_reports_its_languages_and_each_page_keeps_its_own()
    {
        using var site = Site("defaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n",
            ("posts/a.md", "---\ntitle: A\n---\n"), ("posts/a.fr.md", "---\ntitle: Un\n---\n"));
        var (_, items, diagnostics) = Import(site);
        Assert.Contains("'en', 'fr'", Assert.Single(diagnostics.Items, d => d.Code == "HUG008").Message, StringComparison.Ordinal);
        var english = PostAt(items, "posts/a.md");
        var french = PostAt(items, "posts/a.fr.md");
        Assert.Equal(("/posts/a/", "en"), (new Uri(english.Link!).AbsolutePath, english.Extra.Single(e => e.Key == "lang").Value));
        Assert.Equal(("/fr/posts/a/", "fr"), (new Uri(french.Link!).AbsolutePath, french.Extra.Single(e => e.Key == "lang").Value));
        Assert.Equal("a", french.Slug);
    }
}
