using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>Issue "Jekyll clean-up": Markdown left by earlier migrations (docs/jekyll.md#earlier-migrations).</summary>
public sealed class MarkdownDebrisTransformTests
{
    private static (string Text, string Codes) Run(string markdown)
    {
        var (context, bag) = TestPosts.Context();
        return (new MarkdownDebrisTransform().Apply(TestPosts.Markdown(markdown), context).Content.Text, string.Join(',', bag.Codes()));
    }

    [Fact]
    public void Jekyll_cleanup_seed_decodes_entities_and_keeps_the_emphasis()
    {
        const string seed = "> &#8220;First, just skip the marketing-centric ... it&#8217;s *money.&#8221;*";
        var (context, bag) = TestPosts.Context();
        var post = Normaliser.Apply(TestPosts.Markdown(seed), context);
        Assert.Equal("> \u201CFirst, just skip the marketing-centric ... it\u2019s *money.\u201D*", post.Content.Text);
        Assert.Contains("<em>money.\u201D</em>", Markdig.Markdown.ToHtml(post.Content.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("NRM050", string.Join(',', bag.Codes()));
    }

    [Fact]
    public void A_closing_delimiter_after_the_space_is_moved_before_it() =>
        Assert.Equal(("Ask *why* they're here", "NRM050"), Run("Ask *why *they're here"));

    // The seed's line has no-break spaces; CommonMark counts every Unicode space (Zs) as white space, and so do we.
    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u2009")]
    [InlineData("\u3000")]
    [InlineData("\t")]
    public void A_closing_delimiter_after_any_unicode_space_is_moved_before_it(string space) =>
        Assert.Equal(($"Identifying{space}*why*{space}they\u2019re", "NRM050"), Run($"Identifying{space}*why{space}*they\u2019re"));

    [Fact]
    public void Unicode_spaces_inside_strong_delimiters_are_removed() =>
        Assert.Equal(("a\u00A0**bold**\u00A0move", "NRM050"), Run("a\u00A0**\u00A0bold\u00A0**\u00A0move"));

    [Fact]
    public void Spaces_inside_strong_delimiters_are_removed() =>
        Assert.Equal(("a **bold** move", "NRM050"), Run("a ** bold ** move"));

    [Theory]
    [InlineData("2 * 3 *4 is not emphasis? yes it is math")]
    [InlineData("*already* fine *here*")]
    [InlineData("`*why *they` in code")]
    [InlineData("* list item *with star")]
    [InlineData("    *why *they indented code")]
    public void Anything_not_unambiguously_broken_is_left_byte_for_byte(string markdown) =>
        Assert.Equal((markdown, ""), Run(markdown));

    [Fact]
    public void Other_lines_are_untouched() =>
        Assert.Equal(("line one\r\n*why* they\n\n```\n*a *b\n```\n", "NRM050"), Run("line one\r\n*why *they\n\n```\n*a *b\n```\n"));
}
