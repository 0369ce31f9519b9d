using Migrator.Core.Reporting;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// <c>migrator verify</c> on real builds of the converted sample: it finds what breaks at cutover, the same breaks the
/// review report foresaw, and a post or an image deleted from the build.
/// </summary>
public sealed class VerifyCommandTests(ITestOutputHelper output)
{
    private static string Uploads => Path.Combine(Corpus.Samples, "wordpress", "uploads");

    [Fact]
    public void Verify_on_the_Jekyll_build_of_the_sample_finds_exactly_the_breaks_the_review_report_lists()
    {
        JekyllBuild.RequirePlugin("jekyll-redirect-from");
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var convert = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--redirects", "netlify,jekyll", "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var (built, log) = JekyllBuild.Run(site);
        Assert.True(built == 0, log);

        var (exit, problems, json) = CutoverCheck.Verify(Path.Combine(site, "_site"), Path.Combine(site, "migration-report.csv"));
        output.WriteLine(json);

        Assert.Equal(ExitCodes.PartialFailure, exit);
        // Without --media-*, the posts' images stay on the old host (MED006), and so do the attachments' files their
        // redirects lead to; the password-protected post (a draft now) leaves its old URL unanswered.
        Assert.Equal(
            ["CUT002 item 14", "CUT004 item 10", "CUT004 item 11", "CUT004 item 12", "CUT004 item 32", "CUT004 item 33"],
            CutoverCheck.Pairs(problems));
        Assert.Equal(CutoverCheck.Pairs(problems), CutoverCheck.ReportedBreaks(Path.Combine(site, "migration-report.html")));
    }

    [Fact]
    public void Verify_on_the_Hugo_build_of_the_sample_finds_exactly_the_breaks_the_review_report_lists()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var convert = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", site, "--redirects", "netlify,hugo", "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var build = HugoBuild.Build(site, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());

        var (exit, problems, json) = CutoverCheck.Verify(temp.Combine("public"), Path.Combine(site, "migration-report.csv"));
        output.WriteLine(json);

