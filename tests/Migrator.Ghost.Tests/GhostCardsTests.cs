using Migrator.Ghost.Export;

namespace Migrator.Ghost.Tests;

/// <summary>
/// Ghost's importer drops what its editor has no card for and refuses an item left empty; those blocks go between
/// its HTML-card markers, which it keeps verbatim (docs/ghost.md#bodies). <see cref="RealGhostTests"/> imports them.
/// </summary>
public sealed class GhostCardsTests
{
    private const string Begin = "<!--kg-card-begin: html-->";
    private const string End = "<!--kg-card-end: html-->";

    [Theory]
    [InlineData("<p>Plain <em>text</em>.</p>\n")]
    [InlineData("<p><img src=\"a.jpg\"></p>")]
    [InlineData("<figure><iframe src=\"https://www.youtube.com/embed/x\"></iframe></figure>")]
    [InlineData("<hr>")]
    [InlineData("<p>Text</p><!--kg-card-begin: html--><video src=\"a.mp4\"></video><!--kg-card-end: html-->")]
    public void A_body_Ghost_keeps_whole_is_written_as_it_is(string html) =>
        Assert.Equal((html, 0), GhostCards.Keep(html));

    [Fact]
    public void Each_block_holding_what_Ghost_drops_becomes_an_HTML_card_and_the_rest_stays()
    {
        const string html = "<p>Intro</p>\n<div class=\"wp-block-video\"><video src=\"a.mp4\"></video></div>\n<p>Mid <b>x</b></p>\n<figure class=\"wp-block-audio\"><audio controls src=\"a.mp3\"></audio></figure>\n<p>End</p>";
        var (written, wrapped) = GhostCards.Keep(html);
        Assert.Equal(2, wrapped);
        Assert.Equal(
            "<p>Intro</p>\n" + Begin + "\n<div class=\"wp-block-video\"><video src=\"a.mp4\"></video></div>\n" + End
            + "\n<p>Mid <b>x</b></p>\n" + Begin + "\n<figure class=\"wp-block-audio\"><audio controls src=\"a.mp3\"></audio></figure>\n" + End
            + "\n<p>End</p>",
            written);
    }

    [Theory]
    [InlineData("<div class=\"wp-block-columns\"><div><!-- dynamic block core/archives not rendered --></div></div>")]
    [InlineData("<!-- only a comment -->")]
    [InlineData("<br>")]
    [InlineData("<div></div>\n")]
    public void A_body_with_nothing_Ghost_keeps_is_one_HTML_card(string html) =>
        Assert.Equal(($"{Begin}\n{html.Trim()}\n{End}", 1), GhostCards.Keep(html));

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void A_blank_body_is_written_empty(string html) =>
        Assert.Equal(("", 0), GhostCards.Keep(html));
}
