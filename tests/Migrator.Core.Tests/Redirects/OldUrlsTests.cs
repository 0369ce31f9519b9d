using Migrator.Core.Model;
using Migrator.Core.Redirects;

namespace Migrator.Core.Tests.Redirects;

public sealed class OldUrlsTests
{
    private static readonly Site Site = new() { Url = "https://tidewater.example" };

    private static Post APost(string type = PostTypes.Post, string? link = "https://tidewater.example/2023/03/26/reading-the-tide-tables/", params string[] oldSlugs) =>
        new() { Source = new SourceRef("x.xml", 1), Id = 10, Type = type, Link = link, OldSlugs = oldSlugs };

    [Fact]
    public void A_post_was_reachable_at_its_permalink_and_at_the_plain_id_form()
    {
        Assert.Equal(
            [new OldUrl("/2023/03/26/reading-the-tide-tables/", OldUrlKind.Permalink), new OldUrl("/?p=10", OldUrlKind.IdQuery)],
            OldUrls.For(APost(), Site));
    }

    [Fact]
    public void Pages_use_page_id_and_attachments_attachment_id()
    {
        Assert.Contains(new OldUrl("/?page_id=10", OldUrlKind.IdQuery), OldUrls.For(APost(PostTypes.Page), Site));
        Assert.Contains(new OldUrl("/?attachment_id=10", OldUrlKind.IdQuery), OldUrls.For(APost(PostTypes.Attachment), Site));
    }

    [Fact]
    public void Old_slugs_replace_the_last_path_segment()
    {
        var post = APost(oldSlugs: ["tide-tables"]);
        Assert.Contains(new OldUrl("/2023/03/26/tide-tables/", OldUrlKind.OldSlug), OldUrls.For(post, Site));
    }

    [Fact]
    public void The_sources_own_redirects_are_old_urls_under_the_base_path()
    {
        var site = new Site { Url = "https://example.org/blog" };
        var post = APost(link: "https://example.org/blog/2020/06/01/moved/") with
        {
            Extra =
            [
                new("redirect_from", new List<object?> { "/old-url/", "/über/", "relative/ignored/" }),
                new("aliases", "https://example.org/blog/hugo-alias/"),
            ],
        };
        var aliases = OldUrls.For(post, site).Where(u => u.Kind == OldUrlKind.Alias).Select(u => u.PathAndQuery);
        Assert.Equal(["/blog/old-url/", "/blog/%C3%BCber/", "/blog/hugo-alias/"], aliases);
    }

    [Fact]
    public void A_draft_link_in_plain_form_is_not_a_permalink()
    {
        var urls = OldUrls.For(APost(link: "https://tidewater.example/?p=10"), Site);
        Assert.Equal([new OldUrl("/?p=10", OldUrlKind.IdQuery)], urls);
    }

    [Fact]
    public void The_old_sites_percent_encoding_is_kept_as_printed()
    {
        var urls = OldUrls.For(APost(link: "https://tidewater.example/2023/08/14/sommar-pa-%c3%a5land/"), Site);
        Assert.Equal("/2023/08/14/sommar-pa-%c3%a5land/", urls[0].PathAndQuery);
    }

    [Fact]
    public void A_site_in_a_sub_folder_prefixes_the_id_form()
    {
        var urls = OldUrls.For(APost(link: "https://x.example/blog/hello/"), new Site { Url = "https://x.example/blog/" });
        Assert.Contains(new OldUrl("/blog/?p=10", OldUrlKind.IdQuery), urls);
    }
}
