namespace Migrator.WordPress.Import;

/// <summary>How <see cref="WxrImporter"/> reads its inputs. The defaults are written here, once.</summary>
public sealed record WxrImportOptions
{
    /// <summary>
    /// Read exports of different sites (their <c>wp:base_blog_url</c>, or channel link, differ) as one site. Off by
    /// default: such inputs are refused, as merging unrelated sites is almost always a mistake. The parts of one split
    /// export are of one site and are always read together.
    /// </summary>
    public bool MergeUnrelatedSites { get; init; }

    /// <summary>
    /// Folder for the one temporary copy of an input that cannot be read twice (standard input, a named pipe), deleted
    /// when its items have been read. Null: the system's temporary folder.
    /// </summary>
    public string? SpoolFolder { get; init; }
}
