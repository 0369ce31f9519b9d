namespace Migrator.Core.Model;

/// <summary>A comment, pingback or trackback on a post, as the source stored it.</summary>
public sealed record Comment
{
    public long Id { get; init; }

    /// <summary>Id of the comment this replies to; 0 for a top-level comment.</summary>
    public long ParentId { get; init; }

    public string Author { get; init; } = "";
    public string? AuthorEmail { get; init; }
    public string? AuthorUrl { get; init; }
    public string? AuthorIp { get; init; }

    /// <summary>Local date with offset (from <c>comment_date</c> and <c>comment_date_gmt</c>).</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Raw comment text as stored (WordPress runs wpautop on it at display).</summary>
    public string Content { get; init; } = "";

    public CommentStatus Status { get; init; } = CommentStatus.Approved;

    /// <summary>The source's own word for <see cref="Status"/>, exactly as written (WordPress <c>1</c>, <c>post-trashed</c>).</summary>
    public string StatusWord { get; init; } = "1";

    /// <summary>Empty or <c>comment</c> for ordinary comments; <c>pingback</c>, <c>trackback</c>, <c>note</c>, plugin types.</summary>
    public string Type { get; init; } = "";

    public long UserId { get; init; }

    public IReadOnlyList<MetaEntry> Meta { get; init; } = [];

    /// <summary>Approved ordinary comments and pings: what a public site shows. Editorial notes never are.</summary>
    public bool IsPublic => Status == CommentStatus.Approved && Type is "" or "comment" or "pingback" or "trackback";
}

/// <summary>Whether a comment was shown on the old site.</summary>
public enum CommentStatus
{
    Approved,
    /// <summary>Waiting for moderation.</summary>
    Pending,
    Spam,
    /// <summary>In the bin (on its own, or with its post).</summary>
    Trashed,
    /// <summary>A status the reader does not know; <see cref="Comment.StatusWord"/> says which.</summary>
    Unknown,
}
