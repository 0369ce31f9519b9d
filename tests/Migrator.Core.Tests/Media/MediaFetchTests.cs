using Migrator.Core.Diagnostics;
using Migrator.Core.Media;
using Migrator.Core.Output;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>Fetching media from a real HTTP server on the loopback address: what is copied, what fails and why, reruns and resumes.</summary>
public sealed class MediaFetchTests
{
    private const string OldSite = "https://tidewater.example";
    private const string U = "wp-content/uploads/2020/01/";

    /// <summary>Every file of <see cref="OldSiteServer.Body"/>: its result, and the kind of failure.</summary>
    private static readonly string[] ExpectedOutcomes =
    [
        U + "away.jpg: Failed RefusedHost",
        U + "busy.png: Written",
        U + "clip.mp4: Written",
        U + "flaky.jpg: Written",
        U + "gone.jpg: Failed NotFound",
        U + "harbour.jpg: Written",
        U + "huge-chunked.jpg: Failed TooBig",
        U + "huge.jpg: Failed TooBig",
        U + "kokar-300x200.jpg: Skipped",
        U + "kokar.jpg: Written",
        U + "moved.jpg: Written",
        U + "my photo.jpg: Written",
        U + "report.pdf: Written",
        U + "slow.jpg: Failed Timeout",
        U + "song.mp3: Written",
        U + "tiller.jpg: Written",
        U + "Åland-kök.jpg: Written",
    ];

