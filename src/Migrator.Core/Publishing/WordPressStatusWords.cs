using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// WordPress's words for post and comment statuses, which exports written by WordPress tools carry (WXR
/// <c>wp:status</c> and <c>wp:comment_approved</c>, jekyll-import's <c>status:</c> front matter), mapped to the
/// model's statuses both ways. See docs/wordpress-wxr.md#items.
/// </summary>
public static class WordPressStatusWords
{
    private static readonly (string Word, PublicationStatus Status)[] PostWords =
    [
        ("publish", PublicationStatus.Published),
        ("future", PublicationStatus.Scheduled),
        ("draft", PublicationStatus.Draft),
        ("pending", PublicationStatus.PendingReview),
        ("private", PublicationStatus.Private),
        ("trash", PublicationStatus.Trashed),
        ("auto-draft", PublicationStatus.Placeholder),
        ("inherit", PublicationStatus.Attached),
    ];

    // The first word of a status is the one written for it; "post-trashed" marks comments binned with their post.
    private static readonly (string Word, CommentStatus Status)[] CommentWords =
    [
        ("1", CommentStatus.Approved),
        ("0", CommentStatus.Pending),
        ("spam", CommentStatus.Spam),
        ("trash", CommentStatus.Trashed),
        ("post-trashed", CommentStatus.Trashed),
    ];

    /// <summary>The status a post status word names; <see cref="PublicationStatus.Unknown"/> for a plugin's own word.</summary>
    public static PublicationStatus PostStatusOf(string word)
    {
        foreach (var (known, status) in PostWords)
        {
            if (string.Equals(known, word, StringComparison.Ordinal))
                return status;
        }
        return PublicationStatus.Unknown;
    }

    /// <summary>The status a comment status word names; <see cref="CommentStatus.Unknown"/> for any other word.</summary>
    public static CommentStatus CommentStatusOf(string word)
    {
        foreach (var (known, status) in CommentWords)
        {
            if (string.Equals(known, word, StringComparison.Ordinal))
                return status;
        }
        return CommentStatus.Unknown;
    }

    /// <summary>
    /// The word to write for a post's status: the source's own word when it is WordPress's word for that status
    /// (or the status is unknown), else WordPress's word for it.
    /// </summary>
    public static string WordFor(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return post.Status == PublicationStatus.Unknown || PostStatusOf(post.StatusWord) == post.Status
            ? post.StatusWord
            : PostWords.First(w => w.Status == post.Status).Word;
    }

    /// <summary>The word to write for a comment's status, by the same rule as <see cref="WordFor(Post)"/>.</summary>
    public static string WordFor(Comment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.Status == CommentStatus.Unknown || CommentStatusOf(comment.StatusWord) == comment.Status
            ? comment.StatusWord
            : CommentWords.First(w => w.Status == comment.Status).Word;
    }
}
