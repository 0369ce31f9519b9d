using Migrator.Core.Model;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>The seed post of the task: a jekyll-import post with a list-valued <c>dsq_thread_id</c>.</summary>
public sealed class SeedPostTests
{
    internal const string SeedPost = """
        ---
        title: Social networking return?
        author: Barry Martin
        layout: post
        permalink: /social-networking-return/
        dsq_thread_id:
          - 43477034
        categories:
          - Social Networking
        ---
        > &#8220;First, just skip the marketing-centric ... it&#8217;s *money.&#8221;*

        """;

    [Fact]
    public void The_seed_post_reads_into_the_model()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_config.yml", "url: http://example.com\ntimezone: Europe/London\n");
        ImportRun.Write(folder.Path, "_posts/2009-10-06-social-networking-return.md", SeedPost);

        var run = ImportRun.Of(folder.Path);
        var read = run.Read("_posts/2009-10-06-social-networking-return.md");
        var post = read.Post;

        Assert.Equal("Social networking return?", post.Title);
        Assert.Equal("Barry Martin", post.Author);
        Assert.Equal("social-networking-return", post.Slug);
        Assert.Equal(new DateTimeOffset(2009, 10, 6, 0, 0, 0, TimeSpan.FromHours(1)), post.Date);
        Assert.Equal("http://example.com/social-networking-return/", post.Link);
        Assert.Equal(["43477034"], post.Thread?.ThreadIds);
        Assert.Empty(post.Meta);
        Assert.Equal([new TermRef(Taxonomies.Category, "social-networking", "Social Networking")], post.Terms);
        Assert.Equal([new KeyValuePair<string, object?>("layout", "post")], post.Extra);
        Assert.Equal(new Body("> &#8220;First, just skip the marketing-centric ... it&#8217;s *money.&#8221;*\n", BodyFormat.Markdown, ".md"), post.Content);
        Assert.Equal(SeedPost, post.Leftover<JekyllSourceText>()?.Text);
        Assert.Equal(PublicationStatus.Published, post.Status);
        Assert.Equal(new SourceRef(folder.Combine("_posts", "2009-10-06-social-networking-return.md"), 1, "_posts/2009-10-06-social-networking-return.md"), post.Source);
        Assert.Empty(read.Diagnostics);
        Assert.Equal([new Author("Barry Martin") { DisplayName = "Barry Martin" }], run.Site.Authors);
    }

    [Theory]
    [InlineData("dsq_thread_id: 43477034", new[] { "43477034" }, new string[0])]
    [InlineData("dsq_thread_id: '43477034'", new[] { "43477034" }, new string[0])]
    [InlineData("dsq_thread_id:\n  - 1\n  - 2", new[] { "1", "2" }, new string[0])]
    [InlineData("meta:\n  dsq_thread_id: '948010227'", new string[0], new[] { "948010227" })]
    public void Dsq_thread_id_is_the_thread_identity_at_the_top_and_a_meta_row_under_meta(string frontMatter, string[] threadIds, string[] metaRows)
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2012-11-21-x.html", $"---\n{frontMatter}\n---\n");

        var post = ImportRun.Of(folder.Path).Post("_posts/2012-11-21-x.html");

        Assert.Equal(threadIds, post.Thread?.ThreadIds ?? []);
        Assert.Equal(metaRows, post.MetaValues("dsq_thread_id"));
        Assert.Empty(post.Extra);
    }

    [Fact]
    public void Disqus_url_and_comments_and_excerpt_and_status()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2012-11-21-x.html",
            "---\ndisqus_url: http://old.example/x/\ncomments: false\nexcerpt: Short.\nstatus: pending\npublished: false\npassword: secret\n---\n");

        var post = ImportRun.Of(folder.Path).Post("_posts/2012-11-21-x.html");

        Assert.Equal(new ThreadIdentity(post.Thread!.ThreadIds, null, "http://old.example/x/"), post.Thread);
        Assert.Empty(post.Thread.ThreadIds);
        Assert.Equal("closed", post.CommentStatus);
        Assert.Equal("Short.", post.Excerpt);
        Assert.Equal(PublicationStatus.PendingReview, post.Status);
        Assert.Equal("pending", post.StatusWord);
        Assert.Equal("secret", post.Password);
    }

    [Fact]
    public void Published_false_is_a_draft()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2022-06-05-published-false.md", "---\ntitle: \"This post has published:false set\"\npublished: false\n---\n");

        var post = ImportRun.Of(folder.Path).Post("_posts/2022-06-05-published-false.md");

        Assert.Equal(PublicationStatus.Draft, post.Status);
        Assert.Equal("draft", post.StatusWord);
    }

    [Fact]
    public void A_post_without_front_matter_is_read_as_Jekyll_4_does()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2020-01-01-plain-text.md", "Just text.\r\nSecond line.\r\n");

        var read = ImportRun.Of(folder.Path).Read("_posts/2020-01-01-plain-text.md");

        Assert.Equal("Plain Text", read.Post.Title);
        Assert.Equal("Just text.\nSecond line.\n", read.Post.Content.Text);
        Assert.Equal("Just text.\r\nSecond line.\r\n", read.Post.Leftover<JekyllSourceText>()?.Text);
        Assert.Contains("JKL014", read.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_fails_alone()
    {
        using var folder = Corpus.NewTempFolder();
        File.WriteAllBytes(ImportRun.Write(folder.Path, "_posts/2020-01-01-latin1.md", ""), [.. "---\ntitle: caf"u8, 0xE9, .. "\n---\n"u8]);
        ImportRun.Write(folder.Path, "_posts/2020-01-02-fine.md", "---\ntitle: fine\n---\n");

        var run = ImportRun.Of(folder.Path);

        Assert.Equal("JKL011", Assert.IsType<Migrator.Core.Pipeline.UnreadableItem>(run.Item("_posts/2020-01-01-latin1.md")).Error.Code);
        Assert.Equal("fine", run.Post("_posts/2020-01-02-fine.md").Title);
    }

    [Fact]
    public void Unknown_keys_stay_in_source_order_with_their_values_as_read()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_posts/2020-01-01-x.md", "---\nzeta: 1\nimage: a.png\nalpha: [a, b]\nflag: yes\n---\n");

        var post = ImportRun.Of(folder.Path).Post("_posts/2020-01-01-x.md");

        Assert.Equal(["zeta", "image", "alpha", "flag"], post.Extra.Select(kv => kv.Key));
        Assert.Equal(1L, post.Extra[0].Value);
        Assert.Equal(new List<object?> { "a", "b" }, post.Extra[2].Value);
        Assert.Equal(true, post.Extra[3].Value);
    }
}
