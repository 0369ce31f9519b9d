using Migrator.Core.Model;

namespace Migrator.Blogger.Import;

/// <summary>A comment entry as a model comment (docs/blogger.md#comments-two-passes).</summary>
internal static class BloggerComment
{
    public static Comment From(BloggerEntry entry, long number, long parentNumber)
    {
        var (status, word) = StatusOf(entry);
        return new Comment
        {
            Id = number,
            ParentId = parentNumber,
            Author = entry.AuthorName ?? "",
            AuthorUrl = entry.AuthorUri,
            AuthorEmail = entry.AuthorEmail,
            Date = BloggerDates.Parse(entry.Published),
            Content = entry.Content,
            Status = status,
            StatusWord = word,
            Type = "comment",
            Meta = [new MetaEntry("blogger_id", entry.Id)],
        };
    }

    /// <summary>
    /// Takeout says LIVE, PENDING, SPAM, DELETED or SOFT_TRASHED; the classic backup holds only shown comments, a
    /// removed one marked by <c>blogger.contentRemoved</c> (its text then is Blogger's notice, not the comment).
    /// </summary>
    public static (CommentStatus Status, string Word) StatusOf(BloggerEntry entry)
    {
        if (entry.ContentRemoved)
            return (CommentStatus.Trashed, "contentRemoved");
        return entry.Status?.ToUpperInvariant() switch
        {
            null or "LIVE" => (CommentStatus.Approved, entry.Status ?? "LIVE"),
            "PENDING" => (CommentStatus.Pending, entry.Status),
            "SPAM" => (CommentStatus.Spam, entry.Status),
            "DELETED" or "SOFT_TRASHED" => (CommentStatus.Trashed, entry.Status),
            _ => (CommentStatus.Unknown, entry.Status),
        };
    }
}