    [Theory]
    [InlineData("mirror")]
    [InlineData("download")]
    public async Task Fetching_copies_what_exists_says_why_the_rest_failed_and_rewrites_only_what_is_there(string mode)
    {
        await using var server = new LoopbackServer(OldSiteServer.Answer);
        using var temp = Corpus.NewTempFolder();
        using var http = new MediaHttp(OldSiteServer.Options);
        var siteUrl = mode == "mirror" ? OldSite : server.BaseUrl.AbsoluteUri.TrimEnd('/');
        var site = MediaSite.For([siteUrl]);
        IMediaSource source = mode == "mirror" ? new MirrorMediaSource(http, server.BaseUrl) : new DownloadMediaSource(http, site);
        var diagnostics = new DiagnosticBag();
        var plan = new MediaPlan(site, diagnostics: diagnostics);
        var body = OldSiteServer.Body(siteUrl);
        plan.Add(body);

        var results = await new MediaFetcher(source, new OutputFolder(temp.Path), OldSiteServer.Options, diagnostics)
            .FetchAsync(plan, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ExpectedOutcomes, results.Files.Select(o => $"{o.File.Path}: {o.Result} {o.Failure?.Kind}".TrimEnd()).Order(StringComparer.Ordinal));
        Assert.Equal("HTTP 404", Outcome(results, "gone.jpg").Reason);
        Assert.Contains("elsewhere.invalid", Outcome(results, "away.jpg").Reason, StringComparison.Ordinal);
        Assert.Equal("/wp-content/uploads/2020/01/kokar.jpg", Outcome(results, "kokar-300x200.jpg").NewUrl);
        Assert.Equal(["https://farm1.staticflickr.com/1/2_3.jpg"], plan.External.Select(r => r.Url));

        // Exactly the copied files are on disk, each with the bytes the server sent (moved.jpg: the redirect's target).
        var written = results.Files.Where(o => o.Result == MediaResult.Written).ToList();
        Assert.Equal(
            written.Select(o => o.OutputPath).Append(".migrator/media-manifest.jsonl").Order(StringComparer.Ordinal),
            FilesUnder(temp.Path));
        foreach (var outcome in written)
        {
            var served = OldSiteServer.Files["/" + outcome.File.Path!.Replace("moved.jpg", "moved-here.jpg", StringComparison.Ordinal)];
            Assert.Equal(served, File.ReadAllBytes(Path.Combine(temp.Path, outcome.OutputPath)));
            Assert.Equal(served.Length, outcome.Bytes);
        }

        // Retries: once more after 500, 429 and a timeout; never after 404, a refused redirect or an oversized file.
        var u = OldSiteServer.Uploads;
        Assert.Equal(2, server.CountOf(u + "flaky.jpg"));
        Assert.Equal(2, server.CountOf(u + "busy.png"));
        Assert.Equal(2, server.CountOf(u + "slow.jpg"));
        Assert.Equal(1, server.CountOf(u + "gone.jpg"));
        Assert.Equal(1, server.CountOf(u + "away.jpg"));
        Assert.Equal(1, server.CountOf(u + "moved-here.jpg"));
        Assert.Equal(1, server.CountOf(u + "huge.jpg"));
        Assert.Equal(1, server.CountOf(u + "huge-chunked.jpg"));
        Assert.Equal(1, server.CountOf(u + "harbour.jpg"));
        Assert.Equal(1, server.CountOf(u + "kokar.jpg"));
        Assert.All(server.UserAgents, agent => Assert.Matches(@"^Migrator/\S+ \(\+site migration\)$", agent));

        Assert.Equal(5, diagnostics.Items.Count(d => d.Code == "MED001"));
        Assert.Single(diagnostics.Items, d => d.Code == "MED004");
        Assert.Single(diagnostics.Items, d => d.Code == "MED005");

        var expected = $"""
            <p><img class="size-medium" src="/wp-content/uploads/2020/01/harbour.jpg" srcset="/wp-content/uploads/2020/01/harbour.jpg 300w, {siteUrl}/wp-content/uploads/2020/01/gone.jpg 600w" alt="Harbour &amp; boats"></p>
            <p>Read <a href="/wp-content/uploads/2020/01/report.pdf#page=2">the report</a> or <a href="{siteUrl}/2020/01/a-post/">a post</a>.</p>
            <img src="/wp-content/uploads/2020/01/flaky.jpg"><img src='/wp-content/uploads/2020/01/busy.png'>
            <img src="{siteUrl}/wp-content/uploads/2020/01/slow.jpg"><img src="{siteUrl}/wp-content/uploads/2020/01/away.jpg">
            <img src="/wp-content/uploads/2020/01/moved.jpg"><img src="{siteUrl}/wp-content/uploads/2020/01/huge.jpg">
            <img src="{siteUrl}/wp-content/uploads/2020/01/huge-chunked.jpg"><img src="/wp-content/uploads/2020/01/my%20photo.jpg">
            <img src="/wp-content/uploads/2020/01/%C3%85land-k%C3%B6k.jpg"><img src="/wp-content/uploads/2020/01/kokar.jpg">
            <video poster="/wp-content/uploads/2020/01/tiller.jpg"><source src="/wp-content/uploads/2020/01/clip.mp4"></video>
            [audio mp3="/wp-content/uploads/2020/01/song.mp3"]
            <img src="https://farm1.staticflickr.com/1/2_3.jpg">
            """;
        Assert.Equal(expected, MediaRewriter.Rewrite(body, results));
    }

