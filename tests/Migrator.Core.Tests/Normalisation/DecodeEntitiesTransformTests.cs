using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-wxr.md#entities-by-field and docs/wordpress-content.md#entities: every text field decoded exactly once.</summary>
public sealed class DecodeEntitiesTransformTests
{
    private static Post Run(Post post)
    {
        var (context, _) = TestPosts.Context();
        return new DecodeEntitiesTransform().Apply(post, context);
    }

    [Fact]
    public void Text_fields_are_decoded_once()
    {
        var post = Run(TestPosts.Html("") with
        {
            Title = "Let&#8217;s go &amp;amp; see",
            Excerpt = "Caf&eacute; &hellip;",
            Terms = [new TermRef(Taxonomies.Category, "tips-tricks", "Tips &amp; Tricks")],
            Comments = [new Comment { Author = "Ann &amp; Bob", Content = "<p>it&#8217;s &lt;fine&gt;</p>" }],
            Meta = [new MetaEntry("note", "a &amp; b")],
        });
        Assert.Equal("Let\u2019s go &amp; see", post.Title);
        Assert.Equal("Caf\u00E9 \u2026", post.Excerpt);
        Assert.Equal("Tips & Tricks", post.Terms[0].Name);
        Assert.Equal("tips-tricks", post.Terms[0].Slug);
        Assert.Equal("Ann & Bob", post.Comments[0].Author);
        Assert.Equal("<p>it\u2019s &lt;fine&gt;</p>", post.Comments[0].Content);
        Assert.Equal("a &amp; b", post.Meta[0].Value);
    }

    [Fact]
    public void Html_bodies_get_the_markup_safe_decoding() =>
        Assert.Equal("<p>\u201CHi\u201D &lt;b&gt; &amp;</p>", Run(TestPosts.Html("<p>&#8220;Hi&#8221; &lt;b&gt; &#038;</p>")).Content.Text);

    [Fact]
    public void Markdown_bodies_are_decoded_outside_code() =>
        Assert.Equal("it\u2019s `it&#8217;s`", Run(TestPosts.Markdown("it&#8217;s `it&#8217;s`")).Content.Text);

    [Fact]
    public void WordPress_bodies_wait_until_they_are_HTML() =>
        Assert.Equal("[caption caption=\"it&#8217;s\"]", Run(TestPosts.WordPress("[caption caption=\"it&#8217;s\"]")).Content.Text);
}
