using Migrator.Core.Publishing;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Jekyll.Export;

namespace Migrator.Jekyll.Tests.Export;

public sealed class SiteConfigTests
{
    private static object? Key(ExportRun run, string key)
    {
        var read = FrontMatterReader.Read("---\n" + run.Read("_config.yml") + "---\n");
        Assert.Null(read.Error);
        return read.Fields.SingleOrDefault(f => f.Key == key).Value;
    }

    [Fact]
    public void Url_is_scheme_and_host_and_baseurl_the_path()
    {
        using var run = new ExportRun([TestPosts.Post(1, "a")], TestPosts.Site("https://example.com/blog/"));
        Assert.Equal("https://example.com", Key(run, "url"));
        Assert.Equal("/blog", Key(run, "baseurl"));
    }

    [Fact]
    public void Copied_files_and_folders_whose_names_Jekyll_hides_are_listed_by_name_under_include_and_Jekylls_own_never()
    {
        var names = JekyllSiteConfig.HiddenNames([
            "wp-content/uploads/2015/03/_thumb.jpg",
            "wp-content/uploads/_cache/a.jpg",
            "wp-content/uploads/_posts/b.jpg",
            "wp-content/uploads/2015/03/photo.jpg",
            "wp-content/uploads/_cache/_thumb.jpg",
        ]);
        Assert.Equal(["_cache", "_thumb.jpg"], names);
    }

    [Fact]
    public void A_site_at_the_root_has_an_empty_baseurl()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a"));
        Assert.Equal("http://example.com", Key(run, "url"));
        Assert.Equal("", Key(run, "baseurl"));
    }

    [Theory]
    [InlineData(2, "Etc/GMT-2")]
    [InlineData(-5, "Etc/GMT+5")]
    [InlineData(0, "Etc/UTC")]
    public void The_time_zone_is_the_most_common_offset_with_posix_sign_inversion(int hours, string zone)
    {
        var offset = TimeSpan.FromHours(hours);
        var posts = Enumerable.Range(1, 3).Select(i => TestPosts.Post(i, "p" + i) with { Date = new DateTimeOffset(2020, 6, i, 10, 0, 0, offset) })
            .Append(TestPosts.Post(9, "other") with { Date = new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.FromHours(7)) });
        using var run = new ExportRun(posts);
        Assert.Equal(zone, Key(run, "timezone"));
        Assert.Contains("JKW014", run.Codes);
    }

    [Fact]
    public void Half_hour_offsets_map_to_a_zone_without_daylight_saving()
    {
        Assert.Equal("Asia/Kolkata", SiteTimeZone.NameFor(new TimeSpan(5, 30, 0)));
        Assert.Null(SiteTimeZone.NameFor(new TimeSpan(3, 30, 0)));
    }

    [Fact]
    public void A_time_zone_the_source_named_wins()
    {
        using var run = new ExportRun([TestPosts.Post(1, "a")], TestPosts.Site() with { TimeZone = "Europe/Berlin" });
        Assert.Equal("Europe/Berlin", Key(run, "timezone"));
    }

    [Fact]
    public void The_config_builds_with_kramdown_gfm_no_future_posts_and_a_fallback_permalink()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a"));
        Assert.Equal("Example Blog", Key(run, "title"));
        Assert.Equal("/:year/:month/:day/:title/", Key(run, "permalink"));
        Assert.Equal(false, Key(run, "future"));
        Assert.Equal("kramdown", Key(run, "markdown"));
        var kramdown = Assert.IsType<List<KeyValuePair<string, object?>>>(Key(run, "kramdown"));
        Assert.Equal("GFM", kramdown.Single(k => k.Key == "input").Value);
        Assert.NotNull(Key(run, "defaults"));
        Assert.NotNull(Key(run, "exclude"));
        Assert.Null(Key(run, "collections"));
    }

    [Fact]
    public void Custom_types_are_declared_as_output_collections()
    {
        var book = TestPosts.Post(4, "dune") with { Type = "book" };
        using var run = ExportRun.Of(book);
        Assert.Contains("\ncollections:\n  book:\n    output: true\n    permalink: \"/:collection/:name/\"\n", run.Read("_config.yml"), StringComparison.Ordinal);
        Assert.True(run.Exists("_layouts/book.html"));
    }

    [Fact]
    public void Layouts_are_written_so_no_theme_is_needed()
    {
        using var run = ExportRun.Of(TestPosts.Post(1, "a"));
        Assert.StartsWith("<!DOCTYPE html>", run.Read("_layouts/default.html"), StringComparison.Ordinal);
        Assert.StartsWith("---\nlayout: \"default\"\n---\n", run.Read("_layouts/post.html"), StringComparison.Ordinal);
        Assert.StartsWith("---\nlayout: \"default\"\n---\n", run.Read("_layouts/page.html"), StringComparison.Ordinal);
        Assert.Contains("site.data.comments[page.comments_key]", run.Read("_includes/comments.html"), StringComparison.Ordinal);
        Assert.True(run.Exists("index.html"));
        Assert.False(run.Exists("Gemfile"));
    }

    [Fact]
    public void The_disqus_include_is_written_only_when_the_site_had_disqus_threads()
    {
        using var without = ExportRun.Of(TestPosts.Post(1, "a"));
        using var with = ExportRun.Of(TestPosts.Post(1, "a") with { Thread = new ThreadIdentity(["9"], "1 http://example.com/?p=1", null) });
        Assert.False(without.Exists("_includes/disqus.html"));
        Assert.DoesNotContain("disqus", without.Read("_layouts/post.html"), StringComparison.Ordinal);
        var include = with.Read("_includes/disqus.html");
        Assert.Contains("page.disqus_identifier", include, StringComparison.Ordinal);
        Assert.Contains("page.disqus_url", include, StringComparison.Ordinal);
        Assert.Contains("{% include disqus.html %}", with.Read("_layouts/post.html"), StringComparison.Ordinal);
        Assert.Contains("\ndisqus:\n  shortname: \"\"\n", with.Read("_config.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_home_page_is_generated_when_a_page_is_the_front_page()
    {
        using var run = ExportRun.Of(TestPosts.Page(2, "home", "http://example.com/"));
        Assert.DoesNotContain("site.posts", run.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Source_configuration_keys_are_kept_after_ours()
    {
        var site = TestPosts.Site() with { Extra = [new("plugins", new[] { "jekyll-feed" }), new("title", "Old")] };
        using var run = new ExportRun([TestPosts.Post(1, "a")], site);
        Assert.EndsWith("plugins:\n  - \"jekyll-feed\"\n", run.Read("_config.yml"), StringComparison.Ordinal);
        Assert.Equal("Example Blog", Key(run, "title"));
        Assert.Contains("JKW018", run.Codes);
    }
}
