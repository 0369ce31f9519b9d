using Migrator.Jekyll.Export;

namespace Migrator.Jekyll.Tests.Export;

public sealed class UrlPathTests
{
    [Theory]
    [InlineData("http://example.com/2020/01/hello/", "", "/2020/01/hello/")]
    [InlineData("https://example.com/blog/2020/01/hello/", "/blog", "/2020/01/hello/")]
    [InlineData("https://example.com/blogger/x/", "/blog", "/blogger/x/")]
    [InlineData("http://example.com/%e6%97%a5%e6%9c%ac/", "", "/日本/")]
    [InlineData("http://example.com/a%2Fb/", "", "/a%2Fb/")]
    [InlineData("http://example.com/100%25/", "", "/100%25/")]
    [InlineData("http://example.com/old.html", "", "/old.html")]
    [InlineData("http://example.com/a/#comments", "", "/a/")]
    [InlineData("http://example.com", "", "/")]
    [InlineData("/relative/path/", "", "/relative/path/")]
    public void The_permalink_is_the_old_path_below_the_base_decoded(string link, string basePath, string expected)
    {
        Assert.Equal(expected, UrlPath.PermalinkOf(link, basePath));
    }

    [Theory]
    [InlineData("http://example.com/?p=123")]
    [InlineData("http://example.com/index.php?page_id=2")]
    [InlineData("")]
    [InlineData(null)]
    public void Query_links_and_missing_links_give_no_permalink(string? link)
    {
        Assert.Null(UrlPath.PermalinkOf(link, ""));
    }

    [Theory]
    [InlineData("/日本/", "/%E6%97%A5%E6%9C%AC/")]
    [InlineData("/a b/", "/a%20b/")]
    [InlineData("/keep-(this)!/", "/keep-(this)!/")]
    public void New_urls_are_percent_encoded_as_jekyll_serves_them(string permalink, string expected)
    {
        Assert.Equal(expected, UrlPath.Encode(permalink));
    }

    [Theory]
    [InlineData("https://example.com/blog/", "https://example.com", "/blog")]
    [InlineData("http://example.com", "http://example.com", "")]
    [InlineData(null, null, "")]
    public void A_site_url_splits_into_url_and_baseurl(string? url, string? origin, string basePath)
    {
        Assert.Equal(new SiteAddress(origin, basePath), SiteAddress.Parse(url));
    }
}
