using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.Core.Tests.Publishing;

public sealed class PublicationRulesTests
{
    private static Post Item(string type, PublicationStatus status, string? statusText = null) => new()
    {
        Source = new SourceRef("export.xml", 10, "1"),
        Type = type,
        Status = status,
        StatusWord = statusText ?? status.ToString().ToLowerInvariant(),
    };

    [Fact]
    public void Published_posts_are_published_posts()
    {
        var verdict = PublicationRules.Classify(Item("post", PublicationStatus.Published));
        Assert.Equal(new Published(ContentKind.Post), verdict);
    }

    [Fact]
    public void Published_pages_are_published_pages()
    {
        Assert.Equal(new Published(ContentKind.Page), PublicationRules.Classify(Item("page", PublicationStatus.Published)));
    }

    [Fact]
    public void Scheduled_posts_are_published_and_marked_scheduled()
    {
        var verdict = Assert.IsType<Published>(PublicationRules.Classify(Item("post", PublicationStatus.Scheduled)));
        Assert.True(verdict.Scheduled);
        Assert.Equal(ContentKind.Post, verdict.Kind);
    }

    [Fact]
    public void Ordinary_published_posts_are_not_marked_scheduled()
    {
        Assert.False(Assert.IsType<Published>(PublicationRules.Classify(Item("post", PublicationStatus.Published))).Scheduled);
    }

    [Theory]
    [InlineData(PublicationStatus.Draft, DraftCause.Draft)]
    [InlineData(PublicationStatus.PendingReview, DraftCause.PendingReview)]
    [InlineData(PublicationStatus.Private, DraftCause.Private)]
    public void Unpublished_statuses_become_drafts(PublicationStatus status, DraftCause cause)
    {
        var draft = Assert.IsType<Draft>(PublicationRules.Classify(Item("post", status)));
        Assert.Equal(cause, draft.Cause);
        Assert.Equal(ContentKind.Post, draft.Kind);
        Assert.False(string.IsNullOrWhiteSpace(draft.Reason));
    }

    [Fact]
    public void Password_protected_posts_are_not_published()
    {
        var post = Item("post", PublicationStatus.Published) with { Password = "secret" };
        var draft = Assert.IsType<Draft>(PublicationRules.Classify(post));
        Assert.Equal(DraftCause.PasswordProtected, draft.Cause);
        Assert.StartsWith("password-protected", draft.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_a_plugin_invented_is_kept_as_a_draft_and_named()
    {
        var draft = Assert.IsType<Draft>(PublicationRules.Classify(Item("post", PublicationStatus.Unknown, "archived")));
        Assert.Equal(DraftCause.UnknownStatus, draft.Cause);
        Assert.Contains("'archived'", draft.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PublicationStatus.Trashed, "in the trash on the old site")]
    [InlineData(PublicationStatus.Placeholder, "auto-draft: an empty placeholder WordPress creates when the editor opens")]
    [InlineData(PublicationStatus.Attached, "status inherit: a revision or attachment record that belongs to another item")]
    public void Trash_auto_drafts_and_inherited_records_are_skipped(PublicationStatus status, string reason)
    {
        Assert.Equal(new Skipped(reason), PublicationRules.Classify(Item("post", status)));
    }

    [Theory]
    [InlineData("revision")]
    [InlineData("nav_menu_item")]
    [InlineData("wp_block")]
    [InlineData("wp_template")]
    [InlineData("wp_template_part")]
    [InlineData("wp_global_styles")]
    [InlineData("wp_navigation")]
    [InlineData("wp_font_family")]
    [InlineData("wp_font_face")]
    [InlineData("custom_css")]
    [InlineData("customize_changeset")]
    [InlineData("oembed_cache")]
    [InlineData("user_request")]
    public void WordPress_internal_types_are_skipped_even_when_published(string type)
    {
        var skipped = Assert.IsType<Skipped>(PublicationRules.Classify(Item(type, PublicationStatus.Published)));
        Assert.StartsWith(type + ": ", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachments_are_skipped_naming_their_media_file()
    {
        var attachment = Item("attachment", PublicationStatus.Attached) with { AttachmentUrl = "http://example.com/wp-content/uploads/2020/01/a.jpg" };
        Assert.Equal(
            new Skipped("attachment: media file http://example.com/wp-content/uploads/2020/01/a.jpg (no page of its own; the file is copied with --media-from or --media-download)"),
            PublicationRules.Classify(attachment));
    }

    [Fact]
    public void Published_custom_types_become_a_collection_named_after_the_type()
    {
        Assert.Equal(new Published(ContentKind.Collection, "book"), PublicationRules.Classify(Item("book", PublicationStatus.Published)));
    }

    [Fact]
    public void Draft_custom_types_stay_in_their_collection_as_drafts()
    {
        var draft = Assert.IsType<Draft>(PublicationRules.Classify(Item("book", PublicationStatus.Draft)));
        Assert.Equal((ContentKind.Collection, "book"), (draft.Kind, draft.Collection));
    }
}
