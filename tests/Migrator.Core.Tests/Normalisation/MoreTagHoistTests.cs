using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

public sealed class MoreTagHoistTests
{
    [Theory]
    [InlineData("<p>Intro</p>\n<p><!--more--><br />\nRest</p>\n", "<p>Intro</p>\n<!--more-->\n<p>Rest</p>\n")]
    [InlineData("<p>Intro<br />\n<!--more--></p>\n<p>Rest</p>\n", "<p>Intro</p>\n<!--more-->\n<p>Rest</p>\n")]
    [InlineData("<p><!--more--></p>\n", "<!--more-->\n")]
    [InlineData("<p>Half <!--more--> way</p>\n", "<p>Half <!--more--> way</p>\n")]
    public void A_more_tag_at_a_paragraph_edge_moves_between_blocks(string html, string expected) =>
        Assert.Equal(expected, MoreTagTransform.HoistOutOfParagraph(html));
}
