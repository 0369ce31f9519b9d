using Migrator.Core.Media;
using Migrator.Core.Output;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>Copying from a local copy of the old site: its layout is recognised and nothing outside it is read.</summary>
public sealed class FolderMediaSourceTests
{
    private const string Site = "https://tidewater.example";

    private static async Task<MediaResults> CopyAsync(string folder, string output, string html, MediaFetchOptions? options = null)
    {
        var plan = new MediaPlan(MediaSite.For([Site]));
        plan.Add(html);
        return await new MediaFetcher(new FolderMediaSource(folder), new OutputFolder(output), options)
            .FetchAsync(plan, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_copy_of_the_whole_site_is_read_from_its_wp_content_uploads_folder()
    {
        using var temp = Corpus.NewTempFolder();
        Directory.CreateDirectory(temp.Combine("site", "wp-content", "uploads", "2023", "03"));
        File.WriteAllText(temp.Combine("site", "wp-content", "uploads", "2023", "03", "my photo.jpg"), "photo");

        var source = new FolderMediaSource(temp.Combine("site"));
        var results = await CopyAsync(temp.Combine("site"), temp.Combine("out"),
            $"""<img src="{Site}/wp-content/uploads/2023/03/my%20photo.jpg"><img src="{Site}/wp-content/uploads/2023/03/absent.jpg">""");

        Assert.Equal(temp.Combine("site"), source.SiteRoot);
        Assert.Equal(["Written", "Failed not in the folder"], results.Files.Select(o => $"{o.Result} {o.Reason}".TrimEnd()));
        Assert.Equal("photo", File.ReadAllText(temp.Combine("out", "wp-content", "uploads", "2023", "03", "my photo.jpg")));
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_folder_is_not_followed()
    {
        using var temp = Corpus.NewTempFolder();
        var uploads = temp.Combine("uploads");
        Directory.CreateDirectory(Path.Combine(uploads, "2023"));
        File.WriteAllText(temp.Combine("secret.jpg"), "secret");
        File.WriteAllText(Path.Combine(uploads, "2023", "real.jpg"), "real");
        File.CreateSymbolicLink(Path.Combine(uploads, "2023", "escape.jpg"), temp.Combine("secret.jpg"));
        File.CreateSymbolicLink(Path.Combine(uploads, "2023", "alias.jpg"), Path.Combine(uploads, "2023", "real.jpg"));
        Directory.CreateSymbolicLink(Path.Combine(uploads, "2024"), temp.Path);

        var results = await CopyAsync(uploads, temp.Combine("out"), $"""
            <img src="{Site}/wp-content/uploads/2023/escape.jpg"><img src="{Site}/wp-content/uploads/2023/alias.jpg">
            <img src="{Site}/wp-content/uploads/2024/secret.jpg">
            """);

        Assert.Equal(
            [MediaFailureKind.UnsafePath, (MediaFailureKind?)null, MediaFailureKind.UnsafePath],
            results.Files.Select(o => o.Failure?.Kind));
        Assert.Equal("real", File.ReadAllText(temp.Combine("out", "wp-content", "uploads", "2023", "alias.jpg")));
        Assert.False(File.Exists(temp.Combine("out", "wp-content", "uploads", "2023", "escape.jpg")));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_not_copied()
    {
        using var temp = Corpus.NewTempFolder();
        Directory.CreateDirectory(temp.Combine("uploads"));
        File.WriteAllBytes(temp.Combine("uploads", "big.jpg"), new byte[2000]);

        var results = await CopyAsync(temp.Combine("uploads"), temp.Combine("out"), $"""<img src="{Site}/wp-content/uploads/big.jpg">""",
            new MediaFetchOptions { MaxFileBytes = 1000 });

        Assert.Equal(MediaFailureKind.TooBig, Assert.Single(results.Files).Failure?.Kind);
    }
}

/// <summary>The progress a copy reports: after each file, files done of those asked for, and the bytes copied.</summary>
public sealed class MediaProgressTests
{
    private sealed class Recorder : IProgress<MediaProgress>
    {
        public List<MediaProgress> Reports { get; } = [];

        public void Report(MediaProgress value)
        {
            lock (Reports)
                Reports.Add(value);
        }
    }

    [Fact]
    public async Task Progress_counts_every_file_and_every_byte_copied()
    {
        using var temp = Corpus.NewTempFolder();
        var folder = temp.Combine("uploads", "2023", "03");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.jpg"), "12345");
        File.WriteAllText(Path.Combine(folder, "b.jpg"), "123");
        var plan = new MediaPlan(MediaSite.For(["https://tidewater.example"]));
        plan.Add("""<img src="/wp-content/uploads/2023/03/a.jpg"><img src="/wp-content/uploads/2023/03/b.jpg"><img src="/wp-content/uploads/2023/03/gone.jpg">""");
        var recorder = new Recorder();

        await new MediaFetcher(new FolderMediaSource(temp.Combine("uploads")), new OutputFolder(temp.Combine("out")))
            .FetchAsync(plan, recorder, TestContext.Current.CancellationToken);

        // One report as each file is done (others while bytes come in), every one of all three files.
        Assert.Equal([1, 2, 3], recorder.Reports.Select(r => r.Files).Where(f => f > 0).Distinct().Order());
        Assert.All(recorder.Reports, r => Assert.Equal(3, r.TotalFiles));
        Assert.All(recorder.Reports, r => Assert.InRange(r.Bytes, 0, 8));
        Assert.Equal(8, recorder.Reports.Max(r => r.Bytes));
    }
}

/// <summary>The stream a file is copied into tells every change of its length, so a long download shows its bytes as they come.</summary>
public sealed class CountedStreamTests
{
    [Fact]
    public async Task Every_byte_written_is_told_and_a_retry_takes_them_back()
    {
        var told = new List<long>();
        using var inner = new MemoryStream();
        await using var counted = new CountedStream(inner, told.Add);

        await counted.WriteAsync(new byte[300], TestContext.Current.CancellationToken);
        counted.Write(new byte[200]);
        counted.SetLength(0);
        counted.Position = 0;
        await counted.WriteAsync(new byte[50], TestContext.Current.CancellationToken);

        Assert.Equal([300, 200, -500, 50], told);
        Assert.Equal(50, counted.Counted);
        Assert.Equal(50, inner.Length);
    }
}
