using Migrator.Core.Diagnostics;
using Migrator.Core.Redirects;
using Migrator.Testing;

namespace Migrator.Core.Tests.Redirects;

/// <summary>
/// The redirect files, served by real nginx and Apache 2.4 on 127.0.0.1: old URLs answer 301 with the new URL, and old
/// URLs that hostile front matter made (line breaks, tabs, quotes, <c>$</c>, a target on another host) neither break the
/// server nor redirect anything else.
/// </summary>
public sealed class RedirectServerTests
{
    private static readonly string LongPath = "/" + new string('l', 300) + "/";

    private static readonly Redirect[] Redirects =
    [
        new("/2023/08/14/sommar-pa-%c3%a5land/", "/posts/sommar-pa-åland/", OldUrlKind.Permalink),
        new("/?p=13", "/2024/04/20/fish-soup/", OldUrlKind.IdQuery),
        new("/tide-tables/", "/2023/03/26/reading-the-tide-tables/", OldUrlKind.OldSlug),
        new("/c%20old%22q/", "/c new/", OldUrlKind.Alias),
        new("/d$x(y)/", "/e$1/%1/", OldUrlKind.Alias),
        new(LongPath, "/long/", OldUrlKind.Alias),
        new("/old-a/\n/*\thttps://evil.example/\t302", "/a/", OldUrlKind.Alias),
        new("/b/\nRewriteRule .* https://evil.example/ [R=302,L]\n", "/b-new/", OldUrlKind.Permalink),
        new("/c/", "//evil.example/c/", OldUrlKind.Permalink),
    ];

    /// <summary>What a browser requests, and where it must be sent (null: no redirect, a 4xx answer).</summary>
    private static readonly (string Request, string? Location)[] Expected =
    [
        ("/2023/08/14/sommar-pa-%C3%A5land/", "/posts/sommar-pa-åland/"),
        ("/?p=13", "/2024/04/20/fish-soup/"),
        ("/tide-tables", "/2023/03/26/reading-the-tide-tables/"),
        ("/c%20old%22q/", "/c%20new/"),
        ("/old-a/", null),
        ("/b/", null),
        ("/c/", null),
        ("/unrelated/", null),
    ];

    [Fact]
    public void Nginx_serves_every_redirect_and_nothing_else()
    {
        LocalWebServer.RequireNginx();
        using var temp = Corpus.NewTempFolder();
        Directory.CreateDirectory(temp.Combine("www"));
        var diagnostics = new DiagnosticBag();
        File.WriteAllText(temp.Combine("redirects.conf"), RedirectFiles.Nginx(Redirects, diagnostics));
        Assert.Equal(3, diagnostics.Items.Count(d => d.Code == "RDR006"));

        using var nginx = LocalWebServer.StartNginx(temp.Path, temp.Combine("redirects.conf"), temp.Combine("www"));
        AssertAnswers(nginx, [.. Expected, ("/d$x(y)/", "/e%241/%1/"), (LongPath, "/long/")]);
    }

    [Fact]
    public void Apache_serves_every_redirect_of_the_htaccess_and_nothing_else()
    {
        LocalWebServer.RequireApache();
        using var temp = Corpus.NewTempFolder();
        Directory.CreateDirectory(temp.Combine("www"));
        var diagnostics = new DiagnosticBag();
        File.WriteAllText(temp.Combine("www", ".htaccess"), RedirectFiles.Apache(Redirects, "", diagnostics));
        // Apache cannot read .htaccess for a path whose segment is longer than a file name: left out, and reported.
        Assert.Equal(4, diagnostics.Items.Count(d => d.Code == "RDR006"));

        using var apache = LocalWebServer.StartApache(temp.Path, temp.Combine("www"));
        AssertAnswers(apache, [.. Expected, ("/d$x(y)/", "/e$1/%1/"), (LongPath, null)]);
    }

    private static void AssertAnswers(LocalWebServer server, IEnumerable<(string Request, string? Location)> expected)
    {
        foreach (var (request, location) in expected)
        {
            var answer = server.Get(request);
            if (location is null)
            {
                Assert.True(answer.Status is >= 400 and < 500 && answer.Location is null, $"{request}: {answer}\n{server.ErrorLog()}");
                continue;
            }
            Assert.True(answer.Status == 301 && answer.Location is not null && server.LocalTarget(answer.Location) == location,
                $"{request}: expected 301 {location}, got {answer}\n{server.ErrorLog()}");
        }
    }
}
