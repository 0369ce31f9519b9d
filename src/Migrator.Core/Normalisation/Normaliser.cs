using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Normalisation;

/// <summary>
/// The normalisation steps, in the one order they run, between any importer and any exporter. Each step decides from
/// the body format whether it applies, so the same list serves WordPress, Jekyll and Hugo input.
/// </summary>
public static class Normaliser
{
    /// <summary>
    /// The order, and why:
    /// <list type="number">
    /// <item><see cref="DeriveSlugTransform"/>: first, from the title as stored (WordPress slugs its stored title).</item>
    /// <item><see cref="AutoEmbedTransform"/>: <c>[embed]</c> and bare URLs, before wpautop as in WordPress (priority 8),
    /// because "alone on its line" is only visible before wpautop adds <c>&lt;br /&gt;</c>.</item>
    /// <item><see cref="WpautopTransform"/>: classic content only (no <c>&lt;!-- wp:</c>), while the block test is still
    /// possible.</item>
    /// <item><see cref="BlockMarkupTransform"/>: block content only; removes the delimiters.</item>
    /// <item><see cref="ShortcodeTransform"/>: after wpautop as in WordPress (priority 11); WordPress bodies become HTML.</item>
    /// <item><see cref="MoreTagTransform"/>: on the finished HTML.</item>
    /// <item><see cref="DecodeEntitiesTransform"/>: once everything that reads stored text (shortcode attributes,
    /// slugs) is done; decodes each field exactly once.</item>
    /// <item><see cref="MarkdownDebrisTransform"/>: after decoding, so <c>&amp;#8221;*</c> is seen as <c>”*</c>.</item>
    /// <item><see cref="FeaturedImageTransform"/>: reads only meta and the site's attachments.</item>
    /// <item><see cref="DisqusThreadTransform"/>: last; reads only ids, guid, link and meta.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<IPostTransform> Default { get; } =
    [
        new DeriveSlugTransform(),
        new AutoEmbedTransform(),
        new WpautopTransform(),
        new BlockMarkupTransform(),
        new ShortcodeTransform(),
        new MoreTagTransform(),
        new DecodeEntitiesTransform(),
        new MarkdownDebrisTransform(),
        new FeaturedImageTransform(),
        new DisqusThreadTransform(),
    ];

    /// <summary>Runs <see cref="Default"/> on <paramref name="post"/>, in order.</summary>
    public static Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var transform in Default)
            post = transform.Apply(post, context);
        return post;
    }
}
