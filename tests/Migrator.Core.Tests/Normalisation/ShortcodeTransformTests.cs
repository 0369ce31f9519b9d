using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-content.md#shortcode-syntax and docs/wordpress-content.md#shortcodes-we-expand.</summary>
public sealed class ShortcodeTransformTests
{
    private static (string Html, IReadOnlyList<string> Codes) Expand(string content, Site? site = null, long? id = 7)
    {
        var (context, bag) = TestPosts.Context(site);
        var post = new ShortcodeTransform().Apply(TestPosts.WordPress(content, id), context);
        Assert.Equal(BodyFormat.Html, post.Content.Format);
        return (post.Content.Text, bag.Codes());
    }

    [Fact]
    public void Old_caption_syntax_takes_the_caption_from_the_attribute() =>
        Assert.Equal(
            "<figure class=\"wp-caption alignright\" id=\"attachment_12\" style=\"width: 300px\"><img src=\"sun.jpg\" /><figcaption class=\"wp-caption-text\">Sun</figcaption></figure>",
            Expand("[caption id=\"attachment_12\" align=\"alignright\" caption=\"Sun\" width=\"300\"]<img src=\"sun.jpg\" />[/caption]").Html);

    [Fact]
    public void New_caption_syntax_takes_the_caption_after_the_linked_image() =>
        Assert.Equal(
            "<figure class=\"wp-caption alignnone\" style=\"width: 300px\"><a href=\"big.jpg\"><img src=\"sun.jpg\"></a><figcaption class=\"wp-caption-text\">The <em>sun</em></figcaption></figure>",
            Expand("[caption width=\"300\"]<a href=\"big.jpg\"><img src=\"sun.jpg\"></a> The <em>sun</em>[/caption]").Html);

    [Theory]
    [InlineData("[caption width=\"0\" caption=\"Sun\"]<img src=\"a.jpg\">[/caption]")]
    [InlineData("[caption width=\"300\" caption=\"\"]<img src=\"a.jpg\">[/caption]")]
    [InlineData("[caption width=\"300\"]<img src=\"a.jpg\">[/caption]")]
    [InlineData("[wp_caption caption=\"Sun\"]<img src=\"a.jpg\">[/wp_caption]")]
    public void Width_below_one_or_an_empty_caption_outputs_only_the_content(string content) =>
        Assert.Equal("<img src=\"a.jpg\">", Expand(content).Html);

    [Fact]
    public void Escaped_shortcodes_print_literally_without_the_outer_brackets() =>
        Assert.Equal("Use [gallery] or [caption]x[/caption].", Expand("Use [[gallery]] or [[caption]x[/caption]].").Html);

    [Fact]
    public void Unknown_shortcodes_are_kept_and_reported_once_per_name()
    {
        var (html, codes) = Expand("[vimeox 1] [spoiler]a[/spoiler] [spoiler]b[/spoiler] [contact-form] [sic] [gallery-x]");
        Assert.Equal("[vimeox 1] [spoiler]a[/spoiler] [spoiler]b[/spoiler] [contact-form] [sic] [gallery-x]", html);
        Assert.Equal(["NRM020", "NRM020", "NRM020"], codes);
    }

    [Fact]
    public void Shortcodes_inside_tags_comments_and_code_are_not_reported()
    {
        var (_, codes) = Expand("<a title=\"[foo bar]\">x</a> <!-- [foo bar] --> <pre>[foo bar]</pre> <code>[x y]</code>");
        Assert.Empty(codes);
    }

    [Fact]
    public void Gallery_with_ids_shows_those_attachments_in_that_order()
    {
        var site = new Site
        {
            Attachments = new Dictionary<long, AttachmentInfo>
            {
                [3] = new(3, "http://x/3.jpg") { Caption = "Three", Link = "http://x/?attachment_id=3" },
                [5] = new(5, "http://x/5.jpg") { Alt = "Five &amp; more" },
            },
        };
        var (html, codes) = Expand("[gallery ids=\"5,3,9\" link=\"file\"]", site);
        Assert.Equal(
            "<div class=\"gallery gallery-columns-3\">\n"
            + "<figure class=\"gallery-item\"><a href=\"http://x/5.jpg\"><img src=\"http://x/5.jpg\" alt=\"Five &amp; more\" /></a></figure>\n"
            + "<figure class=\"gallery-item\"><a href=\"http://x/3.jpg\"><img src=\"http://x/3.jpg\" alt=\"\" /></a><figcaption class=\"wp-caption-text gallery-caption\">Three</figcaption></figure>\n"
            + "</div>", html);
        Assert.Equal(["NRM021"], codes);
    }

    [Fact]
    public void Gallery_without_ids_shows_the_posts_image_attachments_by_menu_order_then_id()
    {
        var site = new Site
        {
            Attachments = new Dictionary<long, AttachmentInfo>
            {
                [20] = new(20, "http://x/b.png") { ParentId = 7, MenuOrder = 1, MimeType = "image/png" },
                [10] = new(10, "http://x/a.jpg") { ParentId = 7, MenuOrder = 2, MimeType = "image/jpeg" },
                [11] = new(11, "http://x/c.jpg") { ParentId = 7, MenuOrder = 1, MimeType = "image/jpeg" },
                [12] = new(12, "http://x/d.pdf") { ParentId = 7, MimeType = "application/pdf" },
                [13] = new(13, "http://x/e.jpg") { ParentId = 8, MimeType = "image/jpeg" },
            },
        };
        var (html, _) = Expand("[gallery columns=\"4\" link=\"none\"]", site);
        Assert.Equal(
            "<div class=\"gallery gallery-columns-4\">\n"
            + "<figure class=\"gallery-item\"><img src=\"http://x/c.jpg\" alt=\"\" /></figure>\n"
            + "<figure class=\"gallery-item\"><img src=\"http://x/b.png\" alt=\"\" /></figure>\n"
            + "<figure class=\"gallery-item\"><img src=\"http://x/a.jpg\" alt=\"\" /></figure>\n"
            + "</div>", html);
    }

