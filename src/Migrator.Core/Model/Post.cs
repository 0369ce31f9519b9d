namespace Migrator.Core.Model;

/// <summary>
/// One item of a site: a post, page, attachment, menu item or custom type, as the source recorded it.
/// Importers fill it faithfully; transforms return changed copies (<c>with</c>); exporters only read it.
/// </summary>
public sealed record Post
{
    /// <summary>Where the item was read.</summary>
    public required SourceRef Source { get; init; }

    /// <summary>The source's numeric id (WordPress <c>post_id</c>, or <c>wordpress_id</c> in front matter).</summary>
    public long? Id { get; init; }

    /// <summary>Post type as WordPress names it: <c>post</c>, <c>page</c>, <c>attachment</c>, <c>nav_menu_item</c>, or a custom type.</summary>
    public required string Type { get; init; }

    /// <summary>Where the item stood on the old site, in words no format owns.</summary>
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;

    /// <summary>
    /// The source's own word for <see cref="Status"/>, exactly as written (WordPress <c>publish</c>, a plugin's
    /// <c>spam</c>), for the report and for statuses no <see cref="PublicationStatus"/> names.
    /// </summary>
    public string StatusWord { get; init; } = "publish";

    /// <summary>Title as stored by the source (may still hold entities until normalised).</summary>
    public string Title { get; init; } = "";

    /// <summary>Slug, decoded to real characters (never percent-encoded). May be empty for drafts.</summary>
    public string Slug { get; init; } = "";

    /// <summary>Publish date in the site's local time, with the offset that applied on that day.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>True when the source had no real date (WordPress zero GMT date on a draft) and <see cref="Date"/> was derived.</summary>
    public bool DateIsFloating { get; init; }

    public DateTimeOffset? Modified { get; init; }

    /// <summary>Author login (WordPress <c>dc:creator</c>, Jekyll <c>author</c>).</summary>
    public string? Author { get; init; }

    public Body Content { get; init; } = Body.Empty;

    /// <summary>Hand-written excerpt; null when none.</summary>
    public string? Excerpt { get; init; }

    public IReadOnlyList<TermRef> Terms { get; init; } = [];

    /// <summary>Every meta row, in source order; a key may repeat.</summary>
    public IReadOnlyList<MetaEntry> Meta { get; init; } = [];

    public IReadOnlyList<Comment> Comments { get; init; } = [];

    public long? ParentId { get; init; }
    public int MenuOrder { get; init; }
    public bool Sticky { get; init; }

    /// <summary>Post password; null or empty when not protected.</summary>
    public string? Password { get; init; }

    public string? Guid { get; init; }

    /// <summary>The item's public URL on the old site, absolute when the source knows the host (WordPress <c>link</c>).</summary>
    public string? Link { get; init; }

    /// <summary>Slugs the item had before its current one (WordPress <c>_wp_old_slug</c>), as stored; old URLs to redirect.</summary>
    public IReadOnlyList<string> OldSlugs { get; init; } = [];

    /// <summary>URL of the item's featured image, when it has one (WordPress <c>_thumbnail_id</c> resolved to its file).</summary>
    public string? FeaturedImage { get; init; }

    /// <summary>Attachments: URL of the file.</summary>
    public string? AttachmentUrl { get; init; }

    public string? CommentStatus { get; init; }
    public string? PingStatus { get; init; }

    /// <summary>Disqus thread identity, set by the Disqus transform (or read from front matter).</summary>
    public ThreadIdentity? Thread { get; init; }

    /// <summary>
    /// Source fields the model has no place for (unknown front matter keys, for example), kept verbatim in source order
    /// so that exporters can write them back. Values are strings, lists, maps, booleans, numbers or null.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];

    /// <summary>
    /// The files that travel with the item (a Hugo leaf bundle's images and PDFs), which its body names by paths relative
    /// to the item's page (<c>cat.jpg</c>, <c>images/cat.jpg</c>). No format owns them: every writer of a site gets them
    /// beside the item's page, copied at write time (docs/media.md#files-beside-a-page); the model holds where they are,
    /// never their bytes.
    /// </summary>
    public IReadOnlyList<PageResource> Resources { get; init; } = [];

