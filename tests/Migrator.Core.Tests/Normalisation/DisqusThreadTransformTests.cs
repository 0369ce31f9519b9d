using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>docs/disqus.md#thread-ids-and-identifiers.</summary>
public sealed class DisqusThreadTransformTests
{
    private static (Post Post, IReadOnlyList<string> Codes) Run(Post post)
    {
        var (context, bag) = TestPosts.Context();
        return (new DisqusThreadTransform().Apply(post, context), bag.Codes());
    }

    private static Post FromWordPress(params MetaEntry[] meta) => TestPosts.WordPress("") with
    {
        Id = 85,
        Guid = "http://blog.example/?p=85",
        Link = "http://blog.example/2010/05/post/",
        Meta = meta,
    };

    [Fact]
    public void The_identifier_is_id_space_guid_as_the_plugin_sent_it()
    {
        var (post, codes) = Run(FromWordPress(new MetaEntry(DisqusThreadTransform.ThreadIdMetaKey, "948010227")));
        Assert.NotNull(post.Thread);
        Assert.Equal(["948010227"], post.Thread.ThreadIds);
        Assert.Equal("85 http://blog.example/?p=85", post.Thread.Identifier);
        Assert.Equal("http://blog.example/2010/05/post/", post.Thread.Url);
        Assert.Empty(codes);
    }

    [Fact]
    public void Thread_ids_are_a_set_and_several_are_reported()
    {
        var (post, codes) = Run(FromWordPress(
            new MetaEntry("dsq_thread_id", "1"), new MetaEntry("dsq_thread_id", "2"), new MetaEntry("dsq_thread_id", " 1 ")));
        Assert.Equal(["1", "2"], post.Thread!.ThreadIds);
        Assert.Equal(["NRM040"], codes);
    }

    [Fact]
    public void A_WordPress_post_without_thread_ids_still_gets_its_identifier()
    {
        var (post, _) = Run(FromWordPress());
        Assert.NotNull(post.Thread);
        Assert.Empty(post.Thread.ThreadIds);
        Assert.Equal("85 http://blog.example/?p=85", post.Thread.Identifier);
        Assert.Equal("http://blog.example/2010/05/post/", post.Thread.Url);
    }

    [Fact]
    public void Identifier_and_url_from_front_matter_win()
    {
        var jekyll = TestPosts.Markdown("") with
        {
            Id = 85,
            Link = "/2010/05/post/",
            Thread = new ThreadIdentity(["5"], "old-identifier", "http://old.example/post"),
            Meta = [new MetaEntry("dsq_thread_id", "6")],
        };
        var (post, _) = Run(jekyll);
        Assert.Equal(["5", "6"], post.Thread!.ThreadIds);
        Assert.Equal("old-identifier", post.Thread.Identifier);
        Assert.Equal("http://old.example/post", post.Thread.Url);
    }

    [Fact]
    public void Without_any_Disqus_data_or_WordPress_identity_there_is_no_thread() =>
        Assert.Null(Run(TestPosts.Markdown("") with { Link = "/x/" }).Post.Thread);

    [Fact]
    public void Thread_ids_alone_give_a_thread_without_identifier()
    {
        var (post, _) = Run(TestPosts.Markdown("") with { Link = "/x/", Meta = [new MetaEntry("dsq_thread_id", "9")] });
        Assert.Equal(["9"], post.Thread!.ThreadIds);
        Assert.Null(post.Thread.Identifier);
        Assert.Equal("/x/", post.Thread.Url);
    }

    [Fact]
    public void Menu_items_get_no_thread() =>
        Assert.Null(Run(FromWordPress() with { Type = PostTypes.NavMenuItem }).Post.Thread);

    [Fact]
    public void A_guid_with_an_ampersand_is_reported() =>
        Assert.Equal(["NRM041"], Run(FromWordPress() with { Guid = "http://x/?post_type=book&p=85" }).Codes);
}