        Assert.Equal(ExitCodes.PartialFailure, exit);
        Assert.Contains("CUT004 item 10", CutoverCheck.Pairs(problems));
        Assert.Equal(CutoverCheck.Pairs(problems), CutoverCheck.ReportedBreaks(Path.Combine(site, "migration-report.html")));
    }

    [Fact]
    public void Verify_finds_a_post_page_and_an_image_deleted_from_the_build()
    {
        JekyllBuild.RequirePlugin("jekyll-redirect-from");
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var convert = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--redirects", "jekyll", "--media-from", Uploads, "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var (built, log) = JekyllBuild.Run(site);
        Assert.True(built == 0, log);
        var built_site = Path.Combine(site, "_site");
        var report = Path.Combine(site, "migration-report.csv");
        var before = CutoverCheck.Verify(built_site, report).Problems;
        Assert.DoesNotContain(before, p => p.Code is "CUT001" or "CUT003" or "CUT004");

        File.Delete(Path.Combine(built_site, "2023", "07", "02", "new-tiller", "index.html"));
        File.Delete(Path.Combine(built_site, "wp-content", "uploads", "2023", "03", "harbour.jpg"));
        var (exit, after, json) = CutoverCheck.Verify(built_site, report);
        output.WriteLine(json);

        Assert.Equal(ExitCodes.PartialFailure, exit);
        var found = after.Except(before).ToList();
        Assert.Contains(found, p => p.Code == "CUT001" && p.Item == "11" && p.Url.EndsWith("/2023/07/02/new-tiller/", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Code == "CUT003" && p.Item == "10" && p.Url.EndsWith("/wp-content/uploads/2023/03/harbour.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_over_HTTP_against_real_nginx_with_the_redirect_map_finds_what_the_folder_check_finds()
    {
        LocalWebServer.RequireNginx();
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var convert = CliRun.Run("convert", CliRun.SampleWxr, "--to", "jekyll", "--out", site, "--redirects", "nginx", "--media-from", Uploads, "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var (built, log) = JekyllBuild.Run(site);
        Assert.True(built == 0, log);
        var builtSite = Path.Combine(site, "_site");
        var report = Path.Combine(site, "migration-report.csv");
        Directory.CreateDirectory(temp.Combine("nginx"));
        using var server = LocalWebServer.StartNginx(temp.Combine("nginx"), Path.Combine(site, "redirects", "nginx-redirects.conf"), builtSite);
        var url = $"http://127.0.0.1:{server.Port}/";

        var (exit, overHttp, json) = CutoverCheck.VerifyUrl(url, report);
        output.WriteLine(json);
        var inFolder = CutoverCheck.Verify(builtSite, report).Problems;

        Assert.Equal(CutoverCheck.Pairs(inFolder), CutoverCheck.Pairs(overHttp));
        // The password-protected post (a draft now) leaves its old URL unanswered; everything else answers.
        Assert.Equal(["CUT002 item 14"], CutoverCheck.Pairs(overHttp));
        Assert.Equal(ExitCodes.PartialFailure, exit);
        // The attachments' old pages are answered by the server's redirects, to the files copied into the site.
        var rows = CliRun.ReadReport(report).Where(r => r["type"] == "attachment").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var answer = server.Get(new Uri(row["old_url"]).AbsolutePath);
            Assert.Equal(301, answer.Status);
            Assert.Equal(200, server.Get(server.LocalTarget(answer.Location!) ?? new Uri(answer.Location!).AbsolutePath).Status);
        }

        File.Delete(Path.Combine(builtSite, "2023", "07", "02", "new-tiller", "index.html"));
        File.Delete(Path.Combine(builtSite, "wp-content", "uploads", "2023", "03", "harbour.jpg"));
        var after = CutoverCheck.VerifyUrl(url, report);
        output.WriteLine(after.Json);
        var found = after.Problems.Except(overHttp).ToList();
        Assert.Contains(found, p => p.Code == "CUT001" && p.Item == "11" && p.Url.EndsWith("/2023/07/02/new-tiller/", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Code == "CUT003" && p.Item == "10" && p.Url.EndsWith("/wp-content/uploads/2023/03/harbour.jpg", StringComparison.Ordinal));
        Assert.Equal(CutoverCheck.Pairs(CutoverCheck.Verify(builtSite, report).Problems), CutoverCheck.Pairs(after.Problems));
    }

    [Fact]
    public void Verify_over_HTTP_exits_2_when_no_server_answers_or_both_a_folder_and_a_url_are_given()
    {
        using var temp = Corpus.NewTempFolder();
        var report = temp.Combine("migration-report.csv");
        using (var writer = new AuditReportWriter(report))
            writer.Complete();
        Directory.CreateDirectory(temp.Combine("_site"));
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var closed = CliRun.Run("verify", "--url", $"http://127.0.0.1:{port}/", "--report", report);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, closed.ExitCode);
        Assert.Contains("cannot check the server", closed.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, CliRun.Run("verify", temp.Combine("_site"), "--url", "http://127.0.0.1:1/", "--report", report).ExitCode);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, CliRun.Run("verify", "--url", "ftp://127.0.0.1/", "--report", report).ExitCode);
    }

    [Fact]
    public void Verify_exits_0_when_nothing_breaks_and_prints_a_table()
    {
        using var temp = Corpus.NewTempFolder();
        var report = temp.Combine("migration-report.csv");
        using (var writer = new AuditReportWriter(report))
        {
            writer.Write(new AuditRow { SourceId = "1", Type = "post", Status = "publish", Title = "Hello", OldUrl = "https://old.example/hello/", NewUrl = "https://old.example/hello/", Result = ItemResult.Written });
            writer.Complete();
        }
        Directory.CreateDirectory(temp.Combine("_site", "hello"));
        File.WriteAllText(temp.Combine("_site", "hello", "index.html"), "<p>hello</p>");

        var result = CliRun.Run("verify", temp.Combine("_site"), "--report", report);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Nothing breaks at cutover.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_exits_2_when_the_site_or_the_report_cannot_be_read()
    {
        using var temp = Corpus.NewTempFolder();
        File.WriteAllText(temp.Combine("other.csv"), "a,b\n");
        Directory.CreateDirectory(temp.Combine("_site"));

        Assert.Equal(ExitCodes.UsageOrUnreadableInput, CliRun.Run("verify", temp.Combine("missing"), "--report", temp.Combine("other.csv")).ExitCode);
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, CliRun.Run("verify", temp.Combine("_site"), "--report", temp.Combine("missing.csv")).ExitCode);
        var json = CliRun.Run("verify", temp.Combine("_site"), "--report", temp.Combine("other.csv"), "--json");
        Assert.Equal(ExitCodes.UsageOrUnreadableInput, json.ExitCode);
        Assert.Contains("\"exit_code\": 2", json.Stdout, StringComparison.Ordinal);
    }
}
