using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;
using Migrator.Jekyll.Export;

namespace Migrator.Jekyll.Tests.Export;

public sealed class BodyAndCommentsTests
{
    private static readonly DateTimeOffset CommentDate = new(2020, 1, 3, 8, 15, 0, TimeSpan.FromHours(1));

    private static Comment Comment(long id, string approved = "1", string type = "", long parent = 0) => new()
    {
        Id = id,
        ParentId = parent,
        Author = "Bob <b>",
        AuthorEmail = "bob@example.org",
        AuthorUrl = "http://bob.example.org/",
        AuthorIp = "192.0.2.7",
        Date = CommentDate,
        Content = "Nice post!\r\nSecond line.",
        Status = WordPressStatusWords.CommentStatusOf(approved),
        StatusWord = approved,
        Type = type,
    };

    [Fact]
    public void The_html_body_follows_the_front_matter_unchanged_with_lf_line_endings()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a", html: "<p>One</p>\r\n<p>Two &amp; ü</p>"));
        var text = run.Read("_posts/2020-01-02-a.html");
        Assert.EndsWith("\n---\n<p>One</p>\n<p>Two &amp; ü</p>\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_more_tag_stays_in_the_body_and_sets_the_excerpt_separator()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a", html: "<p>Intro</p>\n<!--more-->\n<p>Rest</p>\n"));
        Assert.Contains("<p>Intro</p>\n<!--more-->\n<p>Rest</p>\n", run.Read("_posts/2020-01-02-a.html"), StringComparison.Ordinal);
        Assert.Contains("\nexcerpt_separator: \"<!--more-->\"\n", run.Read("_config.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_more_tag_with_link_text_is_written_as_the_plain_more_tag()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a", html: "<p>Intro</p>\n<!--more Continue reading…-->\n<p>Rest</p>\n"));
        Assert.Contains("<p>Intro</p>\n<!--more-->\n<p>Rest</p>\n", run.Read("_posts/2020-01-02-a.html"), StringComparison.Ordinal);
        Assert.Contains("JKW013", run.Codes);
    }

    [Fact]
    public void Without_a_more_tag_the_excerpt_separator_is_left_to_jekyll()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a"));
        Assert.DoesNotContain("excerpt_separator", run.Read("_config.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_mode_converts_html_bodies_with_the_html_to_markdown_converter()
    {
        var html = "<p>Hello <em>world</em></p>\n";
        using var run = new ExportRun([TestPosts.Post(1, "a", html: html)], options: new JekyllExportOptions(BodyMode.Markdown));
        var expected = Migrator.Core.Markup.HtmlToMarkdown.HtmlToMarkdownConverter.Convert(
            html, new Migrator.Core.Markup.HtmlToMarkdown.HtmlToMarkdownOptions { Gfm = true });
        var body = FrontMatterReader.Read(run.Read("_posts/2020-01-02-a.md")).Body;
        Assert.Equal(expected.EndsWith('\n') ? expected : expected + "\n", body);
    }

    [Fact]
    public void Markdown_mode_carries_the_fidelity_verdict_of_the_conversion_and_html_mode_none()
    {
        var html = "<p>Hello <em>world</em></p>\n";
        using var markdown = new ExportRun([TestPosts.Post(1, "a", html: html)], options: new JekyllExportOptions(BodyMode.Markdown));
        using var kept = new ExportRun([TestPosts.Post(1, "a", html: html)], options: new JekyllExportOptions(BodyMode.Html));
        Assert.NotNull(markdown.Written(0).Fidelity);
        Assert.Null(kept.Written(0).Fidelity);
    }

    [Fact]
    public void Public_comments_go_to_a_data_file_without_email_or_ip()
    {
        var post = TestPosts.Post(85, "a") with { Comments = [Comment(1), Comment(2, parent: 1)] };
        using var run = ExportRun.Of(post);
        Assert.Equal(2, run.Written(0).CommentsWritten);
        Assert.Equal(
            "post_title: \"A post\"\n" +
            "comments:\n" +
            "  - id: 1\n    parent: 0\n    author: \"Bob <b>\"\n    author_url: \"http://bob.example.org/\"\n" +
            "    date: 2020-01-03 08:15:00 +01:00\n    content: \"Nice post!\\nSecond line.\"\n    type: \"comment\"\n" +
            "  - id: 2\n    parent: 1\n    author: \"Bob <b>\"\n    author_url: \"http://bob.example.org/\"\n" +
            "    date: 2020-01-03 08:15:00 +01:00\n    content: \"Nice post!\\nSecond line.\"\n    type: \"comment\"\n",
            run.Read("_data/comments/85.yml"));
        Assert.Contains("\ncomments_key: \"85\"\n", run.Read("_posts/2020-01-02-a.html"), StringComparison.Ordinal);
        Assert.Equal(["_posts/2020-01-02-a.html", "_data/comments/85.yml"], run.Written(0).Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Email_and_ip_are_written_only_when_private_data_is_asked_for()
    {
        var post = TestPosts.Post(85, "a") with { Comments = [Comment(1)] };
        using var run = new ExportRun([post], options: new JekyllExportOptions(BodyMode.Html, IncludePrivateData: true));
        var data = run.Read("_data/comments/85.yml");
        Assert.Contains("\n    author_email: \"bob@example.org\"\n    author_ip: \"192.0.2.7\"\n", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Unapproved_spam_trashed_comments_and_editorial_notes_are_not_written_but_counted()
    {
        var post = TestPosts.Post(85, "a") with
        {
            Comments = [Comment(1), Comment(2, approved: "0"), Comment(3, approved: "spam"), Comment(4, approved: "trash"), Comment(5, type: "note")],
        };
        using var run = ExportRun.Of(post);
        Assert.Equal(1, run.Written(0).CommentsWritten);
        var notWritten = Assert.Single(run.Diagnostics.Items, d => d.Code == "JKW005");
        Assert.StartsWith("4 comment(s)", notWritten.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("id: 5", run.Read("_data/comments/85.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pingbacks_are_written_with_their_type()
    {
        var post = TestPosts.Post(85, "a") with { Comments = [Comment(1, type: "pingback")] };
        using var run = ExportRun.Of(post);
        Assert.Contains("\n    type: \"pingback\"\n", run.Read("_data/comments/85.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Posts_without_public_comments_get_no_data_file_and_no_comments_key()
    {
        var post = TestPosts.Post(85, "a") with { Comments = [Comment(2, approved: "0")] };
        using var run = ExportRun.Of(post);
        Assert.False(run.Exists("_data/comments/85.yml"));
        Assert.DoesNotContain("comments_key", run.Read("_posts/2020-01-02-a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Items_without_an_id_get_a_comments_key_from_their_path()
    {
        var post = TestPosts.Post(85, "日本") with { Id = null, Comments = [Comment(1)] };
        using var run = ExportRun.Of(post);
        var data = Assert.Single(run.Files(), f => f.StartsWith("_data/comments/", StringComparison.Ordinal));
        Assert.Matches("^_data/comments/posts-2020-01-02-[0-9a-f]{8}\\.yml$", data);
    }
}
