using Migrator.Blogger.Import;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Blogger.Tests.Import;

/// <summary>Both export shapes read into the model: one item per entry, every field docs/blogger.md names.</summary>
public sealed class BloggerImporterTests
{
    private static Post PostTitled(List<SourceItem> items, string title) =>
        items.OfType<ReadPost>().Single(p => p.Post.Title == title).Post;

    private static string[] Codes(IEnumerable<SourceItem> items) =>
        [.. items.Select(i => i switch
        {
            IgnoredItem ignored => ignored.Reason.Code,
            UnreadableItem unreadable => unreadable.Error.Code,
            InputDamaged damaged => damaged.Error.Code,
            _ => "post",
        })];

    [Fact]
    public void Classic_backup_gives_one_item_per_entry_in_file_order()
    {
        var (site, items, _) = BloggerFixtures.Read(BloggerFixtures.Classic);

        Assert.Equal(BloggerFixtures.EntryCount(BloggerFixtures.Classic), items.Count);
        Assert.Equal(["BLG002", "BLG002", "post", "post", "post", "post", "BLG003", "BLG003", "BLG009", "BLG004"], Codes(items));
        Assert.Equal("Tide Tables", site.Site.Title);
        Assert.Equal("https://tide-tables.blogspot.com/", site.Site.Url);
        Assert.Equal("Blogger 7.00", site.Site.SourceVersion);
        Assert.Equal("BLOG_NAME", ((IgnoredItem)items[0]).Title);
        Assert.Equal(23, items[2].Source.Line);
    }

