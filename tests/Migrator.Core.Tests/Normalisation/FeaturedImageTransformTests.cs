using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>WordPress keeps the featured image as an attachment id in <c>_thumbnail_id</c>; the model keeps its file URL.</summary>
public sealed class FeaturedImageTransformTests
{
    private static readonly Site SiteWithAttachment = new()
    {
        Attachments = new Dictionary<long, AttachmentInfo> { [9] = new(9, "https://example.com/wp-content/uploads/a.jpg") },
    };

    [Fact]
    public void The_thumbnail_id_of_a_known_attachment_becomes_the_featured_image_url()
    {
        var (context, bag) = TestPosts.Context(SiteWithAttachment);
        var post = TestPosts.Html("<p>x</p>") with { Meta = [new MetaEntry("_thumbnail_id", "9")] };

        var result = new FeaturedImageTransform().Apply(post, context);

        Assert.Equal("https://example.com/wp-content/uploads/a.jpg", result.FeaturedImage);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void An_attachment_that_is_not_in_the_export_is_reported_and_no_image_is_set()
    {
        var (context, bag) = TestPosts.Context(SiteWithAttachment);
        var post = TestPosts.Html("<p>x</p>") with { Meta = [new MetaEntry("_thumbnail_id", "10")] };

        var result = new FeaturedImageTransform().Apply(post, context);

        Assert.Null(result.FeaturedImage);
        Assert.Equal(["NRM060"], bag.Items.Select(d => d.Code));
    }
}
