using System.Diagnostics;
using System.Globalization;
using System.Text;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Ctrl-C and SIGTERM are honoured at once: the <c>migrator</c> program, converting a large generated export, gets the
/// signal in the middle of the run and must end within two seconds with the documented exit code (130), leaving every
/// file it wrote complete, no temporary file, and the audit report listing exactly the posts it wrote.
/// </summary>
public sealed class InterruptTests
{
    private const int Posts = 20_000;

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Interrupt_stops_within_two_seconds_with_complete_files_and_the_report(string signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Skip("signals are sent with kill(1)");
        var cancel = TestContext.Current.CancellationToken;
        using var temp = Corpus.NewTempFolder();
        var export = temp.Combine("large.xml");
        WriteLargeExport(export);
        var output = temp.Combine("out");
        var program = Path.Combine(AppContext.BaseDirectory, "migrator.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { program, "convert", export, "--to", "jekyll", "--out", output, "--quiet", "--jobs", "2" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel);

        // Wait until posts are being written, then stop the run in the middle.
        var posts = Path.Combine(output, "_posts");
        var waited = Stopwatch.StartNew();
        while (!(Directory.Exists(posts) && Directory.EnumerateFiles(posts).Take(50).Count() == 50))
        {
            if (process.HasExited)
                Assert.Fail("the run ended before it could be stopped: " + await stderr);
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "no post was written within 2 minutes");
            await Task.Delay(50, cancel);
        }
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(cancel);
            Assert.Equal(0, kill.ExitCode);
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"SIG{signal} sent after {waited.Elapsed.TotalSeconds:F1} s, {Directory.GetFiles(posts).Length} files in _posts");
        var stopped = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        var took = stopped.Elapsed;
        await stdout;

        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {await stderr}");
        Assert.True(took < TimeSpan.FromSeconds(2), $"the run took {took.TotalSeconds:F1} s to stop");
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
        var rows = CliRun.ReadReport(Path.Combine(output, "migration-report.csv"));
        var written = Directory.GetFiles(posts).Select(f => "_posts/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(rows.Count, 50, Posts - 1);
        Assert.Equal(written, rows.Where(r => r["result"] == "written").Select(r => r["output_path"]).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(posts))
            Assert.Matches(@"Paragraph two of post \d+\.\n$", File.ReadAllText(file)); // each post whole, to its last line
    }

    /// <summary>An export of <see cref="Posts"/> published posts, each with a few paragraphs and a list.</summary>
    private static void WriteLargeExport(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            <title>Large</title>
            <link>https://large.example</link>
            <wp:wxr_version>1.2</wp:wxr_version>
            <wp:base_site_url>https://large.example</wp:base_site_url>
            <wp:base_blog_url>https://large.example</wp:base_blog_url>

            """);
        for (var i = 1; i <= Posts; i++)
        {
            var day = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(i * 37).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""
                <item>
                <title>Post {i}</title>
                <link>https://large.example/post-{i}/</link>
                <dc:creator>ann</dc:creator>
                <content:encoded><![CDATA[<p>Paragraph one of post {i}, with <em>emphasis</em> and a <a href="https://large.example/">link</a>.</p>
                <ul><li>first</li><li>second</li></ul>
                <p>Paragraph two of post {i}.</p>]]></content:encoded>
                <wp:post_id>{i}</wp:post_id>
                <wp:post_date>{day}</wp:post_date>
                <wp:post_date_gmt>{day}</wp:post_date_gmt>
                <wp:post_name>post-{i}</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type>
                </item>

                """));
        }
        writer.Write("</channel>\n</rss>\n");
    }
}