    /// <summary>
    /// What a reader keeps for a writer of its own format and no other (the Jekyll clean-up keeps the source file's
    /// text, to write back every byte that did not change), keyed by a type only that format's code can name, as
    /// Markdig's <c>SetData</c>. Writers of other formats never see it; see docs/architecture.md#the-model.
    /// </summary>
    public IReadOnlyDictionary<Type, object> Leftovers { get; init; } = NoLeftovers;

    private static readonly Dictionary<Type, object> NoLeftovers = [];

    /// <summary>The leftover of type <typeparamref name="T"/>, or null.</summary>
    public T? Leftover<T>() where T : class => Leftovers.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>A copy holding <paramref name="value"/> as its leftover of type <typeparamref name="T"/>.</summary>
    public Post WithLeftover<T>(T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return this with { Leftovers = new Dictionary<Type, object>(Leftovers) { [typeof(T)] = value } };
    }

    /// <summary>Values of the meta key, in order.</summary>
    public IEnumerable<string> MetaValues(string key) =>
        Meta.Where(m => string.Equals(m.Key, key, StringComparison.Ordinal)).Select(m => m.Value);

    /// <summary>The first value of a meta key, or null.</summary>
    public string? MetaValue(string key) => MetaValues(key).FirstOrDefault();

    public IEnumerable<TermRef> TermsOf(string taxonomy) =>
        Terms.Where(t => string.Equals(t.Taxonomy, taxonomy, StringComparison.Ordinal));

    public bool IsProtected => !string.IsNullOrEmpty(Password);
}

/// <summary>
/// Where an item stood on the old site. A password is not a status: a published item with one is protected
/// (<see cref="Post.IsProtected"/>). See docs/architecture.md#the-model.
/// </summary>
public enum PublicationStatus
{
    /// <summary>Public on the old site.</summary>
    Published,
    /// <summary>Set to appear at a future date.</summary>
    Scheduled,
    Draft,
    /// <summary>Written and waiting for an editor's review.</summary>
    PendingReview,
    /// <summary>Visible only to the old site's editors.</summary>
    Private,
    /// <summary>Deleted on the old site but still in its bin.</summary>
    Trashed,
    /// <summary>An empty item an editor created by opening the editor and never wrote (WordPress's auto-draft).</summary>
    Placeholder,
    /// <summary>A record that belongs to another item and has no status of its own (attachments, revisions).</summary>
    Attached,
    /// <summary>A status the reader does not know; <see cref="Post.StatusWord"/> says which.</summary>
    Unknown,
}

/// <summary>Post types WordPress core knows.</summary>
public static class PostTypes
{
    public const string Post = "post";
    public const string Page = "page";
    public const string Attachment = "attachment";
    public const string Revision = "revision";
    public const string NavMenuItem = "nav_menu_item";
}

/// <summary>What a body is written in, which decides how it becomes HTML.</summary>
public enum BodyFormat
{
    /// <summary>WordPress stored content: needs block-comment removal, wpautop (classic only) and shortcodes.</summary>
    WordPress,
    /// <summary>Finished HTML.</summary>
    Html,
    /// <summary>Markdown (kramdown/CommonMark flavour).</summary>
    Markdown,
    /// <summary>Anything else (Textile, Org…): kept as is and reported.</summary>
    Other,
}

/// <summary>A post body and the format it is in. <paramref name="Extension"/> is the source file extension when known (<c>.textile</c>).</summary>
public sealed record Body(string Text, BodyFormat Format, string? Extension = null)
{
    public static Body Empty { get; } = new("", BodyFormat.Html);
}

/// <summary>One meta row (<c>wp:postmeta</c>, <c>wp:commentmeta</c>, <c>wp:termmeta</c>).</summary>
public sealed record MetaEntry(string Key, string Value);

/// <summary>A post's membership of a term.</summary>
public sealed record TermRef(string Taxonomy, string Slug, string Name);

/// <summary>Taxonomy names WordPress core uses.</summary>
public static class Taxonomies
{
    public const string Category = "category";
    public const string Tag = "post_tag";
    public const string PostFormat = "post_format";
    public const string NavMenu = "nav_menu";
}

/// <summary>
/// A file that travels with an item: <paramref name="Path"/>, its path relative to the item's folder with <c>/</c>
/// (<c>images/cat.jpg</c>), as the body names it; <paramref name="SourceFile"/>, the full path of the file the reader
/// found, which ends with <paramref name="Path"/> (the folder before it is the item's folder in the source).
/// </summary>
public sealed record PageResource(string Path, string SourceFile);
