using Migrator.Core.Model;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>URLs built with Jekyll's permalink rules (docs/jekyll.md#permalinks, docs/jekyll.md#slugs), in a UTC site.</summary>
public sealed class JekyllPermalinkTests
{
    private static ReadPostResult ReadOne(string permalink, string fileName, string frontMatter)
    {
        var folder = Corpus.NewTempFolder();
        try
        {
            ImportRun.Write(folder.Path, "_config.yml", $"timezone: UTC\npermalink: \"{permalink}\"\n");
            ImportRun.Write(folder.Path, "_posts/" + fileName, $"---\n{frontMatter}\n---\nBody\n");
            var read = ImportRun.Of(folder.Path).Read("_posts/" + fileName);
            return new ReadPostResult(read.Post, [.. read.Diagnostics.Select(d => d.Code)]);
        }
        finally
        {
            folder.Dispose();
        }
    }

    private sealed record ReadPostResult(Post Post, IReadOnlyList<string> Codes);

    [Theory]
    [InlineData("date", "/2020/03/01/x.html")]
    [InlineData("pretty", "/2020/03/01/x/")]
    [InlineData("ordinal", "/2020/061/x.html")]
    [InlineData("weekdate", "/2020/W09/SUN/x.html")]
    [InlineData("none", "/x.html")]
    [InlineData("/:year/:title", "/2020/x")]
    [InlineData("/:year-:month-:day-:title/", "/2020-03-01-x/")]
    [InlineData("/blog/:year/:month/:day/:title/", "/blog/2020/03/01/x/")]
    [InlineData("/:categories/:title.html", "/x.html")]
    public void Built_in_styles_and_templates(string permalink, string expected)
    {
        Assert.Equal(expected, ReadOne(permalink, "2020-03-01-x.md", "title: X").Post.Link);
    }

    [Fact]
    public void Every_date_and_name_placeholder()
    {
        var post = ReadOne(
            "/:year/:short_year/:month/:i_month/:short_month/:long_month/:day/:i_day/:y_day/:w_year/:week/:w_day/:short_day/:long_day/:hour/:minute/:second/:name/:collection/:path:output_ext",
            "2020-03-01-x.md", "date: 2020-03-01 14:05:09 +0000").Post;
        Assert.Equal("/2020/20/03/3/MAR/March/01/1/061/2020/09/7/SUN/Sunday/14/05/09/2020-03-01-x/posts/2020-03-01-x.html", post.Link);
    }

    [Fact]
    public void Title_keeps_case_and_punctuation_and_slug_does_not()
    {
        // docs/jekyll.md#permalinks
        Assert.Equal("/Hello,-World!-(v2.0)/", ReadOne("/:title/", "2020-03-01-x.md", "slug: \"Hello, World! (v2.0)\"").Post.Link);
        var slugged = ReadOne("/:slug/", "2020-03-01-x.md", "slug: \"Hello, World! (v2.0)\"").Post;
        Assert.Equal("/hello-world-v2-0/", slugged.Link);
        Assert.Equal("Hello, World! (v2.0)", slugged.Slug);
    }

    [Fact]
    public void Categories_are_lower_cased_not_slugified_and_escaped()
    {
        var one = ReadOne("date", "2020-01-01-x.md", "category: My Cat").Post;
        Assert.Equal("/my%20cat/2020/01/01/x.html", one.Link);
        Assert.Equal([new TermRef(Taxonomies.Category, "my-cat", "My Cat")], one.Terms);

        Assert.Equal("/foo/bar/2020/01/01/x.html", ReadOne("date", "2020-01-01-x.md", "categories: Foo Bar").Post.Link);
        Assert.Equal("/my-cat/x/", ReadOne("/:slugified_categories/:title/", "2020-01-01-x.md", "category: My Cat").Post.Link);
    }

    [Fact]
    public void Category_and_categories_merge_and_tag_wins_over_tags()
    {
        var read = ReadOne("date", "2022-06-03-x.md", "category: News\ncategories: Posts Articles\ntag: Lorem Ipsum\ntags: dolor Simet-Amet");
        Assert.Equal(["Posts", "Articles", "News"], read.Post.TermsOf(Taxonomies.Category).Select(t => t.Name));
        Assert.Equal(["Lorem Ipsum"], read.Post.TermsOf(Taxonomies.Tag).Select(t => t.Name));
        Assert.Contains("JKL033", read.Codes);
        Assert.Equal([new KeyValuePair<string, object?>("tags", "dolor Simet-Amet")], read.Post.Extra);
    }

