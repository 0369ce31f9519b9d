namespace Migrator.Blogger.Import;

/// <summary>
/// One <c>&lt;entry&gt;</c> of a Blogger export as written, in either shape (docs/blogger.md): the classic backup's kind
/// category, draft flag and thread link, or Google Takeout's <c>blogger:</c> elements. Nothing is interpreted yet.
/// </summary>
internal sealed record BloggerEntry
{
    public required string Id { get; init; }
    public required int Line { get; init; }

    /// <summary>post, page, comment, settings, template… in lower case; null when the entry has no kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Takeout's <c>blogger:status</c> (LIVE, DRAFT, DELETED, SOFT_TRASHED…); null in the classic backup.</summary>
    public string? Status { get; init; }

    /// <summary>Classic backup: <c>app:control/app:draft</c> is <c>yes</c>.</summary>
    public bool ClassicDraft { get; init; }

    public string Title { get; init; } = "";
    public string Content { get; init; } = "";
    public string? Published { get; init; }
    public string? Updated { get; init; }
    public string? Created { get; init; }

    /// <summary>The <c>link rel="alternate"</c>: the entry's page on the old blog (classic backup).</summary>
    public string? Alternate { get; init; }

    /// <summary>Takeout's <c>blogger:filename</c>: the path of the entry's page (<c>/2020/05/slug.html</c>).</summary>
    public string? Filename { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];
    public string? AuthorName { get; init; }
    public string? AuthorUri { get; init; }
    public string? AuthorEmail { get; init; }

    /// <summary>The id of the post a comment belongs to (<c>thr:in-reply-to/@ref</c>, Takeout <c>blogger:parent</c>).</summary>
    public string? PostId { get; init; }

    /// <summary>The id of the comment a comment answers (classic <c>link rel="related"</c>, Takeout <c>blogger:inReplyTo</c>).</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Classic: <c>gd:extendedProperty blogger.contentRemoved</c>, a comment removed by its author or the owner.</summary>
    public bool ContentRemoved { get; init; }

    public string? Thumbnail { get; init; }
    public string? MetaDescription { get; init; }
    public BloggerLocation? Location { get; init; }
}

/// <summary>A post's place (Takeout <c>blogger:location</c>, classic <c>georss:</c>).</summary>
internal sealed record BloggerLocation(string? Name, string? Latitude, string? Longitude);
