using Migrator.Core.Normalisation.Shortcodes;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-content.md#shortcode-syntax: the shortcode grammar.</summary>
public sealed class ShortcodeSyntaxTests
{
    private static readonly System.Text.RegularExpressions.Regex Gallery = ShortcodeSyntax.For(["gallery", "a"]);

    [Theory]
    [InlineData("[gallery ids=\"1\"]")]
    [InlineData("[gallery]")]
    [InlineData("[gallery/]")]
    [InlineData("[gallery /]")]
    public void Registered_names_match_in_every_form(string text) =>
        Assert.Equal(text, Gallery.Match(text).Value);

    [Theory]
    [InlineData("[gallery-x]")]
    [InlineData("[gallery_x]")]
    [InlineData("[gallery2]")]
    [InlineData("[galleryx]")]
    [InlineData("[other]")]
    public void A_name_followed_by_a_letter_digit_underscore_or_hyphen_does_not_match(string text) =>
        Assert.DoesNotMatch(Gallery, text);

    [Fact]
    public void The_same_name_does_not_nest()
    {
        var m = Gallery.Match("[a][a][/a][/a]");
        Assert.Equal("[a][a][/a]", m.Value);
        Assert.Equal("[a]", m.Groups[5].Value);
    }

    [Fact]
    public void Escaped_shortcodes_are_recognised_by_their_double_brackets()
    {
        var m = Gallery.Match("[[gallery]]");
        Assert.Equal("[", m.Groups[1].Value);
        Assert.Equal("]", m.Groups[6].Value);
    }

    [Fact]
    public void Attributes_come_in_all_forms()
    {
        var atts = ShortcodeSyntax.ParseAttributes(" ID=\"a b\" single='c d' bare=e \"pos 1\" 'pos 2' pos3");
        Assert.Equal("a b", atts["id"]);
        Assert.Equal("c d", atts["single"]);
        Assert.Equal("e", atts["bare"]);
        Assert.Equal(["pos 1", "pos 2", "pos3"], atts.Positional);
    }

    [Fact]
    public void No_break_and_zero_width_spaces_count_as_spaces()
    {
        var atts = ShortcodeSyntax.ParseAttributes("a=1\u00A0b=2\u200Bc=3");
        Assert.Equal(["1", "2", "3"], new[] { atts["a"] ?? "", atts["b"] ?? "", atts["c"] ?? "" });
    }

    [Fact]
    public void Backslash_escapes_are_removed_and_unclosed_HTML_empties_a_value()
    {
        var atts = ShortcodeSyntax.ParseAttributes("a=\"it\\'s\" b=\"<b>ok</b>\" c=\"<b oops\"");
        Assert.Equal("it's", atts["a"]);
        Assert.Equal("<b>ok</b>", atts["b"]);
        Assert.Equal("", atts["c"]);
    }

    [Fact]
    public void The_WordPress_com_youtube_form_is_one_positional_value()
    {
        var m = ShortcodeSyntax.For(["youtube"]).Match("[youtube=http://www.youtube.com/watch?v=abcdefghijk&w=640&h=385]");
        Assert.True(m.Success);
        var atts = ShortcodeSyntax.ParseAttributes(m.Groups[3].Value);
        Assert.Equal(["=http://www.youtube.com/watch?v=abcdefghijk&w=640&h=385"], atts.Positional);
    }
}
