using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The review report (migration-report.html) written by convert beside the CSV: self-contained, one row per audit row
/// with scripts off, and in real headless Chromium it loads without console errors and its filters work.
/// </summary>
public sealed partial class ReviewReportTests(ITestOutputHelper output)
{
    /// <summary>Screenshots are kept under the test's output folder, as artifacts of the run.</summary>
    private static string Artifacts => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public void Convert_writes_the_review_report_beside_the_CSV_with_a_row_per_audit_row()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--quiet");
        Assert.Equal(ExitCodes.Success, result.ExitCode);

        var html = File.ReadAllText(Path.Combine(site, "migration-report.html"));
        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        Assert.Equal(rows.Count, ItemRow().Count(html));
        // Read with scripts off: the filters are hidden until the script shows them, and every row is there.
        Assert.Contains("<form id=\"filters\" hidden>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"breaks\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"breaks\"", StringComparison.Ordinal) < html.IndexOf("id=\"items\"", StringComparison.Ordinal), "breaks at cutover come first");
        // Each message code of the report is explained in it.
        Assert.Contains("id=\"code-MED006\"", html, StringComparison.Ordinal);
        // Jekyll does not publish it.
        Assert.Contains("migration-report.html", File.ReadAllText(Path.Combine(site, "_config.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_report_loads_nothing_from_the_network()
    {
        using var temp = Corpus.NewTempFolder();
        var review = temp.Combine("review.html");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", temp.Combine("site"), "--report-html", review, "--quiet");
        Assert.Equal(ExitCodes.Success, result.ExitCode);

        var html = File.ReadAllText(review);
        Assert.False(File.Exists(temp.Combine("site", "migration-report.html")));
        Assert.DoesNotMatch(ExternalResource(), html);
    }

    /// <summary>A post whose <c>[gallery]</c> names no media: the shortcode stays as text, so the body is not exact.</summary>
    private const string ExportWithAChangedBody = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>H</title><link>http://h.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>http://h.example</wp:base_site_url><wp:base_blog_url>http://h.example</wp:base_blog_url>
        <item><title>Gallery</title><link>http://h.example/gallery/</link><dc:creator>a</dc:creator><guid isPermaLink="false">http://h.example/?p=1</guid><content:encoded><![CDATA[Intro

        [gallery]

        End]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date>2020-01-02 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-02 09:00:00</wp:post_date_gmt><wp:post_name>gallery</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
        </channel></rss>
        """;

    [Fact]
    public void A_body_that_is_not_exact_is_shown_side_by_side_and_no_temporary_file_is_left()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("export.xml");
        File.WriteAllText(input, ExportWithAChangedBody);
        var site = temp.Combine("site");

        var result = CliRun.Run("convert", input, "--to", "jekyll", "--out", site, "--quiet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
        var html = File.ReadAllText(Path.Combine(site, "migration-report.html"));
        Assert.Contains("1 message(s), the body side by side</summary>", html, StringComparison.Ordinal);
        Assert.Contains("is the same line by line; the notes above say what differs.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(site), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_report_that_cannot_be_written_leaves_the_conversion_standing()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("export.xml");
        File.WriteAllText(input, ExportWithAChangedBody);
        File.WriteAllText(temp.Combine("a-file"), "not a folder");

        var result = CliRun.Run("convert", input, "--to", "jekyll", "--out", temp.Combine("site"), "--report-html", temp.Combine("a-file", "review.html"), "--quiet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
        Assert.Contains("cannot write the review report", result.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(temp.Combine("site", "_posts")));
    }

    [Fact]
    public void A_review_report_path_on_an_input_is_refused()
    {
        using var temp = Corpus.NewTempFolder();
        var input = temp.Combine("export.xml");
        File.Copy(CliRun.SampleWxr, input);

        var result = CliRun.Run("convert", input, "--to", "jekyll", "--out", temp.Combine("site"), "--report-html", input);

        Assert.Equal(ExitCodes.UsageOrUnreadableInput, result.ExitCode);
        Assert.Contains("--report-html", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(CliRun.SampleWxr), File.ReadAllBytes(input));
    }

    public static TheoryData<string> Exports => new() { "sample", "real-andylockran-wp493.xml" };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task In_headless_Chromium_the_review_report_loads_without_errors_and_a_click_filters_the_rows(string export)
    {
        HeadlessChromium.Require();
        var input = export == "sample" ? CliRun.SampleWxr : Corpus.RequireShared(Path.Combine("wxr", export));
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var converted = CliRun.Run("convert", input, "--to", "jekyll", "--out", site, "--quiet");
        Assert.True(converted.ExitCode is 0 or 1, converted.Stderr);
        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        // The summary's count of the rarest type and result is a button that shows only those rows.
        var (type, result, count) = rows.GroupBy(r => (r["type"], r["result"])).Select(g => (g.Key.Item1, g.Key.Item2, g.Count())).OrderBy(g => g.Item3).ThenBy(g => g.Item1, StringComparer.Ordinal).First();
        Assert.True(count < rows.Count, "the export has rows to filter out");

        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(site, "migration-report.html"));
        Assert.Equal(rows.Count, (await browser.EvaluateAsync("document.querySelectorAll('#item-table > tbody > tr:not([hidden])').length"))!.GetValue<int>());
        Assert.False((await browser.EvaluateAsync("document.getElementById('filters').hidden"))!.GetValue<bool>(), "the script shows the filters");

        await browser.EvaluateAsync($"document.querySelector(\"#summary button[data-value='{type}'][data-value2='{result}']\").click()");
        var shown = await browser.EvaluateAsync("Array.prototype.map.call(document.querySelectorAll('#item-table > tbody > tr:not([hidden])'), function (r) { return r.getAttribute('data-type') + ' ' + r.getAttribute('data-result'); })");
        var visible = shown!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal(count, visible.Count);
        Assert.All(visible, r => Assert.Equal(type + " " + result, r));
        Assert.Equal(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), (await browser.EvaluateAsync("document.getElementById('shown').textContent"))!.GetValue<string>());
        Assert.Equal(result, (await browser.EvaluateAsync("document.querySelector(\"#filters select[name='result']\").value"))!.GetValue<string>());

        await browser.EvaluateAsync("document.getElementById('show-all').click()");
        Assert.Equal(rows.Count, (await browser.EvaluateAsync("document.querySelectorAll('#item-table > tbody > tr:not([hidden])').length"))!.GetValue<int>());

        await browser.EvaluateAsync("window.scrollTo(0, 0)");
        var screenshot = Path.Combine(Artifacts, $"review-report-{Path.GetFileNameWithoutExtension(export)}.png");
        await browser.ScreenshotAsync(screenshot);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(screenshot)[..4]);
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task In_headless_Chromium_a_changed_body_opens_side_by_side_old_and_new()
    {
        HeadlessChromium.Require();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        // A URL in angle brackets is an unknown tag to a browser: the old page showed nothing there, the new one a link.
        var export = CliRun.SampleWithBodies(temp.Combine("export.xml"), new Dictionary<int, string> { [3] = "See <http://www.youtube.com/watch> and the list:\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>" });
        var converted = CliRun.Run("convert", export, "--to", "jekyll", "--out", site, "--quiet");
        Assert.True(converted.ExitCode == 0, converted.Stderr);

        await using var browser = await HeadlessChromium.OpenAsync(Path.Combine(site, "migration-report.html"));
        await browser.EvaluateAsync("document.querySelector(\"#filters button[data-value='changed']\").click()");
        Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('#item-table > tbody > tr:not([hidden])').length"))!.GetValue<int>());
        await browser.EvaluateAsync("document.querySelector('#item-table > tbody > tr:not([hidden]) details').open = true");
        var cells = await browser.EvaluateAsync("Array.prototype.map.call(document.querySelectorAll('#item-table > tbody > tr:not([hidden]) table.diff tr.changed td'), function (td) { return td.innerText; })");
        var (old, now) = (cells!.AsArray()[0]!.GetValue<string>(), cells.AsArray()[1]!.GetValue<string>());
        output.WriteLine($"{old} | {now}");
        Assert.StartsWith("−See and the list:", old, StringComparison.Ordinal);
        Assert.Contains("youtube", now, StringComparison.Ordinal);
        Assert.True((await browser.EvaluateAsync("document.querySelector('#item-table > tbody > tr:not([hidden]) table.diff').offsetHeight"))!.GetValue<int>() > 0, "the diff shows");

        await browser.EvaluateAsync("document.querySelector('#item-table > tbody > tr:not([hidden]) table.diff').scrollIntoView()");
        var screenshot = Path.Combine(Artifacts, "review-report-diff.png");
        await browser.ScreenshotAsync(screenshot);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.Empty(browser.ConsoleErrors);
    }

    [GeneratedRegex("<tr data-result=")]
    private static partial Regex ItemRow();

    /// <summary>Anything a browser would fetch: a script, style sheet, font, image or frame by URL.</summary>
    [GeneratedRegex("""<(script|img|iframe|link)\b[^>]*\b(src|href)=|url\(|@import""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
