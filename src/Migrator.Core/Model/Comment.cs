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

    /// <summary><c>1</c>, <c>0</c>, <c>trash</c>, <c>post-trashed</c>, <c>spam</c>.</summary>
    public string Approved { get; init; } = "1";

    /// <summary>Empty or <c>comment</c> for ordinary comments; <c>pingback</c>, <c>trackback</c>, <c>note</c>, plugin types.</summary>
    public string Type { get; init; } = "";

    public long UserId { get; init; }

    public IReadOnlyList<MetaEntry> Meta { get; init; } = [];

    /// <summary>Approved ordinary comments and pings: what a public site shows. Editorial notes never are.</summary>
    public bool IsPublic => Approved == "1" && Type is "" or "comment" or "pingback" or "trackback";
}
