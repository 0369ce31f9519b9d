namespace Migrator.Core.Model;

/// <summary>What is known of the whole site before its items are read.</summary>
public sealed record Site
{
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string? Language { get; init; }

    /// <summary>Home URL of the site (WordPress <c>base_blog_url</c> or <c>link</c>; Jekyll <c>url</c> + <c>baseurl</c>).</summary>
    public string? Url { get; init; }

    /// <summary>WordPress <c>base_site_url</c> (the network's home on multisite).</summary>
    public string? BaseSiteUrl { get; init; }

    /// <summary>IANA time zone name when the source knows it (Jekyll/Hugo config); WXR has none.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The source's permalink pattern when it has one (Jekyll <c>permalink</c>).</summary>
    public string? Permalink { get; init; }

    /// <summary>The source format's own version string (WXR version, generator).</summary>
    public string? SourceVersion { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Terms of every taxonomy; parents before children where the source says so.</summary>
    public IReadOnlyList<Term> Terms { get; init; } = [];

    /// <summary>Attachments by id, for galleries without <c>ids</c> and captions (filled by importers that can).</summary>
    public IReadOnlyDictionary<long, AttachmentInfo> Attachments { get; init; } = new Dictionary<long, AttachmentInfo>();

    /// <summary>Source configuration the model has no place for, kept verbatim (Jekyll <c>_config.yml</c> keys).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];

    /// <summary>The files the site was read from.</summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];
}

public sealed record Author(string Login)
{
    public long? Id { get; init; }
    public string? Email { get; init; }
    public string? DisplayName { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
}

public sealed record Term(string Taxonomy, string Slug, string Name)
{
    public long? Id { get; init; }

    /// <summary>Slug of the parent term, or null at top level.</summary>
    public string? ParentSlug { get; init; }

    public string? Description { get; init; }
    public IReadOnlyList<MetaEntry> Meta { get; init; } = [];
}

/// <summary>The few facts of an attachment that other posts' content refers to.</summary>
public sealed record AttachmentInfo(long Id, string Url)
{
    public long ParentId { get; init; }
    public int MenuOrder { get; init; }
    public string Title { get; init; } = "";
    public string? Caption { get; init; }
    public string? Alt { get; init; }
    public string? MimeType { get; init; }
    public string? Link { get; init; }
}
