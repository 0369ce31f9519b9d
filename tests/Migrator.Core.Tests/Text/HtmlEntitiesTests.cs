using Migrator.Core.Text;

namespace Migrator.Core.Tests.Text;

public sealed class HtmlEntitiesTests
{
    [Theory]
    [InlineData("Tips &amp; Tricks", "Tips & Tricks")]
    [InlineData("it&#8217;s", "it\u2019s")]
    [InlineData("it&#x2019;s", "it\u2019s")]
    [InlineData("it&#X2019;s", "it\u2019s")]
    [InlineData("?a=1&#038;b=2", "?a=1&b=2")]
    [InlineData("&hellip;&rsquo;&nbsp;", "\u2026\u2019\u00A0")]
    [InlineData("&apos;&NewLine;&bigstar;", "'\n\u2605")]
    [InlineData("&NotEqualTilde;", "\u2242\u0338")]
    [InlineData("&Afr;", "\U0001D504")]
    public void Named_and_numeric_references_are_decoded(string input, string expected) =>
        Assert.Equal(expected, HtmlEntities.Decode(input));

    [Fact]
    public void Decoding_happens_exactly_once() =>
        Assert.Equal("&amp; and &lt;b&gt;", HtmlEntities.Decode("&amp;amp; and &amp;lt;b&amp;gt;"));

    [Theory]
    [InlineData("&#128;", "\u20AC")]
    [InlineData("&#146;", "\u2019")]
    [InlineData("&#150;", "\u2013")]
    [InlineData("&#159;", "\u0178")]
    [InlineData("&#129;", "\u0081")]
    public void Numeric_references_128_to_159_are_read_as_Windows_1252_like_browsers(string input, string expected) =>
        Assert.Equal(expected, HtmlEntities.Decode(input));

    [Theory]
    [InlineData("&#0;")]
    [InlineData("&#xD800;")]
    [InlineData("&#x110000;")]
    [InlineData("&#99999999999999999999;")]
    public void Impossible_code_points_become_the_replacement_character(string input) =>
        Assert.Equal("\uFFFD", HtmlEntities.Decode(input));

    [Theory]
    [InlineData("AT&T")]
    [InlineData("R & D")]
    [InlineData("&copy 2020")]
    [InlineData("&#8217 no semicolon")]
    [InlineData("&nosuchentity;")]
    [InlineData("&#;")]
    [InlineData("&")]
    [InlineData("a&")]
    public void Incomplete_or_unknown_references_stay_literal(string input) =>
        Assert.Equal(input, HtmlEntities.Decode(input));

    [Theory]
    [InlineData("<p>it&#8217;s &lt;b&gt; &amp; co</p>", "<p>it\u2019s &lt;b&gt; &amp; co</p>")]
    [InlineData("<p>&#60;script&#62;</p>", "<p>&lt;script&gt;</p>")]
    [InlineData("<p>a &#038; b</p>", "<p>a &amp; b</p>")]
    [InlineData("<p>&amp;amp;</p>", "<p>&amp;amp;</p>")]
    [InlineData("<p>AT&T</p>", "<p>AT&T</p>")]
    [InlineData("<p>&quot;quoted&quot;</p>", "<p>\"quoted\"</p>")]
    [InlineData("<p>a&#32;b&#10;</p>", "<p>a&#32;b&#10;</p>")]
    public void Markup_safe_decoding_never_creates_markup_in_text(string input, string expected) =>
        Assert.Equal(expected, HtmlEntities.DecodeInHtml(input));

    [Theory]
    [InlineData("<a href=\"?a=1&#038;b=2\" title=\"Caf&eacute; &quot;x&quot;\">", "<a href=\"?a=1&amp;b=2\" title=\"Caf\u00E9 &quot;x&quot;\">")]
    [InlineData("<img alt='it&#39;s' data-x=a&#32;b>", "<img alt='it&#39;s' data-x=a&#32;b>")]
    [InlineData("<a title=\"a > b &rsquo;\">x</a>", "<a title=\"a > b \u2019\">x</a>")]
    public void Attribute_values_get_characters_but_keep_their_syntax(string input, string expected) =>
        Assert.Equal(expected, HtmlEntities.DecodeInHtml(input));

    [Theory]
    [InlineData("<!-- it&#8217;s --><p>&#8217;</p>", "<!-- it&#8217;s --><p>\u2019</p>")]
    [InlineData("<script>var s = '&#8217;';</script>&#8217;", "<script>var s = '&#8217;';</script>\u2019")]
    [InlineData("<style>p::after { content: '&rsquo;' }</style>", "<style>p::after { content: '&rsquo;' }</style>")]
    public void Comments_and_raw_text_elements_are_not_touched(string input, string expected) =>
        Assert.Equal(expected, HtmlEntities.DecodeInHtml(input));

    [Fact]
    public void Markup_safe_decoding_is_idempotent()
    {
        const string html = "<p title=\"&amp;&#038;&eacute;\">&lt;&#038;&amp;amp;&hellip;&#8220;x&#8221;</p>";
        var once = HtmlEntities.DecodeInHtml(html);
        Assert.Equal(once, HtmlEntities.DecodeInHtml(once));
    }
}