    [Fact]
    public void Classic_post_keeps_date_offset_labels_old_url_thumbnail_and_place()
    {
        var (_, items, _) = BloggerFixtures.Read(BloggerFixtures.Classic);
        var post = PostTitled(items, "Spring tides & the moon");

        Assert.Equal(PostTypes.Post, post.Type);
        Assert.Equal(PublicationStatus.Published, post.Status);
        Assert.Equal(new DateTimeOffset(2019, 4, 2, 21, 15, 0, 1, TimeSpan.FromMinutes(330)), post.Date);
        Assert.Equal("spring-tides", post.Slug);
        Assert.Equal("https://tide-tables.blogspot.com/2019/04/spring-tides.html", post.Link);
        Assert.Equal("Ann Shore", post.Author);
        Assert.Null(post.Id);
        Assert.Equal([("post_tag", "spring-tides", "Spring Tides"), ("post_tag", "moon", "Moon")],
            post.Terms.Select(t => (t.Taxonomy, t.Slug, t.Name)));
        Assert.Equal("https://blogger.googleusercontent.com/img/b/AAA/s1600/tide.jpg", post.FeaturedImage);
        var location = Assert.IsType<Dictionary<string, object?>>(post.Extra.Single(e => e.Key == "location").Value);
        Assert.Equal("Saint-Malo, France", location["name"]);
        Assert.Equal("48.6493", location["latitude"]);
        Assert.Equal("tag:blogger.com,1999:blog-1001.post-2001", post.Extra.Single(e => e.Key == "blogger_id").Value);
        Assert.Equal(BodyFormat.Html, post.Content.Format);
        Assert.DoesNotContain("trbidi", post.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classic_comments_that_follow_the_posts_are_attached_with_replies_and_removals()
    {
        var (_, items, _) = BloggerFixtures.Read(BloggerFixtures.Classic);
        var comments = PostTitled(items, "Spring tides & the moon").Comments;

        Assert.Equal(3, comments.Count);
        Assert.Equal((1L, 0L, "Bob Sailor", "https://sailing.example.org/", "bob@sailing.example.org"),
            (comments[0].Id, comments[0].ParentId, comments[0].Author, comments[0].AuthorUrl, comments[0].AuthorEmail));
        Assert.Equal(TimeSpan.FromMinutes(330), comments[0].Date!.Value.Offset);
        Assert.Equal((2L, 1L), (comments[1].Id, comments[1].ParentId));
        Assert.Null(comments[1].AuthorEmail); // Blogger's noreply placeholder is no address
        Assert.Equal(CommentStatus.Trashed, comments[2].Status);
        Assert.True(comments[0].IsPublic);
        Assert.False(comments[2].IsPublic);
        Assert.Empty(PostTitled(items, "Neap tides").Comments);
    }

    [Fact]
    public void Classic_draft_and_page_are_read_as_such()
    {
        var (_, items, _) = BloggerFixtures.Read(BloggerFixtures.Classic);

        var draft = PostTitled(items, "Half-written notes on storm surges");
        Assert.Equal((PublicationStatus.Draft, "draft", null, ""), (draft.Status, draft.StatusWord, draft.Link, draft.Slug));
        var page = PostTitled(items, "About the tides");
        Assert.Equal((PostTypes.Page, "about", "https://tide-tables.blogspot.com/p/about.html"), (page.Type, page.Slug, page.Link));
    }

    [Fact]
    public void Takeout_statuses_pages_comments_and_descriptions_are_read()
    {
        var (site, items, _) = BloggerFixtures.Read(BloggerFixtures.TakeoutFolder);

        Assert.Equal(BloggerFixtures.EntryCount(Path.Combine(BloggerFixtures.TakeoutFolder, "feed.atom")), items.Count);
        Assert.Equal(["post", "post", "post", "post", "post", "BLG003", "BLG003", "BLG009"], Codes(items));
        Assert.Equal("Garden Notes", site.Site.Title);
        var posts = items.OfType<ReadPost>().Select(p => p.Post).ToList();
        Assert.Equal(
            [PublicationStatus.Published, PublicationStatus.Draft, PublicationStatus.Trashed, PublicationStatus.Trashed, PublicationStatus.Published],
            posts.Select(p => p.Status));
        Assert.Equal(["LIVE", "DRAFT", "SOFT_TRASHED", "DELETED", "LIVE"], posts.Select(p => p.StatusWord));
        var live = posts[0];
        Assert.Equal("/2020/05/tomatoes-and-basil.html", live.Link);
        Assert.Equal("tomatoes-and-basil", live.Slug);
        Assert.Equal("Why tomatoes and basil grow well together", live.Excerpt);
        Assert.Equal(new DateTimeOffset(2020, 5, 12, 7, 30, 0, TimeSpan.Zero), live.Date);
        Assert.Equal(["Vegetables", "Herbs"], live.Terms.Select(t => t.Name));
        Assert.Equal(3, live.Comments.Count);
        Assert.Equal((2L, 1L), (live.Comments[1].Id, live.Comments[1].ParentId));
        Assert.Equal(CommentStatus.Spam, live.Comments[2].Status);
        Assert.Equal(PostTypes.Page, posts[4].Type);
        Assert.Equal("/p/contact.html", posts[4].Link);
    }

    [Fact]
    public void Real_sample_reports_the_repeated_id_and_reads_the_draft_without_address()
    {
        var (site, items, _) = BloggerFixtures.Read(BloggerFixtures.GhostSample);

        Assert.Equal(3, items.Count);
        Assert.Equal("My Old Blog", site.Site.Title);
        var repeated = items.OfType<ReadPost>().Last();
        Assert.Equal("BLG007", Assert.Single(repeated.Diagnostics).Code);
        Assert.Equal((PublicationStatus.Draft, (string?)null), (repeated.Post.Status, repeated.Post.Link));
        Assert.Equal("https://images.com/1234/5678/s1600/IMG_1234.jpg", items.OfType<ReadPost>().ElementAt(1).Post.FeaturedImage);
    }

    [Fact]
    public void A_damaged_file_gives_the_entries_before_the_damage_and_its_line()
    {
        using var temp = Migrator.Testing.Corpus.NewTempFolder();
        var text = File.ReadAllText(BloggerFixtures.Classic);
        var cut = text.IndexOf("<entry>\n    <id>tag:blogger.com,1999:blog-1001.post-2003", StringComparison.Ordinal) + 40;
        var file = temp.Combine("blog-cut.xml");
        File.WriteAllText(file, text[..cut]);

        var (_, items, _) = BloggerFixtures.Read(file);

        Assert.Equal(["BLG002", "BLG002", "post", "post", "BLG001"], Codes(items));
        Assert.True(items[^1].Source.Line >= 55, $"damage reported at line {items[^1].Source.Line}");
    }

    [Fact]
    public void Entries_of_no_kind_an_unknown_kind_or_a_bad_date_get_their_rows()
    {
        using var temp = Migrator.Testing.Corpus.NewTempFolder();
        var file = temp.Combine("blog-odd.xml");
        File.WriteAllText(file, """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns='http://www.w3.org/2005/Atom'>
              <id>tag:blogger.com,1999:blog-1.archive</id>
              <title type='text'>Odd</title>
              <entry><id>tag:blogger.com,1999:blog-1.post-1</id><title type='text'>No kind</title></entry>
              <entry><id>tag:blogger.com,1999:blog-1.x</id>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#widget'/>
              </entry>
              <entry><id>tag:blogger.com,1999:blog-1.post-3</id><published>last Tuesday</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
                <title type='text'>Undated</title>
              </entry>
            </feed>
            """);

        var (_, items, _) = BloggerFixtures.Read(file);

        Assert.Equal(["BLG008", "BLG005", "post"], Codes(items));
        Assert.Equal("No kind", ((UnreadableItem)items[0]).Title);
        var undated = (ReadPost)items[2];
        Assert.Null(undated.Post.Date);
        Assert.Equal("BLG006", Assert.Single(undated.Diagnostics).Code);
    }

    [Fact]
    public void Detects_both_shapes_and_not_a_wordpress_export()
    {
        var importer = new BloggerImporter();
        Assert.True(importer.CanRead(BloggerFixtures.Classic));
        Assert.True(importer.CanRead(BloggerFixtures.TakeoutFolder));
        Assert.True(importer.CanRead(Path.Combine(BloggerFixtures.TakeoutFolder, "feed.atom")));
        Assert.True(importer.CanRead(BloggerFixtures.GhostSample));
        Assert.False(importer.CanRead(Path.Combine(Migrator.Testing.Corpus.Samples, "wordpress", "tidewater-notes.wordpress.2024-05-01.000.xml")));
        Assert.False(importer.CanRead(BloggerFixtures.Folder));
    }
}
