using Migrator.Core.FrontMatter;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Tests.Export;

public sealed class FrontMatterTests
{
    private static string FrontMatterOf(ExportRun run, int index = 0)
    {
        var text = run.Read(run.Written(index).OutputPath);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return text[..(end + 5)];
    }

    [Fact]
    public void A_classic_post_has_its_keys_in_the_documented_order()
    {
        var post = TestPosts.Post(85, "hello-world", "Hello world") with
        {
            Terms =
            [
                new TermRef("category", "news", "News"),
                new TermRef("post_tag", "tips-tricks", "Tips & Tricks"),
                new TermRef("category", "social-networking", "Social Networking"),
            ],
            Excerpt = "Short.",
            Thread = new ThreadIdentity(["948010227"], "85 http://example.com/?p=85", "http://example.com/2020/01/02/hello-world/"),
            Meta = [new MetaEntry("dsq_thread_id", "948010227"), new MetaEntry("_yoast_wpseo_title", "SEO")],
        };
        using var run = ExportRun.Of(post);
        Assert.Equal(
            "---\n" +
            "layout: \"post\"\n" +
            "title: \"Hello world\"\n" +
            "date: 2020-01-02 10:00:00 +01:00\n" +
            "author: \"Ann Smith\"\n" +
            "categories:\n  - \"News\"\n  - \"Social Networking\"\n" +
            "tags:\n  - \"Tips & Tricks\"\n" +
            "excerpt: \"Short.\"\n" +
            "wordpress_id: 85\n" +
            "wordpress_url: \"http://example.com/?p=85\"\n" +
            "permalink: \"/2020/01/02/hello-world/\"\n" +
            "dsq_thread_id: \"948010227\"\n" +
            "disqus_identifier: \"85 http://example.com/?p=85\"\n" +
            "disqus_url: \"http://example.com/2020/01/02/hello-world/\"\n" +
            "meta:\n  \"_yoast_wpseo_title\": \"SEO\"\n" +
            "---\n",
            FrontMatterOf(run));
    }

