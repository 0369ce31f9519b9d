using System.Text.RegularExpressions;
using Migrator.Core.Redirects;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The redirect files of real conversions, judged by real servers on 127.0.0.1: every corpus export's nginx map passes
/// <c>nginx -t</c>, and nginx and Apache 2.4 send the old <c>?p=ID</c> / <c>?page_id=ID</c> URLs of the report's
/// published posts and pages to their new URLs.
/// </summary>
public sealed partial class RedirectServerTests(ITestOutputHelper output)
{
    public static TheoryData<string> WxrFiles => Corpus.SharedFileNames("wxr", "*.xml");

    /// <summary>The sample and a few corpus exports: Chinese slugs, the theme test data's edge cases, a site in a folder.</summary>
    public static TheoryData<string> ServedExports => ["(sample)", "real-cedricporter-wp35-zh.xml", "wpimp-theme-unit-test-data.xml", "real-mythz-wp331-wxr11.xml"];

    /// <summary>Requests per server and export: enough to cover posts and pages, few enough to stay quick.</summary>
    private const int RequestsPerServer = 12;

    [Theory]
    [MemberData(nameof(WxrFiles))]
    public void Every_corpus_export_s_redirect_files_pass_nginx_test_and_Apache_serves_them(string name)
    {
        LocalWebServer.RequireNginx();
        var path = Corpus.RequireShared(Path.Combine("wxr", name));
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", path, "--to", "hugo", "--body", "html", "--out", site, "--quiet", "--jobs", "1", "--redirects", "nginx,apache");
        var map = Path.Combine(site, "redirects", "nginx-redirects.conf");
        if (!File.Exists(map))
        {
            // Not a WXR file at all: nothing was converted (exit code 2), so there is no map to check.
            Assert.Equal(2, result.ExitCode);
            return;
        }
        var check = LocalWebServer.NginxTest(temp.Path, map);
        Assert.True(check.ExitCode == 0, check.Errors);

        if (LocalWebServer.Apache is null)
            Assert.Skip("nginx accepts the map; Apache (apt-get install apache2) is not installed to serve the .htaccess.");
        // Apache reads .htaccess on each request: one it cannot parse answers every URL with 500.
        var basePath = OldUrls.SitePath(BaseBlogUrl().Match(File.ReadAllText(path)).Groups[1].Value);
        var www = temp.Combine("www");
        Directory.CreateDirectory(www + basePath);
        File.Copy(Path.Combine(site, "static", ".htaccess"), Path.Combine(www + basePath, ".htaccess"));
        var requests = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"))
            .Select(r => OldUrls.PathAndQuery(r["old_url"]))
            .OfType<string>()
            .Take(RequestsPerServer)
            .Prepend(basePath + "/")
            .ToList();
        using var apache = LocalWebServer.StartApache(temp.Path, www);
        foreach (var request in requests)
        {
            var answer = apache.Get(request);
            Assert.True(answer.Status < 500, $"{request}: {answer}\n{apache.ErrorLog()}");
        }
    }

    [Theory]
    [MemberData(nameof(ServedExports))]
    public void Nginx_and_Apache_send_old_id_urls_to_the_new_urls_in_the_report(string name)
    {
        var nginxMissing = LocalWebServer.Nginx is null;
        var apacheMissing = LocalWebServer.Apache is null;
        if (nginxMissing && apacheMissing)
            LocalWebServer.RequireNginx();
        var input = name == "(sample)" ? CliRun.SampleWxr : Corpus.RequireShared(Path.Combine("wxr", name));
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", input, "--to", "hugo", "--body", "html", "--out", site, "--quiet", "--jobs", "1", "--redirects", "nginx,apache");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);

        // The old site's folder, read from the export itself: the ID URLs and the .htaccess live there.
        var basePath = OldUrls.SitePath(BaseBlogUrl().Match(File.ReadAllText(input)).Groups[1].Value);
        var expected = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"))
            .Where(r => r["result"] == "written" && r["status"] == "publish" && r["reason"] == "" && r["new_url"] != ""
                        && r["type"] is "post" or "page")
            .Select(r => ($"{basePath}/?{(r["type"] == "page" ? "page_id" : "p")}={r["source_id"]}", OldUrls.PathAndQuery(r["new_url"])!))
            .Take(RequestsPerServer)
            .ToList();
        Assert.NotEmpty(expected);
        var www = temp.Combine("www");
        Directory.CreateDirectory(www + basePath);

        if (!nginxMissing)
        {
            using var nginx = LocalWebServer.StartNginx(temp.Path, Path.Combine(site, "redirects", "nginx-redirects.conf"), www);
            AssertRedirects(nginx, expected);
        }
        if (!apacheMissing)
        {
            File.Copy(Path.Combine(site, "static", ".htaccess"), Path.Combine(www + basePath, ".htaccess"));
            using var apache = LocalWebServer.StartApache(temp.Path, www);
            AssertRedirects(apache, expected);
        }
        if (nginxMissing || apacheMissing)
            Assert.Skip($"checked with {(nginxMissing ? "Apache" : "nginx")} only: {(nginxMissing ? "nginx" : "Apache (apt-get install apache2)")} is not installed here.");
    }

