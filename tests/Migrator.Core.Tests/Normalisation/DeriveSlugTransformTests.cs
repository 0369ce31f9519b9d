using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-wxr.md#slugs-and-percent-encoding (drafts without a slug, trashed posts).</summary>
public sealed class DeriveSlugTransformTests
{
    private static (Post Post, string Codes) Run(Post post)
    {
        var (context, bag) = TestPosts.Context();
        return (new DeriveSlugTransform().Apply(post, context), string.Join(',', bag.Codes()));
    }

    [Fact]
    public void A_draft_without_slug_gets_one_from_its_title() =>
        Assert.Equal(("my-draft", "NRM001"), Summary(Run(TestPosts.WordPress("") with { Slug = "", Title = "My Draft", Status = PublicationStatus.Draft })));

    [Fact]
    public void A_derived_slug_is_decoded() =>
        Assert.Equal("ελληνικά-κείμενο", Run(TestPosts.WordPress("") with { Slug = "", Title = "Ελληνικά κείμενο" }).Post.Slug);

    [Fact]
    public void An_untitled_item_falls_back_to_its_id() =>
        Assert.Equal(("42", "NRM002"), Summary(Run(TestPosts.WordPress("", id: 42) with { Slug = "", Title = "" })));

    [Fact]
    public void Without_title_or_id_the_slug_stays_empty_and_is_reported() =>
        Assert.Equal(("", "NRM003"), Summary(Run(TestPosts.WordPress("", id: null) with { Slug = "", Title = "!!!" })));

    [Fact]
    public void A_trashed_slug_gets_back_the_desired_slug() =>
        Assert.Equal(("日本", "NRM004"), Summary(Run(TestPosts.WordPress("") with
        {
            Slug = "hello-world__trashed",
            Meta = [new MetaEntry("_wp_desired_post_slug", "%e6%97%a5%e6%9c%ac")],
        })));

    [Fact]
    public void A_trashed_slug_without_meta_loses_its_suffix() =>
        Assert.Equal("hello-world", Run(TestPosts.WordPress("") with { Slug = "hello-world__trashed" }).Post.Slug);

    [Fact]
    public void An_existing_slug_is_kept_even_when_the_title_differs()
    {
        var post = TestPosts.WordPress("") with { Slug = "日本", Title = "Something else" };
        Assert.Same(post, Run(post).Post);
    }

    private static (string, string) Summary((Post Post, string Codes) r) => (r.Post.Slug, r.Codes);
}