    [Fact]
    public async Task A_second_run_fetches_nothing_already_complete()
    {
        await using var server = new LoopbackServer(OldSiteServer.Answer);
        using var temp = Corpus.NewTempFolder();
        using var http = new MediaHttp(OldSiteServer.Options);
        var body = $"""<img src="{OldSite}/wp-content/uploads/2020/01/harbour.jpg"><a href="{OldSite}/wp-content/uploads/2020/01/report.pdf">r</a><img src="{OldSite}/wp-content/uploads/2020/01/kokar-300x200.jpg">""";

        var first = await RunAsync(body, new MirrorMediaSource(http, server.BaseUrl), temp.Path, TestContext.Current.CancellationToken);
        var requestsBefore = server.Requests.Count;
        var second = await RunAsync(body, new MirrorMediaSource(http, server.BaseUrl), temp.Path, TestContext.Current.CancellationToken);

        // Only the resized copy, which was missing, is asked for again; the complete files are not.
        Assert.Equal([OldSiteServer.Uploads + "kokar-300x200.jpg"], server.Requests.Skip(requestsBefore));
        Assert.All(second.Files, o => Assert.Equal(MediaResult.Skipped, o.Result));
        Assert.Equal("already copied by an earlier run", second.Files.Single(o => o.File.Path!.EndsWith("harbour.jpg", StringComparison.Ordinal)).Reason);
        Assert.Equal(first.Files.Select(o => (o.NewUrl, o.Sha256 ?? "")), second.Files.Select(o => (o.NewUrl, o.Sha256 ?? "")));
        Assert.Equal(MediaRewriter.Rewrite(body, first), MediaRewriter.Rewrite(body, second));
    }