    [Fact]
    public void Hostile_front_matter_cannot_inject_rules_into_the_redirect_files()
    {
        using var temp = Corpus.NewTempFolder();
        var source = temp.Combine("jekyll");
        Directory.CreateDirectory(Path.Combine(source, "_posts"));
        File.WriteAllText(Path.Combine(source, "_config.yml"), "title: T\nurl: http://h.example\ntimezone: UTC\n");
        // YAML double-quoted strings turn \n and \t into a line break and a tab.
        File.WriteAllText(Path.Combine(source, "_posts", "2020-01-02-a.md"),
            "---\ntitle: A\nredirect_from:\n  - \"/old-a/\\n/*\\thttps://evil.example/\\t302\"\n  - \"/kept-a/\"\n---\nbody\n");
        File.WriteAllText(Path.Combine(source, "_posts", "2020-01-03-b.md"),
            "---\ntitle: B\npermalink: \"/b/\\nRewriteRule .* https://evil.example/ [R=302,L]\\n\"\n---\nbody\n");
        File.WriteAllText(Path.Combine(source, "_posts", "2020-01-04-c.md"),
            "---\ntitle: C\nredirect_from:\n  - \"/c old\\\"q/\"\n  - \"/d$x/\"\n---\nbody\n");
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", source, "--to", "hugo", "--out", site, "--quiet", "--redirects", "netlify,nginx,apache");
        Assert.True(result.ExitCode == 0, result.Stderr);

        // _redirects: one rule a line, three fields (from, to, status), nothing leading to another host.
        var netlify = File.ReadAllLines(Path.Combine(site, "static", "_redirects")).Where(l => !l.StartsWith('#')).ToList();
        Assert.All(netlify, l => Assert.Equal(3, l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.All(netlify, l => Assert.DoesNotContain("evil", l, StringComparison.Ordinal));
        Assert.Contains(netlify, l => l.StartsWith("/kept-a/ ", StringComparison.Ordinal));
        // The redirects left out are site messages, printed with the summary.
        Assert.Contains("warning RDR006", result.Stderr, StringComparison.Ordinal);

        var www = temp.Combine("www");
        Directory.CreateDirectory(www);
        (string Request, string? Target)[] expected =
        [
            ("/kept-a/", "/2020/01/02/a.html"),
            ("/c%20old%22q/", "/2020/01/04/c.html"),
            ("/d$x/", "/2020/01/04/c.html"),
            ("/old-a/", null),
            ("/unrelated/", null),
        ];
        if (LocalWebServer.Nginx is not null)
        {
            using var nginx = LocalWebServer.StartNginx(temp.Path, Path.Combine(site, "redirects", "nginx-redirects.conf"), www);
            AssertAnswers(nginx, expected);
        }
        if (LocalWebServer.Apache is not null)
        {
            File.Copy(Path.Combine(site, "static", ".htaccess"), Path.Combine(www, ".htaccess"));
            using var apache = LocalWebServer.StartApache(temp.Path, www);
            AssertAnswers(apache, expected);
        }
        if (LocalWebServer.Nginx is null || LocalWebServer.Apache is null)
            Assert.Skip("the files were checked, but nginx or Apache (apt-get install nginx-light apache2) is not installed to serve them.");
    }

    private void AssertAnswers(LocalWebServer server, IEnumerable<(string Request, string? Target)> expected)
    {
        foreach (var (request, target) in expected)
        {
            var answer = server.Get(request);
            output.WriteLine($"{request} -> {answer}");
            if (target is null)
                Assert.True(answer.Status is >= 400 and < 500 && answer.Location is null, $"{request}: {answer}\n{server.ErrorLog()}");
            else
                AssertRedirects(server, [(request, target)]);
        }
    }

    private void AssertRedirects(LocalWebServer server, IEnumerable<(string Request, string Target)> expected)
    {
        foreach (var (request, target) in expected)
        {
            var answer = server.Get(request);
            output.WriteLine($"{request} -> {answer}");
            var location = answer.Location is null ? null : server.LocalTarget(answer.Location);
            // The server may send the target percent-encoded or not: the browser lands on the same page either way.
            Assert.True(answer.Status == 301 && location is not null && Uri.UnescapeDataString(location) == Uri.UnescapeDataString(target),
                $"{request}: expected 301 {target}, got {answer}\n{server.ErrorLog()}");
        }
    }

    [GeneratedRegex(@"<wp:base_blog_url>\s*(?:<!\[CDATA\[)?([^<\]]*)")]
    private static partial Regex BaseBlogUrl();
}
