using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Import;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>A small site exercising config, defaults, nested posts, drafts, pages, collections and damaged files.</summary>
public sealed class JekyllImporterSiteTests : IDisposable
{
    private const string Config = """
        # Site settings
        title: "Sample Blog"
        description: A sample
        url: "https://example.com"
        baseurl: "/blog"
        timezone: America/New_York
        permalink: /:categories/:year/:month/:day/:title/
        excerpt_separator: "<!--more-->"
        exclude: [old-drafts]
        collections:
          recipes:
            output: true
            permalink: /recipes/:path/
          hidden:
            output: false
        defaults:
          - scope:
              path: ""
              type: posts
            values:
              layout: post
              author: ann
          - scope:
              path: "news"
            values:
              permalink: /news/:title/
        """;

    private const string JekyllImportDebris = """
        ---
        layout: post
        title: Django FormWizard and Formsets
        date: 2009-09-01 08:47:28.000000000 +01:00
        type: post
        parent_id: '0'
        published: true
        password: ''
        status: publish
        categories:
        - Technology
        tags: []
        meta:
          _edit_last: '1'
          dsq_thread_id: '349155932'
        author:
          login: andy
          email: andy@example.com
          display_name: andylockran
          first_name: Andy
          last_name: Loughran
        wordpress_id: 42
        wordpress_url: http://example.com/?p=42
        disqus_identifier: 42 http://example.com/?p=42
        ---
        <p>Hi</p>

        """;

    private readonly TempFolder _folder = Corpus.NewTempFolder();
    private readonly ImportRun _run;

