using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>The whole ordered list, end to end, on a small classic post and a small block post.</summary>
public sealed class NormaliserTests
{
    private const string Player = "<iframe width=\"640\" height=\"360\" src=\"https://www.youtube.com/embed/abcdefghijk\" title=\"YouTube video\" frameborder=\"0\" allowfullscreen></iframe>";

    [Fact]
    public void The_order_is_written_in_one_place()
    {
        Assert.Equal(
            ["derive-slug", "auto-embed", "wpautop", "block-markup", "shortcodes", "more-tag", "decode-entities", "markdown-debris", "featured-image", "disqus-thread"],
            Normaliser.Default.Select(t => t.Name));
    }

    [Fact]
    public void A_classic_post_becomes_finished_HTML()
    {
        var site = new Site { Attachments = new Dictionary<long, AttachmentInfo> { [12] = new(12, "http://x/sun.jpg") { Caption = "The &amp; sun" } } };
        var (context, bag) = TestPosts.Context(site);
        var post = TestPosts.WordPress(
            "It&#8217;s a &#8220;test&#8221;.\nSecond line.\n\n"
            + "[caption id=\"attachment_12\" align=\"aligncenter\" width=\"300\"]<img src=\"http://x/sun.jpg\" /> Sun &amp; sky[/caption]\n\n"
            + "<!--more Read on-->\n\n"
            + "https://youtu.be/abcdefghijk\n\n"
            + "[gallery ids=\"12\" link=\"file\"]\n\n"
            + "[code lang=\"c\"]\nif (a < b) {}\n\nreturn;\n[/code]\n\n"
            + "[unknown_thing x=1] and [[gallery]]",
            title: "Caf&eacute; &amp; more") with
        {
            Slug = "",
            Guid = "http://x/?p=7",
            Link = "http://x/cafe-more/",
            Meta = [new MetaEntry("dsq_thread_id", "948010227")],
        };

        var result = Normaliser.Apply(post, context);

        Assert.Equal(BodyFormat.Html, result.Content.Format);
        Assert.Equal(
            "<p>It\u2019s a \u201Ctest\u201D.<br />\nSecond line.</p>\n"
            + "<figure class=\"wp-caption aligncenter\" id=\"attachment_12\" style=\"width: 300px\"><img src=\"http://x/sun.jpg\" /><figcaption class=\"wp-caption-text\">Sun &amp; sky</figcaption></figure>\n"
            + "<!--more-->\n"
            + "<p>" + Player + "</p>\n"
            + "<div class=\"gallery gallery-columns-3\">\n<figure class=\"gallery-item\"><a href=\"http://x/sun.jpg\"><img src=\"http://x/sun.jpg\" alt=\"\" /></a><figcaption class=\"wp-caption-text gallery-caption\">The &amp; sun</figcaption></figure>\n</div>\n"
            + "<pre><code class=\"language-c\">if (a &lt; b) {}\n\nreturn;</code></pre>\n"
            + "<p>[unknown_thing x=1] and [gallery]</p>\n",
            result.Content.Text);
        Assert.Equal("Caf\u00E9 & more", result.Title);
        Assert.Equal("cafe-more", result.Slug);
        Assert.Equal(new[] { "948010227" }, result.Thread!.ThreadIds);
        Assert.Equal("7 http://x/?p=7", result.Thread.Identifier);
        Assert.Equal(["NRM001", "NRM020", "NRM030"], bag.Codes());
    }

    [Fact]
    public void A_block_post_becomes_finished_HTML_without_wpautop()
    {
        var (context, bag) = TestPosts.Context();
        var post = TestPosts.WordPress(
            "<!-- wp:paragraph -->\n<p>Don&#8217;t\nbreak</p>\n<!-- /wp:paragraph -->\n\n"
            + "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n\n"
            + "<!-- wp:embed {\"url\":\"https://youtu.be/abcdefghijk\",\"type\":\"video\"} -->\n"
            + "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://youtu.be/abcdefghijk\n</div></figure>\n<!-- /wp:embed -->\n\n"
            + "<!-- wp:shortcode -->\n[youtube https://youtu.be/abcdefghijk]\n<!-- /wp:shortcode -->\n\n"
            + "<!-- wp:latest-posts /-->");

        var result = Normaliser.Apply(post, context);

        Assert.Equal(
            "<p>Don\u2019t\nbreak</p>\n\n<!--more-->\n\n"
            + "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n" + Player + "\n</div></figure>\n\n"
            + Player + "\n\n"
            + "<!-- dynamic block core/latest-posts not rendered -->",
            result.Content.Text);
        Assert.Equal(BodyFormat.Html, result.Content.Format);
        Assert.Equal(["NRM012"], bag.Codes());
    }

    [Fact]
    public void Normalising_a_body_twice_changes_nothing_more()
    {
        var (context, _) = TestPosts.Context();
        var once = Normaliser.Apply(TestPosts.WordPress("a &amp;amp; b\n\n[caption width=\"1\" caption=\"x\"]<img src=\"a\">[/caption]") with { Title = "A &amp;amp; B" }, context);
        var twice = Normaliser.Apply(once, context);
        Assert.Equal(once.Content, twice.Content);
    }
}
