namespace Migrator.Core.Publishing;

/// <summary>
/// The WordPress post meta keys whose meaning the model holds in typed fields, named once. Readers and transforms read
/// them into the model (docs/wordpress-wxr.md#post-meta); writers read the typed fields, never these keys.
/// </summary>
public static class WordPressMetaKeys
{
    /// <summary>The Disqus plugin's thread id(s): <see cref="Model.Post.Thread"/>.</summary>
    public const string DisqusThreadId = "dsq_thread_id";

    /// <summary>Slugs the item had before (WordPress redirects them itself): <see cref="Model.Post.OldSlugs"/>.</summary>
    public const string OldSlug = "_wp_old_slug";

    /// <summary>The attachment id of the featured image: <see cref="Model.Post.FeaturedImage"/>.</summary>
    public const string Thumbnail = "_thumbnail_id";
}
