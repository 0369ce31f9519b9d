using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Tests.Export;

public sealed class PublicationTests
{
    [Fact]
    public void Drafts_go_to_drafts_without_a_date_in_the_name_but_with_a_date_line()
    {
        using var run = ExportRun.Of(TestPosts.Draft(5, "my-draft"));
        var plan = run.Written(0);
        Assert.Equal("_drafts/my-draft.html", plan.OutputPath);
        Assert.Contains("\ndate: 2020-01-02 10:00:00 +01:00\n", run.Read("_drafts/my-draft.html"), StringComparison.Ordinal);
        Assert.Equal("draft: written to _drafts (not published)", plan.Note);
        Assert.Null(plan.NewUrl);
        Assert.Contains("JKW002", run.Codes);
    }

    [Fact]
    public void A_draft_with_a_query_link_gets_no_permalink()
    {
        using var run = ExportRun.Of(TestPosts.Draft(5, "my-draft"));
        Assert.DoesNotContain("permalink", run.Read("_drafts/my-draft.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_without_a_date_falls_back_to_its_modified_date_never_an_empty_date()
    {
        var modified = new DateTimeOffset(2021, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));
        using var run = ExportRun.Of(TestPosts.Draft(5, "d") with { Date = null, Modified = modified });
        Assert.Contains("\ndate: 2021-05-06 07:08:09 +02:00\n", run.Read("_drafts/d.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_no_date_at_all_is_written_to_drafts_without_a_date_line()
    {
        using var run = ExportRun.Of(TestPosts.Post(5, "nodate") with { Date = null });
        var text = run.Read("_drafts/nodate.html");
        Assert.DoesNotContain("date:", text, StringComparison.Ordinal);
        Assert.Contains("JKW010", run.Codes);
    }

    [Theory]
    [InlineData(PublicationStatus.PendingReview, "pending")]
    [InlineData(PublicationStatus.Private, "private")]
    public void Pending_and_private_posts_are_drafts_too(PublicationStatus status, string word)
    {
        using var run = ExportRun.Of(TestPosts.Post(5, "p") with { Status = status, StatusWord = word });
        Assert.Equal("_drafts/p.html", run.Written(0).OutputPath);
        Assert.Equal($"{word}: written to _drafts (not published)", run.Written(0).Note);
    }

    [Fact]
    public void Draft_pages_stay_at_their_path_with_published_false()
    {
        var page = TestPosts.Page(6, "soon", "http://example.com/?page_id=6") with { Status = PublicationStatus.Draft, StatusWord = "draft" };
        using var run = ExportRun.Of(page);
        Assert.Equal("soon/index.html", run.Written(0).OutputPath);
        Assert.Contains("\npublished: false\n", run.Read("soon/index.html"), StringComparison.Ordinal);
        Assert.Equal("draft: written with published: false (not published)", run.Written(0).Note);
    }

    [Fact]
    public void Scheduled_posts_are_written_to_posts_with_their_future_date_and_reported()
    {
        var future = new DateTimeOffset(2099, 3, 4, 9, 0, 0, TimeSpan.FromHours(1));
        using var run = ExportRun.Of(TestPosts.Post(7, "later") with { Status = PublicationStatus.Scheduled, StatusWord = "future", Date = future });
        var plan = run.Written(0);
        Assert.Equal("_posts/2099-03-04-later.html", plan.OutputPath);
        Assert.DoesNotContain("published:", run.Read(plan.OutputPath), StringComparison.Ordinal);
        Assert.Equal("scheduled: appears when the site is built after 2099-03-04 09:00:00 +01:00", plan.Note);
        Assert.NotNull(plan.NewUrl);
        Assert.Contains("JKW001", run.Codes);
        Assert.Contains("\nfuture: false\n", run.Read("_config.yml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("revision", PublicationStatus.Attached)]
    [InlineData("nav_menu_item", PublicationStatus.Published)]
    [InlineData("post", PublicationStatus.Trashed)]
    [InlineData("post", PublicationStatus.Placeholder)]
    public void Skipped_items_write_nothing_and_say_why(string type, PublicationStatus status)
    {
        using var run = ExportRun.Of(TestPosts.Post(8, "x") with { Type = type, Status = status });
        var skip = Assert.IsType<SkipPlan>(run.Plans[0]);
        Assert.False(string.IsNullOrWhiteSpace(skip.Reason));
        Assert.DoesNotContain(run.Files(), f => f.Contains("-x.", StringComparison.Ordinal) || f.Contains("/x.", StringComparison.Ordinal));
    }

    [Fact]
    public void Attachments_are_skipped_naming_the_media_file()
    {
        var attachment = TestPosts.Post(9, "photo") with
        {
            Type = "attachment",
            Status = PublicationStatus.Attached,
            AttachmentUrl = "http://example.com/wp-content/uploads/photo.jpg",
        };
        using var run = ExportRun.Of(attachment);
        Assert.Equal(
            "attachment: media file http://example.com/wp-content/uploads/photo.jpg (no page of its own; the file is copied with --media-from or --media-download)",
            Assert.IsType<SkipPlan>(run.Plans[0]).Reason);
    }

    [Fact]
    public void Published_posts_carry_no_note_and_their_new_url()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a"));
        Assert.Null(run.Written(0).Note);
        Assert.Equal("http://example.com/2020/01/02/a/", run.Written(0).NewUrl);
    }

    [Fact]
    public void Two_items_with_the_same_permalink_are_both_written_and_reported()
    {
        using var run = ExportRun.Of(
            TestPosts.Page(2, "about", "http://example.com/about/"),
            TestPosts.Post(3, "about") with { Link = "http://example.com/about/" });
        Assert.Equal(2, run.Plans.OfType<Migrator.Jekyll.Export.JekyllWritePlan>().Count());
        Assert.Contains("JKW019", run.Codes);
    }
}
