using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.WordPress.Export;
using static Migrator.WordPress.Tests.Export.WxrExportKit;

namespace Migrator.WordPress.Tests.Export;

/// <summary>Bodies as post_content: rendering, the more tag, and newlines wpautop would turn into &lt;br /&gt; (docs/wordpress-wxr.md#content-and-wpautop).</summary>
public sealed class WxrContentTests
{
    private static string Stored(Post post, DiagnosticBag? bag = null) => WxrContent.StoredContent(post, bag ?? new DiagnosticBag());

    private static Post Markdown(string text, string? separator = null) => NewPost("a", body: "") with
    {
        Content = new Body(text, BodyFormat.Markdown, ".md"),
        Extra = separator is null ? [] : [new("excerpt_separator", separator)],
    };

    [Fact]
    public void WordPress_stored_content_is_written_exactly_as_stored()
    {
        var post = NewPost("a") with { Content = new Body("Line one\nline two\n\n[gallery]", BodyFormat.WordPress) };
        Assert.Equal("Line one\nline two\n\n[gallery]", Stored(post));
    }

    [Fact]
    public void Markdown_is_rendered_to_HTML()
    {
        var html = Stored(Markdown("# Head\n\nSome *text*.\n"));
        Assert.Contains("<em>text</em>", html, StringComparison.Ordinal);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Soft_line_breaks_in_paragraphs_and_list_items_are_joined_with_a_space()
    {
        var html = Stored(Markdown("one\ntwo\n\n* three\n  four\n"));
        Assert.DoesNotContain("one\ntwo", html, StringComparison.Ordinal);
        Assert.Contains("one two", html, StringComparison.Ordinal);
        Assert.Contains("three four", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>a\nb</p>", "<p>a b</p>")]
    [InlineData("<p>a\n  <em>b</em>\n<strong>c</strong></p>", "<p>a <em>b</em> <strong>c</strong></p>")]
    [InlineData("<ul>\n<li>x\ny</li>\n</ul>\n<p>z</p>\n", "<ul>\n<li>x y</li>\n</ul>\n<p>z</p>\n")]
    [InlineData("<p>\nlead</p>", "<p>\nlead</p>")]
    [InlineData("<li>item\n<ul>\n<li>sub</li>\n</ul></li>", "<li>item\n<ul>\n<li>sub</li>\n</ul></li>")]
    [InlineData("<pre><code>a\n\nb\n</code></pre>", "<pre><code>a\n\nb\n</code></pre>")]
    [InlineData("<p>x</p>\n<script>a\nb</script>", "<p>x</p>\n<script>a\nb</script>")]
    [InlineData("<p>a &amp;\u00A0\nb</p>", "<p>a &amp;\u00A0 b</p>")]
    [InlineData("<p>a<br>\nb</p>", "<p>a<br>\nb</p>")]
    [InlineData("<img\n src=\"x\"\n alt=\"y\">", "<img\n src=\"x\"\n alt=\"y\">")]
    [InlineData("<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->", "<!-- wp:paragraph -->\n<p>a\nb</p>\n<!-- /wp:paragraph -->")]
    public void Newlines_that_wpautop_would_turn_into_br_are_replaced_and_the_rest_is_kept_byte_for_byte(string html, string expected)
    {
        Assert.Equal(expected, WpautopSafeHtml.Apply(html));
    }

    [Fact]
    public void More_comment_in_Markdown_stands_as_its_own_block_in_the_HTML()
    {
        var html = Stored(Markdown("Intro text <!--more--> rest of it.\n"));
        Assert.Contains("\n<!--more-->\n", html, StringComparison.Ordinal);
        var before = html[..html.IndexOf("<!--more-->", StringComparison.Ordinal)];
        Assert.Contains("Intro text", before, StringComparison.Ordinal);
        Assert.DoesNotContain("rest of it", before, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_excerpt_separator_becomes_a_more_tag_at_that_point()
    {
        var html = Stored(Markdown("First paragraph.\n\n<!-- excerpt -->\n\nSecond.\n", "<!-- excerpt -->"));
        Assert.DoesNotContain("<!-- excerpt -->", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("First paragraph.", StringComparison.Ordinal) < html.IndexOf("<!--more-->", StringComparison.Ordinal));
        Assert.True(html.IndexOf("<!--more-->", StringComparison.Ordinal) < html.IndexOf("Second.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Jekyll_default_separator_of_a_blank_line_marks_the_end_of_the_first_paragraph()
    {
        var html = Stored(Markdown("One.\n\nTwo.\n\nThree.\n", "\n\n"));
        Assert.Equal(1, CountOf(html, "<!--more-->"));
        Assert.True(html.IndexOf("<!--more-->", StringComparison.Ordinal) < html.IndexOf("Two.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_separator_in_HTML_bodies_is_replaced_by_the_more_tag()
    {
        var post = NewPost("a", body: "<p>One</p>\n<!-- cut -->\n<p>Two</p>") with { Extra = [new("excerpt_separator", "<!-- cut -->")] };
        Assert.Equal("<p>One</p>\n<!--more-->\n<p>Two</p>", Stored(post));
    }

    [Fact]
    public void A_separator_that_is_not_in_the_body_is_reported()
    {
        var bag = new DiagnosticBag();
        Stored(Markdown("No separator here.\n", "<!-- cut -->"), bag);
        Assert.Equal(["WXW012"], bag.Items.Select(d => d.Code));
    }

    [Fact]
    public void Bodies_in_other_formats_are_kept_and_reported()
    {
        var bag = new DiagnosticBag();
        var post = NewPost("a") with { Content = new Body("h1. Title", BodyFormat.Other, ".textile") };
        Assert.Equal("h1. Title", Stored(post, bag));
        Assert.Equal(["WXW015"], bag.Items.Select(d => d.Code));
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
            n++;
        return n;
    }
}
