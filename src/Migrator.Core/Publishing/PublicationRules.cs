using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>What an item becomes on a static site: an ordinary post, a page, or a document of a custom type.</summary>
public enum ContentKind
{
    Post,
    Page,
    /// <summary>A custom post type, written as a collection (Jekyll) or section (Hugo) named after the type.</summary>
    Collection,
}

/// <summary>Why an item is written but not published.</summary>
public enum DraftCause
{
    /// <summary>WordPress <c>draft</c> (or a Jekyll/Hugo draft).</summary>
    Draft,
    /// <summary>WordPress <c>pending</c>: waiting for review.</summary>
    PendingReview,
    /// <summary>WordPress <c>private</c>: visible only to logged-in editors.</summary>
    Private,
    /// <summary>Published behind a password, which a static site cannot ask for.</summary>
    PasswordProtected,
    /// <summary>A status a plugin added that this tool does not know.</summary>
    UnknownStatus,
    /// <summary>Visitors' private data (contact-form entries, orders), written only on the owner's request.</summary>
    PrivateData,
}

/// <summary>
/// The verdict of <see cref="PublicationRules.Classify"/>: <see cref="Published"/>, <see cref="Draft"/> or
/// <see cref="Skipped"/>. A closed set: consume it with a switch expression.
/// </summary>
public abstract record Publication
{
    private protected Publication()
    {
    }
}

/// <summary>
/// Shown on the site. <paramref name="Collection"/> names the custom type when <paramref name="Kind"/> is
/// <see cref="ContentKind.Collection"/>. <see cref="Scheduled"/> marks WordPress <c>future</c> posts: published with
/// their future date, so static generators show them once the site is built after that date, as WordPress would.
/// </summary>
public sealed record Published(ContentKind Kind, string? Collection = null) : Publication
{
    public bool Scheduled { get; init; }
}

/// <summary>Written to the output so nothing is lost, but not published. <paramref name="Reason"/> is a short sentence.</summary>
public sealed record Draft(ContentKind Kind, string? Collection, DraftCause Cause, string Reason) : Publication;

/// <summary>Not written at all; <paramref name="Reason"/> is a short human sentence for the audit report.</summary>
public sealed record Skipped(string Reason) : Publication;

/// <summary>
/// Decides, for any static-site exporter, whether an item is published, kept as a draft or skipped, and whether it is
/// a post, a page or a custom-type document. The rules follow what the old WordPress site showed:
/// <list type="bullet">
/// <item><c>publish</c> → published; <c>future</c> → published and marked scheduled (it appears when its date comes).</item>
/// <item><c>draft</c>, <c>pending</c>, <c>private</c>, unknown plugin statuses, and password-protected items → drafts.</item>
/// <item><c>trash</c>, <c>auto-draft</c>, <c>inherit</c>, revisions, menus, block-editor internals, caches → skipped.</item>
/// <item>Visitors' private data (contact-form entries, orders, spam) → skipped, or unpublished on request.</item>
/// <item>Attachments → skipped: the page of a file is no post; the file itself is copied by the media step (docs/media.md).</item>
/// </list>
/// </summary>
public static class PublicationRules
{
    /// <summary>
    /// Classifies one item. Never throws for odd input: unknown types with a public status become collections.
    /// Items holding visitors' private data (<see cref="WordPressPostTypes.PrivateDataReason"/>) are skipped, or, when
    /// <paramref name="includePrivateData"/> is set, kept as unpublished documents of their type: never published.
    /// </summary>
    public static Publication Classify(Post post, bool includePrivateData = false)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (SkipReason(post) is { } reason)
            return new Skipped(reason);
        var (kind, collection) = PlaceOf(post.Type);
        if (WordPressPostTypes.PrivateDataReason(post) is { } privateData)
        {
            return includePrivateData
                ? new Draft(ContentKind.Collection, post.Type, DraftCause.PrivateData, $"{privateData}: kept unpublished (--include-private-data)")
                : new Skipped($"{privateData}: left out (--include-private-data keeps them, unpublished)");
        }

        return post.Status switch
        {
            PublicationStatus.Published or PublicationStatus.Scheduled when post.IsProtected =>
                new Draft(kind, collection, DraftCause.PasswordProtected,
                    "password-protected: a static site cannot ask for the password, so it is not published"),
            PublicationStatus.Published => new Published(kind, collection),
            PublicationStatus.Scheduled => new Published(kind, collection) { Scheduled = true },
            PublicationStatus.Draft => new Draft(kind, collection, DraftCause.Draft, "draft: not published on the old site"),
            PublicationStatus.PendingReview => new Draft(kind, collection, DraftCause.PendingReview, "pending review: not published on the old site"),
            PublicationStatus.Private => new Draft(kind, collection, DraftCause.Private, "private: visible only to the old site's editors"),
            _ => new Draft(kind, collection, DraftCause.UnknownStatus,
                $"status '{post.StatusWord}' is not a WordPress core status: kept as a draft, not published"),
        };
    }

    /// <summary>The reason an item is not written at all, or null when it is written.</summary>
    private static string? SkipReason(Post post)
    {
        if (string.Equals(post.Type, PostTypes.Attachment, StringComparison.Ordinal))
            return $"attachment: media file {post.AttachmentUrl ?? post.Link ?? "(no URL)"} (no page of its own; the file is copied with --media-from or --media-download)";
        if (WordPressPostTypes.InternalReason(post.Type) is { } internalReason)
            return internalReason;
        return post.Status switch
        {
            PublicationStatus.Trashed => "in the trash on the old site",
            PublicationStatus.Placeholder => "auto-draft: an empty placeholder WordPress creates when the editor opens",
            PublicationStatus.Attached => "status inherit: a revision or attachment record that belongs to another item",
            _ => null,
        };
    }

    private static (ContentKind Kind, string? Collection) PlaceOf(string type) => type switch
    {
        PostTypes.Post => (ContentKind.Post, null),
        PostTypes.Page => (ContentKind.Page, null),
        _ => (ContentKind.Collection, type),
    };
}