    [Fact]
    public void Gallery_with_nothing_to_show_is_kept_and_reported()
    {
        var (html, codes) = Expand("[gallery]");
        Assert.Equal("[gallery]", html);
        Assert.Equal(["NRM022"], codes);
    }

    [Theory]
    [InlineData("[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ]", "<iframe width=\"640\" height=\"360\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"YouTube video\" frameborder=\"0\" allowfullscreen></iframe>")]
    [InlineData("[youtube=http://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;w=480&amp;h=385]", "<iframe width=\"480\" height=\"385\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"YouTube video\" frameborder=\"0\" allowfullscreen></iframe>")]
    [InlineData("[vimeo 12345]", "<iframe width=\"640\" height=\"360\" src=\"https://player.vimeo.com/video/12345\" title=\"Vimeo video\" frameborder=\"0\" allowfullscreen></iframe>")]
    [InlineData("[vimeo id=12345 w=400 h=300]", "<iframe width=\"400\" height=\"300\" src=\"https://player.vimeo.com/video/12345\" title=\"Vimeo video\" frameborder=\"0\" allowfullscreen></iframe>")]
    [InlineData("[embed]https://youtu.be/dQw4w9WgXcQ?t=1m30s[/embed]", "<iframe width=\"640\" height=\"360\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=90\" title=\"YouTube video\" frameborder=\"0\" allowfullscreen></iframe>")]
    [InlineData("[embed]https://twitter.com/x/status/1?a=1&amp;b=2[/embed]", "<a href=\"https://twitter.com/x/status/1?a=1&amp;b=2\">https://twitter.com/x/status/1?a=1&amp;b=2</a>")]
    public void Video_and_embed_shortcodes_become_players_or_links(string content, string expected) =>
        Assert.Equal(expected, Expand(content).Html);

    [Theory]
    [InlineData("[audio src=\"http://x/a.mp3\"]", "<audio controls preload=\"none\" src=\"http://x/a.mp3\"></audio>")]
    [InlineData("[audio mp3=\"http://x/a.mp3\" ogg=\"http://x/a.ogg\" loop=\"on\"]", "<audio controls loop preload=\"none\"><source src=\"http://x/a.mp3\" /><source src=\"http://x/a.ogg\" /></audio>")]
    [InlineData("[video mp4=\"http://x/v.mp4\" poster=\"http://x/p.jpg\" width=\"320\" height=\"240\"][/video]", "<video controls width=\"320\" height=\"240\" poster=\"http://x/p.jpg\" preload=\"metadata\" src=\"http://x/v.mp4\"></video>")]
    [InlineData("[video src=\"https://vimeo.com/76979871\"]", "<iframe width=\"640\" height=\"360\" src=\"https://player.vimeo.com/video/76979871\" title=\"Vimeo video\" frameborder=\"0\" allowfullscreen></iframe>")]
    public void Audio_and_video_become_HTML5_media(string content, string expected) =>
        Assert.Equal(expected, Expand(content).Html);

    [Fact]
    public void Audio_without_a_source_plays_the_first_audio_attachment()
    {
        var site = new Site { Attachments = new Dictionary<long, AttachmentInfo> { [4] = new(4, "http://x/song.mp3") { ParentId = 7, MimeType = "audio/mpeg" } } };
        Assert.Equal("<audio controls preload=\"none\" src=\"http://x/song.mp3\"></audio>", Expand("[audio]", site).Html);
    }

    [Theory]
    [InlineData("[code]if (a < b && c) {}[/code]", "<pre><code>if (a &lt; b &amp;&amp; c) {}</code></pre>")]
    [InlineData("[code]if (a &lt; b &amp;&amp; c) {}[/code]", "<pre><code>if (a &lt; b &amp;&amp; c) {}</code></pre>")]
    [InlineData("[sourcecode language=\"php\"]\necho '[gallery]';\n[/sourcecode]", "<pre><code class=\"language-php\">echo '[gallery]';</code></pre>")]
    [InlineData("[php]$a = \"&amp;\";[/php]", "<pre><code class=\"language-php\">$a = \"&amp;\";</code></pre>")]
    public void Code_shortcodes_keep_their_code_literal_and_escaped_once(string content, string expected) =>
        Assert.Equal(expected, Expand(content).Html);

    [Fact]
    public void A_language_name_without_closing_tag_is_plain_text() =>
        Assert.Equal("I like [php] a lot", Expand("I like [php] a lot").Html);

    [Fact]
    public void Captions_may_contain_other_shortcodes() =>
        Assert.Equal(
            "<figure class=\"wp-caption alignnone\" style=\"width: 300px\"><a href=\"http://x/a\">http://x/a</a><img src=\"a.jpg\"><figcaption class=\"wp-caption-text\">Sun</figcaption></figure>",
            Expand("[caption width=\"300\" caption=\"Sun\"][embed]http://x/a[/embed]<img src=\"a.jpg\">[/caption]").Html);

    [Fact]
    public void Non_WordPress_bodies_are_left_alone()
    {
        var (context, _) = TestPosts.Context();
        var md = TestPosts.Markdown("[gallery]");
        Assert.Same(md, new ShortcodeTransform().Apply(md, context));
    }
}
