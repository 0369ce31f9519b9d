using Migrator.Core.Media;

namespace Migrator.Core.Tests.Media;

/// <summary>Which references of a body are the old site's own media, and which are someone else's.</summary>
public sealed class MediaReferencesTests
{
    private static readonly MediaSite Site = MediaSite.For(["https://tidewater.example", "http://www.tidewater.example/blog"], ["cdn.tidewater-media.net"]);

    private static string[] Found(string html) =>
        [.. MediaReferences.Find(html, Site).Select(r => $"{r.Where} | {r.Url} | {r.Kind}")];

    [Fact]
    public void Own_media_is_found_wherever_a_body_names_it()
    {
        const string html = """
            <img SRC="https://tidewater.example/wp-content/uploads/a.jpg?w=300&amp;h=200" srcset="http://www.tidewater.example/wp-content/uploads/a-300x200.jpg 300w,/wp-content/uploads/b.jpg, //tidewater.example/wp-content/uploads/c.jpg 2x">
            <a href="https://tidewater.example/wp-content/uploads/guide.PDF">guide</a> <a href="https://tidewater.example/2020/01/a-post/">post</a>
            <video poster="https://tidewater.example/wp-content/uploads/poster.jpg" src="https://tidewater.example/wp-content/uploads/v.mp4"><source src="https://cdn.tidewater-media.net/v.webm"></video>
            <audio src="https://tidewater.example/wp-content/uploads/a.mp3"></audio>
            [audio mp3="https://tidewater.example/wp-content/uploads/song.mp3" ogg='https://tidewater.example/wp-content/uploads/song.ogg']
            [video src=https://tidewater.example/wp-content/uploads/clip.mp4 width=640]
            <code>[audio mp3="https://tidewater.example/wp-content/uploads/example.mp3"]</code>
            <script>var s = '<img src="https://tidewater.example/wp-content/uploads/in-script.jpg">';</script>
            <img src="data:image/png;base64,AAAA"><a href="#top">top</a><a href="mailto:a@b.c">mail</a>
            """;

        Assert.Equal(
        [
            "img src | https://tidewater.example/wp-content/uploads/a.jpg?w=300&h=200 | Own",
            "img srcset | http://www.tidewater.example/wp-content/uploads/a-300x200.jpg | Own",
            "img srcset | /wp-content/uploads/b.jpg | Own",
            "img srcset | //tidewater.example/wp-content/uploads/c.jpg | Own",
            "a href | https://tidewater.example/wp-content/uploads/guide.PDF | Own",
            "video poster | https://tidewater.example/wp-content/uploads/poster.jpg | Own",
            "video src | https://tidewater.example/wp-content/uploads/v.mp4 | Own",
            "source src | https://cdn.tidewater-media.net/v.webm | Own",
            "audio src | https://tidewater.example/wp-content/uploads/a.mp3 | Own",
            "[audio] mp3 | https://tidewater.example/wp-content/uploads/song.mp3 | Own",
            "[audio] ogg | https://tidewater.example/wp-content/uploads/song.ogg | Own",
            "[video] src | https://tidewater.example/wp-content/uploads/clip.mp4 | Own",
        ], Found(html));
    }

    [Fact]
    public void Files_on_other_hosts_are_listed_as_external_and_links_to_pages_are_not_media()
    {
        const string html = """
            <img src="https://farm1.staticflickr.com/1/2_3.jpg"><img src="https://i.imgur.com/abc.png">
            <a href="https://www.youtube.com/watch?v=x">video</a><a href="https://example.org/paper.pdf">paper</a>
            <a href="https://example.org/about/">about</a>
            """;

        Assert.Equal(
        [
            "img src | https://farm1.staticflickr.com/1/2_3.jpg | External",
            "img src | https://i.imgur.com/abc.png | External",
            "a href | https://example.org/paper.pdf | External",
        ], Found(html));
    }

    [Fact]
    public void Jetpack_proxy_and_WordPress_com_files_name_the_sites_own_files_without_their_resize_query()
    {
        var plan = new MediaPlan(Site);
        plan.Add("""
            <img src="https://i0.wp.com/tidewater.example/wp-content/uploads/2015/03/photo.jpg?resize=300%2C200&amp;ssl=1">
            <img src="https://tidewater.example/wp-content/uploads/2015/03/photo.jpg">
            <img src="https://tidewaternotes.files.wordpress.com/2015/03/boat.jpg?w=640">
            <img src="https://i2.wp.com/tidewaternotes.files.wordpress.com/2015/03/boat.jpg">
            <img src="https://i1.wp.com/someone-else.example/wp-content/uploads/x.jpg">
            """);

        Assert.Equal(
        [
            "https://tidewater.example/wp-content/uploads/2015/03/photo.jpg -> wp-content/uploads/2015/03/photo.jpg",
            "https://tidewaternotes.files.wordpress.com/2015/03/boat.jpg -> 2015/03/boat.jpg",
        ], plan.Files.Select(f => $"{f.Url.AbsoluteUri} -> {f.Path}"));
        Assert.Equal(["https://i1.wp.com/someone-else.example/wp-content/uploads/x.jpg"], plan.External.Select(r => r.Url));
    }

    [Theory]
    [InlineData("https://tidewater.example/wp-content/uploads/a.jpg", true)]
    [InlineData("http://tidewater.example/wp-content/uploads/a.jpg", true)]
    [InlineData("https://www.tidewater.example/wp-content/uploads/a.jpg", true)]
    [InlineData("https://TIDEWATER.example/wp-content/uploads/a.jpg", true)]
    [InlineData("https://cdn.tidewater-media.net/a.jpg", true)]
    [InlineData("https://tidewater.example.evil.net/a.jpg", false)]
    [InlineData("https://files.wordpress.com/a.jpg", false)]
    public void The_sites_addresses_are_its_hosts_with_and_without_www_over_http_and_https(string url, bool own)
    {
        var found = MediaReferences.Find($"<img src=\"{url}\">", Site);
        Assert.Equal(own ? MediaReferenceKind.Own : MediaReferenceKind.External, Assert.Single(found).Kind);
    }
}