    [Theory]
    [InlineData("yes: \"@x\" ---", "title: \"yes: \\\"@x\\\" ---\"\n")]
    [InlineData("no", "title: \"no\"\n")]
    [InlineData("2020-01-01", "title: \"2020-01-01\"\n")]
    [InlineData("# hash", "title: \"# hash\"\n")]
    public void Tricky_titles_are_double_quoted_and_read_back_unchanged(string title, string expectedLine)
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "t", title));
        var frontMatter = FrontMatterOf(run);
        Assert.Contains("\n" + expectedLine, frontMatter, StringComparison.Ordinal);
        var read = FrontMatterReader.Read(run.Read(run.Written(0).OutputPath));
        Assert.Null(read.Error);
        Assert.Equal(title, read.Fields.Single(f => f.Key == "title").Value);
    }

    [Fact]
    public void The_author_is_the_login_when_no_display_name_is_known()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a") with { Author = "bob" });
        Assert.Contains("\nauthor: \"bob\"\n", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void The_permalink_is_the_old_path_decoded_so_the_served_url_equals_the_old_one()
    {
        var post = TestPosts.Post(1, "日本") with { Link = "http://example.com/2020/01/02/%e6%97%a5%e6%9c%ac/" };
        using var run = ExportRun.Of(post);
        Assert.Contains("\npermalink: \"/2020/01/02/日本/\"\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.Equal("http://example.com/2020/01/02/%E6%97%A5%E6%9C%AC/", run.Written(0).NewUrl);
    }

    [Fact]
    public void The_new_url_uses_the_new_base_url_when_given()
    {
        using var run = new ExportRun([TestPosts.Post(1, "a")], options: new Migrator.Jekyll.Export.JekyllExportOptions(
            Migrator.Core.Pipeline.BodyMode.Html, "https://new.example.org/blog/"));
        Assert.Equal("https://new.example.org/blog/2020/01/02/a/", run.Written(0).NewUrl);
        Assert.Contains("\npermalink: \"/2020/01/02/a/\"\n", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void A_colon_before_a_letter_in_an_old_path_is_encoded_so_Jekyll_does_not_read_a_placeholder()
    {
        var post = TestPosts.Post(1, "a") with { Link = "http://example.com/notes/a:title/" };
        using var run = ExportRun.Of(post);
        Assert.Contains("\npermalink: \"/notes/a%3Atitle/\"\n", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Published_posts_without_an_old_path_get_a_dated_permalink_and_a_note()
    {
        var post = TestPosts.Post(1, "plain") with { Link = "http://example.com/?p=1" };
        using var run = ExportRun.Of(post);
        Assert.Equal("/2020/01/02/plain/", run.Written(0).Permalink);
        Assert.Contains("JKW012", run.Codes);
    }

    [Fact]
    public void With_jekyll_redirects_old_slug_urls_become_redirect_from_and_query_urls_do_not()
    {
        var post = TestPosts.Post(1, "new-name") with { OldSlugs = ["old-name"], Meta = [new MetaEntry("_wp_old_slug", "old-name")] };
        using var run = new ExportRun([post], options: new Migrator.Jekyll.Export.JekyllExportOptions(
            Migrator.Core.Pipeline.BodyMode.Html, RedirectFrom: true));
        Assert.Contains(
            "\npermalink: \"/2020/01/02/new-name/\"\nredirect_from:\n  - \"/2020/01/02/old-name/\"\n",
            FrontMatterOf(run), StringComparison.Ordinal);
        var config = run.Read("_config.yml");
        Assert.Contains("\nplugins:\n  - \"jekyll-redirect-from\"\nwhitelist:\n  - \"jekyll-redirect-from\"\n", config, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_jekyll_redirects_there_is_no_redirect_from_and_no_plugin()
    {
        var post = TestPosts.Post(1, "new-name") with { OldSlugs = ["old-name"], Meta = [new MetaEntry("_wp_old_slug", "old-name")] };
        using var run = ExportRun.Of(post);
        Assert.DoesNotContain("redirect_from", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.DoesNotContain("plugins", run.Read("_config.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Jekyll_redirects_are_asked_for_with_the_redirects_setting_named_jekyll()
    {
        var settings = new Migrator.Core.Pipeline.ExportSettings { Redirects = ["nginx", "jekyll"] };
        Assert.True(Migrator.Jekyll.Export.JekyllExportOptions.From(settings).RedirectFrom);
        Assert.False(Migrator.Jekyll.Export.JekyllExportOptions.From(new Migrator.Core.Pipeline.ExportSettings()).RedirectFrom);
    }

    [Fact]
    public void Several_thread_ids_are_written_as_a_list()
    {
        var post = TestPosts.Post(1, "a") with { Thread = new ThreadIdentity(["1", "2"], null, null) };
        using var run = ExportRun.Of(post);
        Assert.Contains("\ndsq_thread_id:\n  - \"1\"\n  - \"2\"\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.DoesNotContain("disqus_identifier", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Thread_ids_are_written_from_the_thread_identity_and_not_repeated_in_meta()
    {
        var post = TestPosts.Post(1, "a") with { Meta = [new MetaEntry("dsq_thread_id", "77")], Thread = new ThreadIdentity(["77"], null, null) };
        using var run = ExportRun.Of(post);
        var frontMatter = FrontMatterOf(run);
        Assert.Contains("\ndsq_thread_id: \"77\"\n", frontMatter, StringComparison.Ordinal);
        Assert.DoesNotContain("meta:", frontMatter, StringComparison.Ordinal);
    }

    [Fact]
    public void Wordpress_internal_meta_is_dropped_and_named_in_one_info_diagnostic()
    {
        var post = TestPosts.Post(1, "a") with
        {
            Meta =
            [
                new MetaEntry("_edit_lock", "1600000000:1"),
                new MetaEntry("_edit_last", "1"),
                new MetaEntry("_wp_old_slug", "old"),
                new MetaEntry("_wp_trash_meta_status", "publish"),
                new MetaEntry("_wp_page_template", "default"),
                new MetaEntry("_encloseme", "1"),
                new MetaEntry("enclosure", "http://x/a.mp3\n123\naudio/mpeg"),
            ],
        };
        using var run = ExportRun.Of(post);
        Assert.Contains("\nmeta:\n  enclosure: \"http://x/a.mp3\\n123\\naudio/mpeg\"\n", FrontMatterOf(run), StringComparison.Ordinal);
        var dropped = Assert.Single(run.Diagnostics.Items, d => d.Code == "JKW004");
        Assert.Equal(Migrator.Core.Diagnostics.Severity.Info, dropped.Severity);
        // _wp_old_slug is not dropped: the model holds it (Post.OldSlugs), and redirects are made from it.
        Assert.Contains("_edit_lock, _edit_last, _wp_trash_meta_status, _wp_page_template, _encloseme", dropped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_template_other_than_default_is_kept()
    {
        var post = TestPosts.Post(1, "a") with { Meta = [new MetaEntry("_wp_page_template", "full-width.php")] };
        using var run = ExportRun.Of(post);
        Assert.Contains("\nmeta:\n  \"_wp_page_template\": \"full-width.php\"\n", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_meta_keys_become_a_list()
    {
        var post = TestPosts.Post(1, "a") with { Meta = [new MetaEntry("k", "1"), new MetaEntry("k", "2")] };
        using var run = ExportRun.Of(post);
        Assert.Contains("\nmeta:\n  k:\n    - \"1\"\n    - \"2\"\n", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void The_featured_image_is_written_as_image_and_its_id_is_not_repeated_in_meta()
    {
        var post = TestPosts.Post(1, "a") with
        {
            Meta = [new MetaEntry("_thumbnail_id", "9")],
            FeaturedImage = "http://example.com/wp-content/uploads/a.jpg",
        };
        using var run = ExportRun.Of(post);
        var frontMatter = FrontMatterOf(run);
        Assert.Contains("\nimage: \"http://example.com/wp-content/uploads/a.jpg\"\n", frontMatter, StringComparison.Ordinal);
        Assert.DoesNotContain("_thumbnail_id", frontMatter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_featured_image_id_that_was_not_resolved_stays_in_meta()
    {
        var post = TestPosts.Post(1, "a") with { Meta = [new MetaEntry("_thumbnail_id", "9")] };
        using var run = ExportRun.Of(post);
        Assert.Contains("\nmeta:\n  \"_thumbnail_id\": \"9\"\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.DoesNotContain("\nimage:", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_liquid_in_an_html_body_turns_liquid_off()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a", html: "<p>Angular: {{ user.name }}</p>\n"));
        Assert.Contains("\nrender_with_liquid: false\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.Contains("JKW006", run.Codes);
    }

    [Fact]
    public void Template_text_in_a_markdown_body_from_another_generator_turns_liquid_off()
    {
        // A Hugo page's Go-template text is text of the model: Jekyll must show it, not run it.
        var post = TestPosts.Post(1, "a") with { Content = new Body("Run `kubectl get pods -o go-template='{{.metadata.name}}'`.\n", BodyFormat.Markdown, ".md") };
        using var run = ExportRun.Of(post);
        Assert.Contains("\nrender_with_liquid: false\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.Contains("JKW006", run.Codes);
    }

    [Fact]
    public void Bodies_without_liquid_markers_leave_liquid_on()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a", html: "<p>{ braces } and % signs</p>\n"));
        Assert.DoesNotContain("render_with_liquid", FrontMatterOf(run), StringComparison.Ordinal);
    }

    [Fact]
    public void Password_protected_posts_are_written_unpublished_without_their_password()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "secret-post") with { Password = "hunter2" });
        var text = run.Read(run.Written(0).OutputPath);
        Assert.Equal("_posts/2020-01-02-secret-post.html", run.Written(0).OutputPath);
        Assert.Contains("\npublished: false\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.Null(run.Written(0).NewUrl);
        Assert.Contains("JKW003", run.Codes);
    }

    [Fact]
    public void Closed_comments_are_recorded_without_hiding_the_comment_section()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a") with { CommentStatus = "closed" });
        var frontMatter = FrontMatterOf(run);
        Assert.Contains("\ncomment_status: \"closed\"\n", frontMatter, StringComparison.Ordinal);
        Assert.DoesNotContain("comments: false", frontMatter, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_extra_keys_follow_the_known_keys_as_they_were()
    {
        var post = TestPosts.Post(1, "a") with
        {
            Extra =
            [
                new("header", new List<KeyValuePair<string, object?>> { new("image", "/x.png") }),
                new("toc", true),
                new("layout", "post"),
            ],
        };
        using var run = ExportRun.Of(post);
        Assert.EndsWith("\nheader:\n  image: \"/x.png\"\ntoc: true\n---\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.DoesNotContain("JKW011", run.Codes);
    }

    [Fact]
    public void A_source_key_that_clashes_with_a_written_key_is_kept_under_source_prefix()
    {
        var post = TestPosts.Post(1, "a") with { Extra = [new("layout", "single")] };
        using var run = ExportRun.Of(post);
        Assert.EndsWith("\nsource_layout: \"single\"\n---\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.Contains("JKW011", run.Codes);
    }

    [Fact]
    public void Other_taxonomies_are_kept_by_name()
    {
        var post = TestPosts.Post(1, "a") with { Terms = [new TermRef("post_format", "post-format-aside", "Aside"), new TermRef("nav_menu", "main", "Main")] };
        using var run = ExportRun.Of(post);
        Assert.Contains("\ntaxonomies:\n  post_format:\n    - \"Aside\"\n", FrontMatterOf(run), StringComparison.Ordinal);
        Assert.DoesNotContain("Main", FrontMatterOf(run), StringComparison.Ordinal);
    }
}
