using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-content.md#bare-urls-and-embeds.</summary>
public sealed class AutoEmbedTransformTests
{
    private const string Player = "<iframe width=\"640\" height=\"360\" src=\"https://www.youtube.com/embed/abcdefghijk\" title=\"YouTube video\" frameborder=\"0\" allowfullscreen></iframe>";

    private static string Run(string content)
    {
        var (context, _) = TestPosts.Context();
        return new AutoEmbedTransform().Apply(TestPosts.WordPress(content), context).Content.Text;
    }

    [Fact]
    public void A_URL_alone_on_its_line_is_embedded() =>
        Assert.Equal("Watch:\n" + Player + "\nNice.", Run("Watch:\nhttps://youtu.be/abcdefghijk\nNice."));

    [Fact]
    public void A_URL_alone_in_its_paragraph_is_embedded() =>
        Assert.Equal("<p>" + Player + "</p>", Run("<p>https://www.youtube.com/watch?v=abcdefghijk</p>"));

    [Fact]
    public void A_URL_in_a_sentence_stays_text() =>
        Assert.Equal("see https://youtu.be/abcdefghijk now", Run("see https://youtu.be/abcdefghijk now"));

    [Fact]
    public void Other_providers_become_links() =>
        Assert.Equal("\n<a href=\"https://twitter.com/a/status/1\">https://twitter.com/a/status/1</a>\n",
            Run("\nhttps://twitter.com/a/status/1\n"));

    [Fact]
    public void URLs_in_pre_and_code_are_left_alone() =>
        Assert.Equal("<pre>\nhttps://youtu.be/abcdefghijk\n</pre>", Run("<pre>\nhttps://youtu.be/abcdefghijk\n</pre>"));

    [Fact]
    public void Line_breaks_inside_a_tag_do_not_make_lines() =>
        Assert.Equal("<img\nsrc=\"https://example.com/a.jpg\"\nalt=\"\">", Run("<img\nsrc=\"https://example.com/a.jpg\"\nalt=\"\">"));

    [Fact]
    public void Embed_shortcodes_run_here_before_wpautop() =>
        Assert.Equal("x " + Player, Run("x [embed]https://youtu.be/abcdefghijk[/embed]"));
}