    [Fact]
    public void Tags_as_a_list_or_a_space_separated_string()
    {
        Assert.Equal(["some-word", "b"], ReadOne("date", "2020-01-01-x.md", "tags: [some-word, b]").Post.TermsOf(Taxonomies.Tag).Select(t => t.Name));
        Assert.Equal(["a", "b"], ReadOne("date", "2020-01-01-x.md", "tags: a b").Post.TermsOf(Taxonomies.Tag).Select(t => t.Name));
    }

    [Fact]
    public void A_percent_encoded_file_name_gives_Jekyll_its_hyphenated_URL_and_us_a_decoded_slug()
    {
        // docs/jekyll.md#slugs
        var read = ReadOne("date", "2020-03-01-%ce%b5%cf%80.md", "title: x");
        Assert.Equal("/2020/03/01/ce-b5-cf-80.html", read.Post.Link);
        Assert.Equal("επ", read.Post.Slug);
        Assert.Contains("JKL031", read.Codes);
    }

    [Fact]
    public void Non_ASCII_slugs_are_percent_encoded_in_the_URL()
    {
        Assert.Equal("/2020/03/01/%E6%97%A5%E6%9C%AC.html", ReadOne("date", "2020-03-01-日本.md", "title: x").Post.Link);
    }

    [Theory]
    [InlineData("2009-09-21-git, pushing to multiple repositories.html", "/2009/09/21/git,-pushing-to-multiple-repositories", "Git, pushing to multiple repositories")]
    [InlineData("2009-09-30-bbc's online zoo.html", "/2009/09/30/bbc's-online-zoo", "Bbc's online zoo")]
    [InlineData("2010-04-30-ports wipe | homebrew + rvm.textile", "/2010/04/30/ports-wipe-homebrew-+-rvm", "Ports wipe | homebrew + rvm")]
    [InlineData("2009-11-05-passandomal.com.html", "/2009/11/05/passandomal.com", "Passandomal.com")]
    [InlineData("2014-09-01-MavenShade.md", "/2014/09/01/MavenShade", "Mavenshade")]
    // Ruby's capitalize upper-cases the first letter of each hyphen-separated part and lower-cases the rest.
    public void Odd_file_names_are_data(string fileName, string expectedUrl, string expectedTitle)
    {
        var post = ReadOne("/:year/:month/:day/:title", fileName, "layout: post").Post;
        Assert.Equal(expectedUrl, post.Link);
        Assert.Equal(expectedTitle, post.Title);
    }

    [Fact]
    public void Front_matter_permalink_wins_and_may_use_placeholders()
    {
        Assert.Equal("/social-networking-return/", ReadOne("date", "2020-01-01-x.md", "permalink: /social-networking-return/").Post.Link);
        Assert.Equal("/archive/2020/x/", ReadOne("date", "2020-01-01-x.md", "permalink: /archive/:year/:title/").Post.Link);
        Assert.Equal("/a/b/", ReadOne("date", "2020-01-01-x.md", "permalink: /a/../b/").Post.Link);
    }

    [Fact]
    public void An_unknown_placeholder_is_kept_and_reported()
    {
        var read = ReadOne("/:year/:foo/:title/", "2020-01-01-x.md", "title: x");
        Assert.Equal("/2020/:foo/x/", read.Post.Link);
        Assert.Contains("JKL032", read.Codes);
    }

    [Fact]
    public void An_empty_slug_is_reported()
    {
        var read = ReadOne("date", "2012-04-13-.md", "title: x");
        Assert.Equal("/2012/04/13/.html", read.Post.Link);
        Assert.Contains("JKL030", read.Codes);
    }

    [Fact]
    public void Site_url_makes_the_link_absolute()
    {
        using var folder = Corpus.NewTempFolder();
        ImportRun.Write(folder.Path, "_config.yml", "url: \"https://andylockran.github.io\"\nbaseurl: \"\"\npermalink: /:year/:month/:day/:title/\n");
        ImportRun.Write(folder.Path, "_posts/2016-01-01-first-run.html", "---\ntitle: x\n---\n");

        Assert.Equal("https://andylockran.github.io/2016/01/01/first-run/", ImportRun.Of(folder.Path).Post("_posts/2016-01-01-first-run.html").Link);
    }
}
