using System.Text;
using Migrator.Core.Media;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>
/// The old site's uploads as a real HTTP server serves them, with every way a fetch can go: files present, a 404, a
/// 500 then success, a 429 with <c>Retry-After: 1</c> then success, an answer slower than the timeout, redirects
/// within the host and to another host, files over the size cap (announced and chunked), names with a space and with
/// non-ASCII letters, and a resized copy that is missing while its original exists.
/// </summary>
internal static class OldSiteServer
{
    public const string Uploads = "/wp-content/uploads/2020/01/";

    /// <summary>The size cap the tests use; the two large files are over it.</summary>
    public const long SizeCap = 64 * 1024;

    /// <summary>The files the server has, by decoded path.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files { get; } = new Dictionary<string, byte[]>(StringComparer.Ordinal)
    {
        [Uploads + "harbour.jpg"] = Bytes("harbour", 300),
        [Uploads + "report.pdf"] = Bytes("%PDF-1.4 report", 500),
        [Uploads + "flaky.jpg"] = Bytes("flaky", 200),
        [Uploads + "busy.png"] = Bytes("busy", 200),
        [Uploads + "slow.jpg"] = Bytes("slow", 200),
        [Uploads + "moved-here.jpg"] = Bytes("moved", 200),
        [Uploads + "huge.jpg"] = Bytes("huge", (int)SizeCap + 1000),
        [Uploads + "huge-chunked.jpg"] = Bytes("huge-chunked", (int)SizeCap + 1000),
        [Uploads + "my photo.jpg"] = Bytes("space", 200),
        [Uploads + "Åland-kök.jpg"] = Bytes("non-ascii", 200),
        [Uploads + "kokar.jpg"] = Bytes("kokar full size", 400),
        [Uploads + "tiller.jpg"] = Bytes("tiller", 200),
        [Uploads + "clip.mp4"] = Bytes("clip", 700),
        [Uploads + "song.mp3"] = Bytes("song", 600),
    };

    /// <summary>The fetch options of the tests: short timeouts and waits, one retry, a 64 KiB cap.</summary>
    public static MediaFetchOptions Options { get; } = new()
    {
        Jobs = 4,
        // Long enough that a loaded CI machine answers every other request in time (at 800 ms a 404 was once fetched
        // twice), short enough that slow.jpg's 10 s answer still times out.
        RequestTimeout = TimeSpan.FromSeconds(3),
        Retries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryWait = TimeSpan.FromSeconds(2),
        MaxFileBytes = SizeCap,
    };

    /// <summary>A body naming every case, its URLs on <paramref name="site"/>.</summary>
    public static string Body(string site) => $"""
        <p><img class="size-medium" src="{site}/wp-content/uploads/2020/01/harbour.jpg?w=300" srcset="{site}/wp-content/uploads/2020/01/harbour.jpg?w=300 300w, {site}/wp-content/uploads/2020/01/gone.jpg 600w" alt="Harbour &amp; boats"></p>
        <p>Read <a href="{site}/wp-content/uploads/2020/01/report.pdf#page=2">the report</a> or <a href="{site}/2020/01/a-post/">a post</a>.</p>
        <img src="{site}/wp-content/uploads/2020/01/flaky.jpg"><img src='{site}/wp-content/uploads/2020/01/busy.png'>
        <img src="{site}/wp-content/uploads/2020/01/slow.jpg"><img src="{site}/wp-content/uploads/2020/01/away.jpg">
        <img src="{site}/wp-content/uploads/2020/01/moved.jpg"><img src="{site}/wp-content/uploads/2020/01/huge.jpg">
        <img src="{site}/wp-content/uploads/2020/01/huge-chunked.jpg"><img src="{site}/wp-content/uploads/2020/01/my photo.jpg">
        <img src="{site}/wp-content/uploads/2020/01/%C3%85land-k%C3%B6k.jpg"><img src="{site}/wp-content/uploads/2020/01/kokar-300x200.jpg">
        <video poster="{site}/wp-content/uploads/2020/01/tiller.jpg?resize=150%2C100"><source src="{site}/wp-content/uploads/2020/01/clip.mp4"></video>
        [audio mp3="{site}/wp-content/uploads/2020/01/song.mp3"]
        <img src="https://farm1.staticflickr.com/1/2_3.jpg">
        """;

    /// <summary>The server's answer to the <paramref name="count"/>-th request for <paramref name="path"/>.</summary>
    public static ServerReply Answer(string path, int count)
    {
        switch (path)
        {
            case Uploads + "flaky.jpg" when count == 1:
                return ServerReply.WithStatus(500);
            case Uploads + "busy.png" when count == 1:
                return ServerReply.WithStatus(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "1" } };
            case Uploads + "slow.jpg":
                return ServerReply.Ok(Files[path]) with { Delay = TimeSpan.FromSeconds(10) };
            case Uploads + "away.jpg":
                return ServerReply.WithStatus(302) with { Headers = new Dictionary<string, string> { ["Location"] = "http://elsewhere.invalid/away.jpg" } };
            case Uploads + "moved.jpg":
                return ServerReply.WithStatus(301) with { Headers = new Dictionary<string, string> { ["Location"] = Uploads + "moved-here.jpg" } };
            case Uploads + "huge-chunked.jpg":
                return ServerReply.Ok(Files[path]) with { Chunked = true };
        }
        return Files.TryGetValue(path, out var body) ? ServerReply.Ok(body) : ServerReply.WithStatus(404);
    }

    /// <summary>Recognisable content of a given size.</summary>
    public static byte[] Bytes(string label, int size)
    {
        var text = Encoding.UTF8.GetBytes(label + "\n");
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
            bytes[i] = text[i % text.Length];
        return bytes;
    }
}
