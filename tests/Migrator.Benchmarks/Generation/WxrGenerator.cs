using System.Text;
using System.Xml;

namespace Migrator.Benchmarks.Generation;

/// <summary>What a generation run wrote.</summary>
internal sealed record GenerationResult(string Path, long Bytes, int Items, int Attachments, TimeSpan Elapsed);

/// <summary>
/// Writes a realistic WXR 1.2 export of about <c>targetBytes</c> (a little over: the last item is finished) to a
/// file, streaming: only the current item is ever in memory. Deterministic: the same size and seed give the same
/// bytes on every machine (own PRNG, invariant formatting, a clock rule written out, a fixed export date).
/// </summary>
internal static class WxrGenerator
{
    /// <summary>Average bytes per item the generator aims at (about 87,000 items per GB).</summary>
    public const int AverageItemBytes = 11_500;

    /// <summary>Share of items that are posts or pages (the clock moves once per post; attachments ride along).</summary>
    private const double PostShare = 0.8;

    private static readonly DateTime FirstPostUtc = new(2009, 1, 4, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan SiteLifetime = TimeSpan.FromDays(365.25 * 15);

    public static GenerationResult Generate(string path, long targetBytes, ulong seed)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetBytes);
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        file.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"u8);
        using var xml = XmlWriter.Create(file, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "\t",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        });
        var wxr = new WxrElementWriter(xml);

        var random = new SeededRandom(seed);
        var text = new TextComposer(random);
        var site = new SiteShape(random.Fork(1), new TextComposer(random.Fork(2)));
        var header = new ChannelHeaderWriter(wxr, site);
        var comments = new CommentWriter(wxr, random, text, site);
        var posts = new PostItemWriter(wxr, random, text, site, comments);

        var expectedPosts = Math.Max(20, targetBytes / AverageItemBytes * PostShare);
        var clock = new SiteClock(FirstPostUtc, SiteLifetime / expectedPosts);
        var recent = new RecentAttachments(50);
        var nextId = 2;
        var items = 0;
        var attachmentCount = 0;

        header.WriteOpening();
        const int closingBytes = 32;
        while (true)
        {
            xml.Flush();
            if (file.Position + closingBytes >= targetBytes)
                break;
            var utc = clock.Advance(random);
            var postId = nextId++;
            var attachments = PlanAttachments(random, text, site, postId, utc, ref nextId);
            posts.Write(postId, posts.NextKind(), utc, attachments, recent.Items);
            foreach (var attachment in attachments)
                recent.Add(attachment);
            items += 1 + attachments.Count;
            attachmentCount += attachments.Count;
        }
        header.WriteClosing();
        xml.WriteEndDocument();
        xml.Flush();
        file.Write("\n"u8);
        return new GenerationResult(path, file.Position, items, attachmentCount, started.Elapsed);
    }

    /// <summary>About one item in five is an attachment: most posts have none, some a handful.</summary>
    private static List<GeneratedAttachment> PlanAttachments(
        SeededRandom random, TextComposer text, SiteShape site, int postId, DateTime utc, ref int nextId)
    {
        var count = random.Next(100) switch
        {
            < 86 => 0,
            < 93 => 1,
            < 97 => 2,
            _ => random.Between(3, 5),
        };
        var attachments = new List<GeneratedAttachment>(count);
        for (var i = 0; i < count; i++)
            attachments.Add(AttachmentItemWriter.Plan(random, text, site, nextId++, postId, utc));
        return attachments;
    }

    /// <summary>The last few attachments written: content of posts without their own images refers to these.</summary>
    private sealed class RecentAttachments(int capacity)
    {
        private readonly Queue<GeneratedAttachment> queue = new(capacity);
        private readonly List<GeneratedAttachment> snapshot = [];

        public IReadOnlyList<GeneratedAttachment> Items => snapshot;

        public void Add(GeneratedAttachment attachment)
        {
            if (queue.Count == capacity)
                queue.Dequeue();
            queue.Enqueue(attachment);
            snapshot.Clear();
            snapshot.AddRange(queue);
        }
    }
}
