using System.Globalization;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.Core.Normalisation;

/// <summary>
/// The featured image: WordPress stores the attachment id in <c>_thumbnail_id</c>; this step resolves it to the
/// attachment's file URL in <see cref="Post.FeaturedImage"/>, which every writer reads (Jekyll <c>image</c>, Hugo
/// <c>images</c>). An id that is not among the export's attachments is reported and left in the meta.
/// </summary>
public sealed class FeaturedImageTransform : IPostTransform
{
    public string Name => "featured-image";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.FeaturedImage is not null || post.MetaValue(WordPressMetaKeys.Thumbnail) is not { Length: > 0 } value)
            return post;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) &&
            context.Site.Attachments.TryGetValue(id, out var attachment) && !string.IsNullOrEmpty(attachment.Url))
            return post with { FeaturedImage = attachment.Url };
        context.Diagnostics.Report(NormaliseDiagnostics.FeaturedImageUnknown(post.Source, value));
        return post;
    }
}