    public JekyllImporterSiteTests()
    {
        var root = _folder.Path;
        ImportRun.Write(root, "_config.yml", Config);
        ImportRun.Write(root, "_posts/2020-01-01-new-year.md", "---\ntitle: \"New year\"\ndate: 2020-01-01 01:30:00 +0100\n---\nSee {% post_url 2020-02-03-nested %} and [about]({% link about.md %}).\n");
        ImportRun.Write(root, "blog/_posts/2020-02-03-nested.md", "---\ncategories: [Tech]\nauthor: bob\n---\nNested.\n");
        ImportRun.Write(root, "news/_posts/2020-03-01-item.md", "---\ntitle: News item\n---\nNews.\n");
        ImportRun.Write(root, "_posts/sub/2020-04-01-deep.md", "---\ntitle: Deep\n---\nDeep.\n");
        ImportRun.Write(root, "_posts/notes.md", "---\ntitle: Notes\n---\nNot a post.\n");
        ImportRun.Write(root, "_posts/2020-05-01-bad.md", "---\ntitle: Foo: bar\n---\nBad.\n");
        ImportRun.Write(root, "_posts/2009-09-01-debris.html", JekyllImportDebris);
        var draft = ImportRun.Write(root, "_drafts/idea.md", "---\ntitle: An idea\n---\nLater.\n");
        File.SetLastWriteTimeUtc(draft, new DateTime(2021, 6, 1, 12, 0, 0, DateTimeKind.Utc));
        ImportRun.Write(root, "about.md", "---\ntitle: About\n---\nAbout us.\n");
        ImportRun.Write(root, "index.html", "---\nlayout: home\n---\n");
        ImportRun.Write(root, "assets/logo.png", "PNG");
        ImportRun.Write(root, "assets/readme.md", "no front matter: a static file\n");
        ImportRun.Write(root, "_recipes/soup.md", "---\ntitle: Soup\n---\nBoil.\n");
        ImportRun.Write(root, "_hidden/secret.md", "---\ntitle: Secret\n---\nHidden.\n");
        ImportRun.Write(root, "old-drafts/x.md", "---\ntitle: Excluded\n---\n");
        ImportRun.Write(root, "vendor/bundle/gem.md", "---\ntitle: Vendor\n---\n");
        ImportRun.Write(root, "_site/2020/index.html", "---\ntitle: Built\n---\n");
        _run = ImportRun.Of(root);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Config_gives_the_site_header_and_keeps_the_other_keys()
    {
        Assert.Equal("Sample Blog", _run.Site.Title);
        Assert.Equal("A sample", _run.Site.Description);
        Assert.Equal("https://example.com/blog", _run.Site.Url);
        Assert.Equal("America/New_York", _run.Site.TimeZone);
        Assert.Equal("/:categories/:year/:month/:day/:title/", _run.Site.Permalink);
        Assert.Equal(["baseurl", "excerpt_separator", "exclude", "collections", "defaults"], _run.Site.Extra.Select(kv => kv.Key));
    }

    [Fact]
    public void Every_item_file_gives_one_item_and_nothing_else_does()
    {
        Assert.Equal(
            [
                "_posts/2009-09-01-debris.html", "_posts/2020-01-01-new-year.md", "_posts/2020-05-01-bad.md", "_posts/notes.md",
                "_posts/sub/2020-04-01-deep.md", "_drafts/idea.md", "about.md", "blog/_posts/2020-02-03-nested.md", "index.html",
                "news/_posts/2020-03-01-item.md", "_recipes/soup.md", "_hidden/secret.md",
            ],
            _run.Items.Select(i => i.Source.ItemId));
    }

    [Fact]
    public void A_date_with_an_offset_is_shown_in_the_site_zone_before_the_URL_is_built()
    {
        var post = _run.Post("_posts/2020-01-01-new-year.md");
        Assert.Equal(new DateTimeOffset(2019, 12, 31, 19, 30, 0, TimeSpan.FromHours(-5)), post.Date);
        Assert.Equal("https://example.com/blog/2019/12/31/new-year/", post.Link);
        Assert.Equal("new-year", post.Slug);
    }

    [Fact]
    public void Folders_above_posts_are_categories_and_folders_below_are_not()
    {
        var nested = _run.Post("blog/_posts/2020-02-03-nested.md");
        Assert.Equal(["blog", "Tech"], nested.TermsOf(Taxonomies.Category).Select(t => t.Name));
        Assert.Equal("https://example.com/blog/blog/tech/2020/02/03/nested/", nested.Link);
        Assert.Equal("Nested", nested.Title);

        var deep = _run.Post("_posts/sub/2020-04-01-deep.md");
        Assert.Empty(deep.TermsOf(Taxonomies.Category));
        Assert.Equal("https://example.com/blog/2020/04/01/deep/", deep.Link);
    }

    [Fact]
    public void Defaults_apply_by_path_and_type_and_front_matter_wins()
    {
        var item = _run.Post("news/_posts/2020-03-01-item.md");
        Assert.Equal("https://example.com/blog/news/item/", item.Link);
        Assert.Equal("ann", item.Author);
        Assert.DoesNotContain(item.Extra, kv => kv.Key == "layout");

        Assert.Equal("bob", _run.Post("blog/_posts/2020-02-03-nested.md").Author);
        Assert.Null(_run.Post("about.md").Author);
    }

    [Fact]
    public void A_file_in_posts_without_a_dated_name_is_reported_as_not_read_by_Jekyll()
    {
        var item = Assert.IsType<IgnoredItem>(_run.Item("_posts/notes.md"));
        Assert.Equal("JKL010", item.Reason.Code);
        Assert.Equal("post", item.Type);
    }

    [Fact]
    public void A_post_with_bad_YAML_fails_alone_with_the_line_of_the_error()
    {
        var item = Assert.IsType<UnreadableItem>(_run.Item("_posts/2020-05-01-bad.md"));
        Assert.Equal("JKL012", item.Error.Code);
        Assert.Equal(2, item.Source.Line);
        Assert.EndsWith("2020-05-01-bad.md", item.Source.File, StringComparison.Ordinal);
        Assert.Equal(9, _run.Items.OfType<ReadPost>().Count());
    }

    [Fact]
    public void A_draft_is_dated_by_its_file_time_and_reported()
    {
        var read = _run.Read("_drafts/idea.md");
        Assert.Equal(PublicationStatus.Draft, read.Post.Status);
        Assert.Equal("draft", read.Post.StatusWord);
        Assert.Equal(new DateTimeOffset(2021, 6, 1, 8, 0, 0, TimeSpan.FromHours(-4)), read.Post.Date);
        Assert.True(read.Post.DateIsFloating);
        Assert.Contains("JKL023", read.Diagnostics.Select(d => d.Code));
        Assert.Equal("https://example.com/blog/2021/06/01/idea/", read.Post.Link);
    }

    [Fact]
    public void Pages_get_page_URLs()
    {
        var about = _run.Post("about.md");
        Assert.Equal(PostTypes.Page, about.Type);
        Assert.Equal("https://example.com/blog/about/", about.Link);
        var index = _run.Post("index.html");
        Assert.Equal("https://example.com/blog/", index.Link);
        Assert.Equal("", index.Title);
    }

    /// <summary>A small site of the given files (a plain <c>_config.yml</c> unless one is given), read at once.</summary>
    private static ImportRun SmallSite(params (string Path, string Text)[] files)
    {
        using var temp = Migrator.Testing.Corpus.NewTempFolder();
        ImportRun.Write(temp.Path, "_config.yml", "title: T\n");
        foreach (var (path, text) in files)
            ImportRun.Write(temp.Path, path, text);
        return ImportRun.Of(temp.Path);
    }

    [Fact]
    public void A_page_is_named_by_the_last_segment_of_its_URL_as_WordPress_names_pages()
    {
        var run = SmallSite(
            ("about/index.html", "---\ntitle: About\n---\nx\n"),
            ("docs/guide.md", "---\ntitle: Guide\n---\nx\n"),
            ("contact.md", "---\ntitle: Contact\nslug: reach-us\n---\nx\n"),
            ("index.md", "---\ntitle: Home\n---\nx\n"));
        Assert.Equal("about", run.Post("about/index.html").Slug);
        Assert.Equal("guide", run.Post("docs/guide.md").Slug);
        Assert.Equal("reach-us", run.Post("contact.md").Slug);
        Assert.Equal("index", run.Post("index.md").Slug);
    }

    [Fact]
    public void A_key_given_twice_in_front_matter_takes_the_later_value_as_Jekyll_does_and_is_reported()
    {
        var run = SmallSite(
            ("_posts/2023-10-01-dup.md", "---\ntitle: First\ntags:\n  - a\ntitle: Second\ntags: [b]\n---\nBody.\n"));
        var post = run.Post("_posts/2023-10-01-dup.md");
        Assert.Equal("Second", post.Title);
        Assert.Equal(["b"], post.Terms.Where(t => t.Taxonomy == Taxonomies.Tag).Select(t => t.Name));
        Assert.Equal(["JKL045", "JKL045"], run.Codes("_posts/2023-10-01-dup.md").Where(c => c == "JKL045"));
        Assert.Equal("Body.\n", post.Content.Text);
    }

    [Fact]
    public void A_numeric_tag_keeps_the_text_Jekyll_shows()
    {
        var run = SmallSite(
            ("_posts/2023-01-01-v.md", "---\ntitle: V\ntags: [3.0, 2, 1.5]\n---\nx\n"));
        var post = run.Post("_posts/2023-01-01-v.md");
        Assert.Equal(["3.0", "2", "1.5"], post.Terms.Where(t => t.Taxonomy == Taxonomies.Tag).Select(t => t.Name));
    }

    [Fact]
    public void A_post_without_an_author_has_the_sites_author()
    {
        var run = SmallSite(
            ("_config.yml", "title: T\nauthor: Jane Jekyll\n"),
            ("_posts/2023-01-01-a.md", "---\ntitle: A\n---\nx\n"),
            ("_posts/2023-01-02-b.md", "---\ntitle: B\nauthor: bob\n---\nx\n"));
        Assert.Equal("Jane Jekyll", run.Post("_posts/2023-01-01-a.md").Author);
        Assert.Equal("bob", run.Post("_posts/2023-01-02-b.md").Author);
        Assert.Equal(2, run.Site.Authors.Count);
    }

    [Fact]
    public void Terms_that_differ_only_in_case_are_one_term_as_in_WordPress()
    {
        var run = SmallSite(
            ("_posts/2023-01-01-a.md", "---\ntitle: A\ncategories: [Tech]\n---\nx\n"),
            ("_posts/2023-01-02-b.md", "---\ntitle: B\ncategories: [tech]\n---\nx\n"));
        var terms = run.Site.Terms.Where(t => t.Taxonomy == Taxonomies.Category).ToList();
        Assert.Equal("Tech", Assert.Single(terms).Name);
    }

    [Fact]
    public void Collection_documents_with_output_become_items_of_their_type()
    {
        var soup = _run.Post("_recipes/soup.md");
        Assert.Equal("recipes", soup.Type);
        Assert.Equal("https://example.com/blog/recipes/soup/", soup.Link);
    }

    [Fact]
    public void A_document_of_a_collection_jekyll_does_not_write_is_a_skipped_item_with_its_reason()
    {
        var hidden = Assert.IsType<IgnoredItem>(_run.Item("_hidden/secret.md"));
        Assert.Equal("JKL006", hidden.Reason.Code);
        Assert.Equal("hidden", hidden.Type);
    }

    [Fact]
    public void Jekyll_import_debris_maps_into_the_model()
    {
        var post = _run.Post("_posts/2009-09-01-debris.html");
        Assert.Equal(42, post.Id);
        Assert.Equal("http://example.com/?p=42", post.Guid);
        Assert.Equal(new DateTimeOffset(2009, 9, 1, 3, 47, 28, TimeSpan.FromHours(-4)), post.Date);
        Assert.Equal("https://example.com/blog/technology/2009/09/01/debris/", post.Link);
        Assert.Equal([new MetaEntry("_edit_last", "1"), new MetaEntry("dsq_thread_id", "349155932")], post.Meta);
        Assert.Equal("andy", post.Author);
        Assert.Equal("42 http://example.com/?p=42", post.Thread!.Identifier);
        Assert.Null(post.Thread.Url);
        Assert.Empty(post.Thread.ThreadIds);
        Assert.Equal("", post.Password);
        Assert.Equal(PublicationStatus.Published, post.Status);
        Assert.Equal(["layout", "type", "parent_id"], post.Extra.Select(kv => kv.Key));
        Assert.Equal(new Body("<p>Hi</p>\n", BodyFormat.Html, ".html"), post.Content);
        Assert.Equal(File.ReadAllText(_folder.Combine("_posts", "2009-09-01-debris.html")), post.Leftover<JekyllSourceText>()?.Text);

        var andy = Assert.Single(_run.Site.Authors, a => a.Login == "andy");
        Assert.Equal("andy@example.com", andy.Email);
        Assert.Equal("andylockran", andy.DisplayName);
        Assert.Contains(_run.Site.Authors, a => a.Login == "ann");
    }

    [Fact]
    public void Post_url_and_link_tags_become_URLs_with_the_baseurl()
    {
        var post = _run.Post("_posts/2020-01-01-new-year.md");
        Assert.Equal("See /blog/blog/tech/2020/02/03/nested/ and [about](/blog/about/).\n", post.Content.Text);
        Assert.Equal(BodyFormat.Markdown, post.Content.Format);
    }

    [Fact]
    public void Site_terms_collect_every_category_and_tag()
    {
        Assert.Equal(["Technology", "blog", "Tech", "news"],
            _run.Site.Terms.Where(t => t.Taxonomy == Taxonomies.Category).Select(t => t.Name));
    }

    [Fact]
    public void A_single_post_file_is_an_input_too()
    {
        var importer = new JekyllImporter(() => ImportRun.Now);
        var path = _folder.Combine("_posts", "2020-01-01-new-year.md");
        Assert.True(importer.CanRead(path));
        Assert.True(importer.CanRead(_folder.Path));
        Assert.False(importer.CanRead(_folder.Combine("assets", "logo.png")));

        var run = ImportRun.Of(path);
        var post = Assert.Single(run.Posts);
        Assert.Equal("https://example.com/blog/2019/12/31/new-year/", post.Link);
    }
}
