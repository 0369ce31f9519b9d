using Migrator.Core.Text;

namespace Migrator.Core.Tests.Text;

/// <summary>Old links as decoded paths on the new site (permalinks), and their addresses again.</summary>
public sealed class SitePathsTests
{
    [Theory]
    [InlineData("http://example.com/2020/01/02/hello/", "http://example.com", "/2020/01/02/hello/")]
    [InlineData("https://example.com/blog/2020/x/", "http://example.com/blog", "/2020/x/")]
    [InlineData("http://example.com/blog", "http://example.com/blog/", "/")]
    [InlineData("http://example.com/blogroll/", "http://example.com/blog", "/blogroll/")]
    [InlineData("http://example.com/2020/%e6%97%a5%e6%9c%ac/", "http://example.com", "/2020/日本/")]
    [InlineData("http://example.com/a%2Fb/c%3Fd/", "http://example.com", "/a%2Fb/c%3Fd/")]
    [InlineData("http://example.com/bad%ff/", "http://example.com", "/bad%ff/")]
    [InlineData("http://example.com/a/../b/./c.html#top", "http://example.com", "/a/b/c.html")]
    [InlineData("http://example.com/old-page.html", null, "/old-page.html")]
    [InlineData("http://example.com", "http://example.com", "/")]
    [InlineData("/about/team/", "http://example.com", "/about/team/")]
    public void A_link_becomes_its_decoded_path_below_the_site(string link, string? site, string expected) =>
        Assert.Equal(expected, SitePaths.Of(link, site));

    [Theory]
    [InlineData("http://example.com/?p=12")]
    [InlineData("http://example.com/index.php?page_id=2")]
    [InlineData("ftp://example.com/a/")]
    [InlineData("//example.com/a/")]
    [InlineData("about/")]
    [InlineData("")]
    [InlineData(null)]
    public void A_link_no_file_can_answer_has_no_path(string? link) =>
        Assert.Null(SitePaths.Of(link, "http://example.com"));

    [Theory]
    [InlineData("http://example.com/blog/", "/2020/日本/", "http://example.com/blog/2020/%E6%97%A5%E6%9C%AC/")]
    [InlineData("https://example.com", "/a b/%2F/", "https://example.com/a%20b/%2F/")]
    [InlineData(null, "/x/", "/x/")]
    public void The_address_is_the_site_and_the_path_encoded(string? site, string path, string expected) =>
        Assert.Equal(expected, SitePaths.Address(site, path));
}
