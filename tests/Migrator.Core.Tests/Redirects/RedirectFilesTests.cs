using System.Diagnostics;
using Migrator.Core.Redirects;
using Migrator.Testing;

namespace Migrator.Core.Tests.Redirects;

public sealed class RedirectFilesTests
{
    private static readonly Redirect[] Sample =
    [
        new("/2023/08/14/sommar-pa-%c3%a5land/", "/posts/sommar-pa-åland/", OldUrlKind.Permalink),
        new("/?p=13", "/2024/04/20/fish-soup/", OldUrlKind.IdQuery),
        new("/tide-tables/", "/2023/03/26/reading-the-tide-tables/", OldUrlKind.OldSlug),
    ];

    [Fact]
    public void Netlify_lines_are_source_target_status_and_query_sources_are_counted_out()
    {
        var text = RedirectFiles.Netlify(Sample, out var skipped);
        Assert.Equal(
            "# Redirects from the old site's URLs, written by Migrator.\n" +
            "/2023/08/14/sommar-pa-%c3%a5land/ /posts/sommar-pa-åland/ 301\n" +
            "/tide-tables/ /2023/03/26/reading-the-tide-tables/ 301\n",
            text);
        Assert.Equal(1, skipped);
    }

    [Fact]
    public void Nginx_maps_the_request_uri_once_per_source()
    {
        var text = RedirectFiles.Nginx(Sample);
        Assert.Contains("    \"/2023/08/14/sommar-pa-%c3%a5land/\" \"/posts/sommar-pa-åland/\";\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("%C3%A5land/\" ", text, StringComparison.Ordinal);
        Assert.Contains("    \"/?p=13\" \"/2024/04/20/fish-soup/\";\n", text, StringComparison.Ordinal);
        // The same old link without its trailing slash.
        Assert.Contains("    \"/tide-tables\" \"/2023/03/26/reading-the-tide-tables/\";\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/\" ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apache_matches_decoded_paths_and_query_strings_with_a_condition()
    {
        var text = RedirectFiles.Apache(Sample, "", out var outside);
        Assert.Contains("RewriteRule ^2023/08/14/sommar-pa-åland/?$ /posts/sommar-pa-åland/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Contains("RewriteCond %{QUERY_STRING} ^p=13$\nRewriteRule ^$ /2024/04/20/fish-soup/? [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Equal(0, outside);
    }

    [Fact]
    public void Apache_keeps_percent_encoded_targets_as_they_are()
    {
        // %9 in a substitution would be a RewriteCond back-reference; NE stops Apache encoding the % again.
        var text = RedirectFiles.Apache([new Redirect("/old/", "/2023/05/14/%e6%97%a5/", OldUrlKind.OldSlug)], "", out _);
        Assert.Contains("RewriteRule ^old/?$ /2023/05/14/\\%e6\\%97\\%a5/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apache_rules_are_relative_to_the_folder_the_site_is_served_from()
    {
        Redirect[] redirects =
        [
            new("/blog/old-name/", "/blog/2023/01/02/new-name/", OldUrlKind.OldSlug),
            new("/blog/?p=1", "/blog/2023/01/02/new-name/", OldUrlKind.IdQuery),
            new("/elsewhere/x/", "/blog/x/", OldUrlKind.Permalink),
            new("/blog/sp ace/", "/blog/space/", OldUrlKind.OldSlug),
        ];
        var text = RedirectFiles.Apache(redirects, "/blog", out var outside);
        Assert.Contains("RewriteRule ^old-name/?$ /blog/2023/01/02/new-name/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Contains("RewriteCond %{QUERY_STRING} ^p=1$\nRewriteRule ^$ /blog/2023/01/02/new-name/? [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Contains("RewriteRule \"^sp\\ ace/?$\" /blog/space/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", text, StringComparison.Ordinal);
        Assert.Equal(1, outside);
    }

    [Fact]
    public void Nginx_accepts_the_map_file()
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        if (nginx is null)
            Assert.Skip("skipped: nginx is not installed here (.ci/run installs it on CI).");
        using var temp = Corpus.NewTempFolder();
        File.WriteAllText(temp.Combine("redirects.conf"), RedirectFiles.Nginx(Sample));
        File.WriteAllText(temp.Combine("nginx.conf"),
            $"error_log {temp.Combine("error.log")};\npid {temp.Combine("nginx.pid")};\nevents {{}}\nhttp {{\n    access_log off;\n" +
            $"    include {temp.Combine("redirects.conf")};\n    server {{\n        listen 127.0.0.1:8089;\n" +
            "        if ($migrator_redirect) { return 301 $migrator_redirect; }\n    }\n}\n");
        var start = new ProcessStartInfo(nginx, ["-t", "-c", temp.Combine("nginx.conf"), "-p", temp.Path]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
    }
}
