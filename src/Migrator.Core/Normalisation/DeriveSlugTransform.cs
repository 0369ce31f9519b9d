using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Gives every item the slug WordPress would give it. An empty slug (drafts and pending posts have none) is derived
/// from the title with <see cref="WordPressSlug.FromTitle"/> as WordPress does on publish, falling back to the item's id
/// when the title yields nothing (as <c>wp_insert_post</c> does); each derivation is reported. A trashed item's
/// <c>slug__trashed</c> gets back its original slug from <c>_wp_desired_post_slug</c> (percent-decoded), or loses the
/// suffix when that meta is missing. Runs first; the title's entities are decoded for the slug only (WordPress would
/// drop <c>&amp;eacute;</c> where a reader expects <c>e</c>; for every reference WordPress handles itself, such as
/// <c>&amp;amp;</c>, <c>&amp;#8217;</c> and <c>&amp;nbsp;</c>, the result is the same). Uniqueness (<c>-2</c>) is left to exporters.
/// </summary>
public sealed class DeriveSlugTransform : IPostTransform
{
    private const string TrashedSuffix = "__trashed";

    public string Name => "derive-slug";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Slug.EndsWith(TrashedSuffix, StringComparison.Ordinal))
        {
            var desired = post.MetaValue("_wp_desired_post_slug") is { Length: > 0 } meta
                ? PercentDecoding.Decode(meta)
                : post.Slug[..^TrashedSuffix.Length];
            if (desired.Length > 0)
            {
                context.Diagnostics.Report(NormaliseDiagnostics.TrashedSlugRestored(post.Source, post.Slug, desired));
                return post with { Slug = desired };
            }
        }
        if (post.Slug.Length > 0)
            return post;
        var slug = WordPressSlug.FromTitle(HtmlEntities.Decode(post.Title));
        if (slug.Length > 0)
        {
            context.Diagnostics.Report(NormaliseDiagnostics.SlugDerivedFromTitle(post.Source, post.Title, slug));
            return post with { Slug = slug };
        }
        if (post.Id is { } id)
        {
            context.Diagnostics.Report(NormaliseDiagnostics.SlugFromPostId(post.Source, id));
            return post with { Slug = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        context.Diagnostics.Report(NormaliseDiagnostics.NoSlugPossible(post.Source));
        return post;
    }
}
