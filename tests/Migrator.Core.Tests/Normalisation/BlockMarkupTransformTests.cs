using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-content.md#block-markup.</summary>
public sealed class BlockMarkupTransformTests
{
    private static (Post Post, IReadOnlyList<string> Codes) Run(string content)
    {
        var (context, bag) = TestPosts.Context();
        return (new BlockMarkupTransform().Apply(TestPosts.WordPress(content), context), bag.Codes());
    }

    [Fact]
    public void Delimiters_are_removed_and_inner_HTML_kept()
    {
        var (post, codes) = Run("<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {\"level\":3} -->\n<h3>Two</h3>\n<!-- /wp:heading -->");
        Assert.Equal("<p>One</p>\n\n<h3>Two</h3>\n", post.Content.Text);
        Assert.Equal(BodyFormat.WordPress, post.Content.Format);
        Assert.Empty(codes);
    }

    [Fact]
    public void Nested_blocks_lose_all_their_delimiters() =>
        Assert.Equal("<div class=\"wp-block-columns\">\n<div class=\"wp-block-column\">\n<p>a</p>\n</div>\n</div>\n",
            Run("<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column -->\n<div class=\"wp-block-column\"><!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->").Post.Content.Text);

    [Fact]
    public void An_embed_blocks_bare_URL_becomes_the_embed()
    {
        var (post, _) = Run("<!-- wp:embed {\"url\":\"https://youtu.be/abcdefghijk\",\"type\":\"video\",\"providerNameSlug\":\"youtube\"} -->\n"
            + "<figure class=\"wp-block-embed is-type-video\"><div class=\"wp-block-embed__wrapper\">\nhttps://youtu.be/abcdefghijk\n</div><figcaption>Cap</figcaption></figure>\n<!-- /wp:embed -->");
        Assert.Equal("<figure class=\"wp-block-embed is-type-video\"><div class=\"wp-block-embed__wrapper\">\n"
            + "<iframe width=\"640\" height=\"360\" src=\"https://www.youtube.com/embed/abcdefghijk\" title=\"YouTube video\" frameborder=\"0\" allowfullscreen></iframe>\n"
            + "</div><figcaption>Cap</figcaption></figure>\n", post.Content.Text);
    }

    [Fact]
    public void Old_core_embed_blocks_work_the_same() =>
        Assert.Contains("<a href=\"https://twitter.com/a/status/1\">",
            Run("<!-- wp:core-embed/twitter {\"url\":\"https://twitter.com/a/status/1\"} -->\n<figure class=\"wp-block-embed-twitter\"><div class=\"wp-block-embed__wrapper\">\nhttps://twitter.com/a/status/1\n</div></figure>\n<!-- /wp:core-embed/twitter -->").Post.Content.Text,
            StringComparison.Ordinal);

    [Fact]
    public void Attribute_JSON_is_parsed_with_its_escapes() =>
        Assert.Contains("https://x.com/?a=1&amp;b=--",
            Run("<!-- wp:embed {\"url\":\"https://x.com/?a=1\\u0026b=\\u002d\\u002d\"} /-->").Post.Content.Text, StringComparison.Ordinal);

    [Fact]
    public void More_html_and_shortcode_blocks_keep_their_text() =>
        Assert.Equal("<!--more-->\n<b>raw</b>\n[gallery ids=\"1\"]\n",
            Run("<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n<!-- wp:html -->\n<b>raw</b>\n<!-- /wp:html -->\n<!-- wp:shortcode -->\n[gallery ids=\"1\"]\n<!-- /wp:shortcode -->").Post.Content.Text);

    [Fact]
    public void A_reusable_block_is_reported_and_marked()
    {
        var (post, codes) = Run("<p>a</p>\n<!-- wp:block {\"ref\":123} /-->\n<p>b</p>");
        Assert.Equal("<p>a</p>\n<!-- reusable block 123 not included: its content is in another post -->\n<p>b</p>", post.Content.Text);
        Assert.Equal(["NRM011"], codes);
    }

    [Fact]
    public void Dynamic_blocks_are_reported_once_per_name_and_kept_as_comments()
    {
        var (post, codes) = Run("<!-- wp:latest-posts {\"postsToShow\":3} /-->\n<!-- wp:latest-posts /-->\n<!-- wp:archives /-->");
        Assert.Equal("<!-- dynamic block core/latest-posts {\"postsToShow\":3} not rendered -->\n<!-- dynamic block core/latest-posts not rendered -->\n<!-- dynamic block core/archives not rendered -->", post.Content.Text);
        Assert.Equal(["NRM012", "NRM012"], codes);
    }

    [Fact]
    public void Invalid_attribute_JSON_is_reported_and_the_block_still_converted()
    {
        var (post, codes) = Run("<!-- wp:paragraph {\"a\":} -->\n<p>x</p>\n<!-- /wp:paragraph -->");
        Assert.Equal("<p>x</p>\n", post.Content.Text);
        Assert.Equal(["NRM010"], codes);
    }

    [Theory]
    [InlineData("<!-- wp:more-->")]
    [InlineData("<!--wp:paragraph -->")]
    [InlineData("<!-- wp:Paragraph -->")]
    public void Comments_that_are_not_block_delimiters_stay(string comment) =>
        Assert.Equal(comment + " <!-- dynamic block core/x not rendered -->", Run(comment + " <!-- wp:x /-->").Post.Content.Text);

    [Fact]
    public void Classic_content_is_left_alone()
    {
        var (context, _) = TestPosts.Context();
        var post = TestPosts.WordPress("a\n\nb");
        Assert.Same(post, new BlockMarkupTransform().Apply(post, context));
    }
}