    [Fact]
    public async Task An_interrupted_run_resumes_and_ends_with_a_complete_tree_and_no_temporary_file()
    {
        var release = new TaskCompletionSource();
        var held = OldSiteServer.Bytes("held", 40_000);
        await using var server = new LoopbackServer((path, count) => path == OldSiteServer.Uploads + "held.jpg"
            ? ServerReply.Ok(held) with { Chunked = true, HoldHalfwayUntil = count == 1 ? release.Task : null }
            : OldSiteServer.Answer(path, count));
        using var temp = Corpus.NewTempFolder();
        using var http = new MediaHttp(OldSiteServer.Options with { RequestTimeout = TimeSpan.FromSeconds(10) });
        var body = $"""<img src="{OldSite}/wp-content/uploads/2020/01/harbour.jpg"><img src="{OldSite}/wp-content/uploads/2020/01/held.jpg"><img src="{OldSite}/wp-content/uploads/2020/01/tiller.jpg">""";
        var heldPath = Path.Combine(temp.Path, "wp-content", "uploads", "2020", "01", "held.jpg");

        // First run: stopped while held.jpg is half received, once the other two files are complete.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = RunAsync(body, new MirrorMediaSource(http, server.BaseUrl), temp.Path, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(File.Exists(Path.Combine(temp.Path, U, "harbour.jpg")) && File.Exists(Path.Combine(temp.Path, U, "tiller.jpg"))
                 && Directory.GetFiles(Path.GetDirectoryName(heldPath)!, ".held.jpg.*.tmp").Length == 1) && DateTime.UtcNow < deadline)
            await Task.Delay(20, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        release.SetResult();
        Assert.False(File.Exists(heldPath));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));

        // What a harder stop leaves: a temporary file of the writer, and a manifest line cut short.
        var leftover = Path.Combine(Path.GetDirectoryName(heldPath)!, ".held.jpg.4242.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllBytes(leftover, held.AsSpan(0, 100).ToArray());
        File.AppendAllText(Path.Combine(temp.Path, ".migrator", "media-manifest.jsonl"), "{\"url\":\"https://tidewater.example/wp-con");

        var second = await RunAsync(body, new MirrorMediaSource(http, server.BaseUrl), temp.Path, TestContext.Current.CancellationToken);

        Assert.Equal([MediaResult.Skipped, MediaResult.Written, MediaResult.Skipped], second.Files.Select(o => o.Result));
        Assert.Equal(held, File.ReadAllBytes(heldPath));
        Assert.Equal(1, server.CountOf(OldSiteServer.Uploads + "harbour.jpg"));
        Assert.Equal(1, server.CountOf(OldSiteServer.Uploads + "tiller.jpg"));
        Assert.Equal(2, server.CountOf(OldSiteServer.Uploads + "held.jpg"));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
        var manifest = File.ReadAllLines(Path.Combine(temp.Path, ".migrator", "media-manifest.jsonl"));
        Assert.Equal(3, manifest.Length);
        Assert.All(manifest, line => Assert.StartsWith("{\"url\":\"https://tidewater.example/wp-content/uploads/2020/01/", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_folder_source_gives_the_same_tree_and_bodies_as_the_server()
    {
        var uploads = Path.Combine(Corpus.Samples, "wordpress", "uploads");
        var sample = SampleExport.Read();
        var tree = Directory.GetFiles(uploads, "*", SearchOption.AllDirectories)
            .ToDictionary(f => "/wp-content/uploads/" + Path.GetRelativePath(uploads, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        await using var server = new LoopbackServer((path, _) => tree.TryGetValue(path, out var bytes) ? ServerReply.Ok(bytes) : ServerReply.WithStatus(404));
        using var http = new MediaHttp(OldSiteServer.Options);
        using var fromFolder = Corpus.NewTempFolder();
        using var fromServer = Corpus.NewTempFolder();

        var folderSource = new FolderMediaSource(uploads);
        var folderResults = await RunSampleAsync(sample, folderSource, fromFolder.Path);
        var serverResults = await RunSampleAsync(sample, new MirrorMediaSource(http, server.BaseUrl), fromServer.Path);

        Assert.Null(folderSource.SiteRoot);
        Assert.Equal(uploads, folderSource.UploadsRoot);
        Assert.Equal(
            ["wp-content/uploads/2023/03/harbour.jpg", "wp-content/uploads/2023/07/tiller.jpg", "wp-content/uploads/2023/08/degerby.jpg", "wp-content/uploads/2023/08/kokar.jpg"],
            folderResults.Files.Where(o => o.Result == MediaResult.Written).Select(o => o.OutputPath).Order(StringComparer.Ordinal));
        Assert.Equal(Outcomes(serverResults), Outcomes(folderResults));
        Assert.Equal(FilesUnder(fromServer.Path), FilesUnder(fromFolder.Path));
        foreach (var file in FilesUnder(fromFolder.Path).Where(f => !f.StartsWith('.')))
            Assert.Equal(File.ReadAllBytes(Path.Combine(fromServer.Path, file)), File.ReadAllBytes(Path.Combine(fromFolder.Path, file)));
        foreach (var body in sample.Bodies)
            Assert.Equal(MediaRewriter.Rewrite(body, serverResults), MediaRewriter.Rewrite(body, folderResults));
        Assert.Contains(sample.Bodies, b => MediaRewriter.Rewrite(b, folderResults).Contains("src=\"/wp-content/uploads/2023/03/harbour.jpg\"", StringComparison.Ordinal));
    }

    private static async Task<MediaResults> RunSampleAsync(SampleExport sample, IMediaSource source, string output)
    {
        var plan = new MediaPlan(MediaSite.For(sample.Addresses));
        foreach (var body in sample.Bodies)
            plan.Add(body);
        foreach (var attachment in sample.AttachmentUrls)
            Assert.True(plan.AddFile(attachment));
        return await new MediaFetcher(source, new OutputFolder(output), OldSiteServer.Options).FetchAsync(plan, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<MediaResults> RunAsync(string body, IMediaSource source, string output, CancellationToken cancellationToken)
    {
        var plan = new MediaPlan(MediaSite.For([OldSite]));
        plan.Add(body);
        return await new MediaFetcher(source, new OutputFolder(output), OldSiteServer.Options).FetchAsync(plan, cancellationToken: cancellationToken);
    }

    private static MediaOutcome Outcome(MediaResults results, string name) =>
        results.Files.Single(o => o.File.Path!.EndsWith("/" + name, StringComparison.Ordinal));

    private static IEnumerable<string> Outcomes(MediaResults results) =>
        results.Files.Select(o => $"{o.OldUrl} {o.NewUrl} {o.OutputPath} {o.Result} {o.Reason} {o.Bytes} {o.Sha256}");

    private static IEnumerable<string> FilesUnder(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
