using Migrator.Core.Normalisation.Blocks;

namespace Migrator.Core.Tests.Normalisation;

public sealed class BlockBoilerplateTests
{
    [Theory]
    [InlineData("<h2 class=\"wp-block-heading\">Cost</h2>", "<h2>Cost</h2>")]
    [InlineData("<h2 class=\"wp-block-heading has-text-align-center\" id=\"x\">Cost</h2>", "<h2 class=\"has-text-align-center\" id=\"x\">Cost</h2>")]
    [InlineData("<ul class=\"wp-block-list\"><li>a</li></ul>", "<ul><li>a</li></ul>")]
    [InlineData("<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>", "<hr/>")]
    [InlineData("<figure class=\"wp-block-table\"><table><tr><td>1</td></tr></table></figure>", "<table><tr><td>1</td></tr></table>")]
    [InlineData("<figure class=\"wp-block-table\"><table><tr><td>1</td></tr></table><figcaption>Prices</figcaption></figure>",
                "<figure class=\"wp-block-table\"><table><tr><td>1</td></tr></table><figcaption>Prices</figcaption></figure>")]
    [InlineData("<p class=\"my-own\">wp-block-heading as text</p>", "<p class=\"my-own\">wp-block-heading as text</p>")]
    public void Theme_only_class_names_go_and_everything_else_stays(string html, string expected) =>
        Assert.Equal(expected, BlockBoilerplate.Strip(html));
}
