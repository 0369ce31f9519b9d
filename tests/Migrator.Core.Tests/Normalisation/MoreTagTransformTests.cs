using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/wordpress-content.md#the-more-tag.</summary>
public sealed class MoreTagTransformTests
{
    private static (string Text, string Codes) Run(string html)
    {
        var (context, bag) = TestPosts.Context();
        return (new MoreTagTransform().Apply(TestPosts.Html(html), context).Content.Text, string.Join(',', bag.Codes()));
    }

    [Fact]
    public void Custom_more_text_is_dropped_and_reported() =>
        Assert.Equal(("<p>a</p>\n<!--more-->\n<p>b</p>", "NRM030"), Run("<p>a</p>\n<!--more Continue reading…-->\n<p>b</p>"));

    [Fact]
    public void The_plain_more_tag_is_kept_silently() =>
        Assert.Equal(("a<!--more-->b", ""), Run("a<!--more-->b"));

    [Fact]
    public void Only_the_first_more_tag_is_kept() =>
        Assert.Equal(("a<!--more-->b c", "NRM032"), Run("a<!--more-->b<!--more--> c"));

    [Fact]
    public void Noteaser_is_removed_and_reported() =>
        Assert.Equal(("a\n<!--more-->\nb", "NRM031"), Run("a\n<!--more-->\n<!--noteaser-->\nb"));

    [Fact]
    public void Markdown_bodies_are_left_alone()
    {
        var (context, _) = TestPosts.Context();
        var post = TestPosts.Markdown("a <!--more x--> b");
        Assert.Same(post, new MoreTagTransform().Apply(post, context));
    }
}
