using Migrator.Core.Media;
using Migrator.Core.Output;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>Rewriting a body: only the references whose file is there change, and nothing else does.</summary>
public sealed class MediaRewriterTests
{
    private const string Site = "https://tidewater.example";

    /// <summary>A source holding some files by their path after the host; everything else is missing.</summary>
    private sealed class MemorySource(params string[] paths) : IMediaSource
    {
        public async Task<MediaFailure?> CopyAsync(MediaFile file, Stream destination, long maxBytes, CancellationToken cancellationToken)
        {
            if (!paths.Contains(file.RawPath, StringComparer.Ordinal))
                return new MediaFailure(MediaFailureKind.NotFound, "HTTP 404", 404);
            await destination.WriteAsync(System.Text.Encoding.UTF8.GetBytes(file.RawPath), cancellationToken);
            return null;
        }
    }

    private static async Task<MediaResults> FetchAsync(string html, string output, params string[] present)
    {
        var plan = new MediaPlan(MediaSite.For([Site]));
        plan.Add(html);
        return await new MediaFetcher(new MemorySource(present), new OutputFolder(output)).FetchAsync(plan, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Only_the_urls_of_files_that_are_there_change_and_every_other_byte_is_kept()
    {
        using var temp = Corpus.NewTempFolder();
        var html = "<!-- <img src=\"https://tidewater.example/wp-content/uploads/a.jpg\"> -->\r\n"
            + "<P><IMG  ALT='Tom&#039;s &amp; boat' SRC=https://tidewater.example/wp-content/uploads/a.jpg?w=300&amp;h=200 WIDTH=300></P>\r\n"
            + "<img srcset=\"https://tidewater.example/wp-content/uploads/a.jpg 1x,https://tidewater.example/wp-content/uploads/missing.jpg 2x ,  https://tidewater.example/wp-content/uploads/b.jpg  3x\">\n"
            + "<a href='https://tidewater.example/wp-content/uploads/doc.pdf#page=3' class=x>doc</a> &nbsp;&#8230; [audio mp3=\"https://tidewater.example/wp-content/uploads/a.mp3\"]\n";
        var results = await FetchAsync(html, temp.Path, "wp-content/uploads/a.jpg", "wp-content/uploads/b.jpg", "wp-content/uploads/doc.pdf", "wp-content/uploads/a.mp3");

        var expected = "<!-- <img src=\"https://tidewater.example/wp-content/uploads/a.jpg\"> -->\r\n"
            + "<P><IMG  ALT='Tom&#039;s &amp; boat' SRC=/wp-content/uploads/a.jpg WIDTH=300></P>\r\n"
            + "<img srcset=\"/wp-content/uploads/a.jpg 1x,https://tidewater.example/wp-content/uploads/missing.jpg 2x ,  /wp-content/uploads/b.jpg  3x\">\n"
            + "<a href='/wp-content/uploads/doc.pdf#page=3' class=x>doc</a> &nbsp;&#8230; [audio mp3=\"/wp-content/uploads/a.mp3\"]\n";
        Assert.Equal(expected, MediaRewriter.Rewrite(html, results));
        Assert.Equal(MediaResult.Failed, results.Files.Single(f => f.File.Path == "wp-content/uploads/missing.jpg").Result);
    }

    [Fact]
    public async Task With_a_base_url_the_new_urls_are_absolute()
    {
        using var temp = Corpus.NewTempFolder();
        const string html = """<img src="https://tidewater.example/wp-content/uploads/a b.jpg">""";
        var results = await FetchAsync(html, temp.Path, "wp-content/uploads/a b.jpg");

        Assert.Equal("""<img src="https://new.example/blog/wp-content/uploads/a%20b.jpg">""", MediaRewriter.Rewrite(html, results, "https://new.example/blog/"));
    }

    [Fact]
    public async Task A_body_with_nothing_copied_is_returned_unchanged()
    {
        using var temp = Corpus.NewTempFolder();
        const string html = """<img src="https://tidewater.example/wp-content/uploads/gone.jpg"><code>[audio mp3="https://tidewater.example/wp-content/uploads/gone.mp3"]</code>""";
        var results = await FetchAsync(html, temp.Path);

        Assert.Same(html, MediaRewriter.Rewrite(html, results));
        Assert.All(results.Files, f => Assert.Null(f.NewUrl));
    }

    [Fact]
    public async Task A_dry_run_copies_nothing_and_rewrites_nothing()
    {
        using var temp = Corpus.NewTempFolder();
        const string html = """<img src="https://tidewater.example/wp-content/uploads/a.jpg">""";
        var plan = new MediaPlan(MediaSite.For([Site]));
        plan.Add(html);
        var results = await new MediaFetcher(new MemorySource("wp-content/uploads/a.jpg"), new OutputFolder(temp.Path, dryRun: true))
            .FetchAsync(plan, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("dry run: not copied", Assert.Single(results.Files).Reason);
        Assert.Equal(html, MediaRewriter.Rewrite(html, results));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
