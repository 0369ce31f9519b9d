using System.Globalization;
using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Redirects;

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
        var diagnostics = new DiagnosticBag();
        var text = RedirectFiles.Netlify(Sample, "Netlify", diagnostics);
        Assert.Equal(
            "# Redirects from the old site's URLs, written by Migrator.\n" +
            "/2023/08/14/sommar-pa-%c3%a5land/ /posts/sommar-pa-åland/ 301\n" +
            "/tide-tables/ /2023/03/26/reading-the-tide-tables/ 301\n",
            text);
        Assert.Equal("RDR003", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Nginx_maps_the_request_uri_once_per_source()
    {
        var text = RedirectFiles.Nginx(Sample, new DiagnosticBag());
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
        var diagnostics = new DiagnosticBag();
        var text = RedirectFiles.Apache(Sample, "", diagnostics);
        Assert.Contains("RewriteRule ^2023/08/14/sommar-pa-åland/?$ /posts/sommar-pa-åland/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Contains("RewriteCond %{QUERY_STRING} ^p=13$\nRewriteRule ^$ /2024/04/20/fish-soup/? [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Apache_keeps_percent_encoded_targets_as_they_are()
    {
        // %9 in a substitution would be a RewriteCond back-reference; NE stops Apache encoding the % again.
        var text = RedirectFiles.Apache([new Redirect("/old/", "/2023/05/14/%e6%97%a5/", OldUrlKind.OldSlug)], "", new DiagnosticBag());
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
        var diagnostics = new DiagnosticBag();
        var text = RedirectFiles.Apache(redirects, "/blog", diagnostics);
        Assert.Contains("RewriteRule ^old-name/?$ /blog/2023/01/02/new-name/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Contains("RewriteCond %{QUERY_STRING} ^p=1$\nRewriteRule ^$ /blog/2023/01/02/new-name/? [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.Contains("RewriteRule ^sp\\ ace/?$ /blog/space/ [R=301,L,NE]\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", text, StringComparison.Ordinal);
        Assert.Equal("RDR005", Assert.Single(diagnostics.Items).Code);
    }

    // Old URLs as hostile front matter can make them (Jekyll redirect_from, Hugo aliases, permalink).
    private static readonly Redirect Smuggled = new("/old-a/\n/*\thttps://evil.example/\t302", "/a/", OldUrlKind.Alias);
    private static readonly Redirect Directive = new("/b/\nRewriteRule .* https://evil.example/ [R=302,L]\n", "/b-new/", OldUrlKind.Permalink);
    private static readonly Redirect ToOtherHost = new("/c/", "//evil.example/c/", OldUrlKind.Permalink);

    [Fact]
    public void Netlify_lines_keep_three_fields_and_leave_out_what_they_cannot_hold()
    {
        Redirect[] redirects =
        [
            Smuggled, Directive, ToOtherHost,
            new("/*", "/catch-all/", OldUrlKind.Alias),
            new("/news/:year/", "/news/", OldUrlKind.Alias),
            new("/sp ace\u00a0nbsp/", "/new path/:x/", OldUrlKind.Alias),
            new("/kept/", "/kept-new/", OldUrlKind.OldSlug),
        ];
        var diagnostics = new DiagnosticBag();
        var text = RedirectFiles.Netlify(redirects, "Netlify", diagnostics);

        var rules = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["/kept/ /kept-new/ 301", "/sp%20ace%C2%A0nbsp/ /new%20path/%3Ax/ 301"], rules.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("evil", text, StringComparison.Ordinal);
        Assert.Equal(5, diagnostics.Items.Count(d => d.Code == "RDR006"));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("/old-a/\\u000A/*\\u0009https", StringComparison.Ordinal));
    }

    [Fact]
    public void Nginx_keys_are_what_browsers_send_and_values_cannot_name_variables()
    {
        Redirect[] redirects =
        [
            Smuggled, ToOtherHost,
            new("/price$x/", "/prices/$y/", OldUrlKind.Alias),
            new("/say \"hi\"/", "/say hi/", OldUrlKind.Alias),
        ];
        var diagnostics = new DiagnosticBag();
        var text = RedirectFiles.Nginx(redirects, diagnostics);

        Assert.Contains("    \"/price$x/\" \"/prices/%24y/\";\n", text, StringComparison.Ordinal);
        Assert.Contains("    \"/say%20%22hi%22/\" \"/say%20hi/\";\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", text, StringComparison.Ordinal);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "RDR006"));
    }

    [Fact]
    public void Nginx_sizes_the_map_hash_for_its_longest_key()
    {
        var longKey = "/" + new string('x', 300) + "/";
        var text = RedirectFiles.Nginx([new Redirect(longKey, "/short/", OldUrlKind.Permalink)], new DiagnosticBag());
        var bucket = int.Parse(Regex.Match(text, @"^map_hash_bucket_size (\d+);$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
        // nginx stores a key in its length + 10 bytes rounded up to 8, plus an 8-byte pointer ending the bucket.
        Assert.True(bucket >= (longKey.Length + 10 + 7) / 8 * 8 + 8, text[..400]);
        Assert.Matches(@"(?m)^map_hash_max_size \d+;$", text);
        Assert.True(text.IndexOf("map_hash_bucket_size", StringComparison.Ordinal) < text.IndexOf("map $request_uri", StringComparison.Ordinal));
    }

    [Fact]
    public void Apache_patterns_escape_spaces_and_quotes_and_rules_never_span_lines()
    {
        Redirect[] redirects =
        [
            Smuggled, Directive, ToOtherHost,
            new("/c%20old%22q/", "/c new/", OldUrlKind.Alias),
            new("/d$x(y)/", "/e$1/%1/", OldUrlKind.Alias),
            new("/enc%0Aoded/", "/f/", OldUrlKind.Alias),
        ];
        var diagnostics = new DiagnosticBag();
        var text = RedirectFiles.Apache(redirects, "", diagnostics);

        Assert.Equal(
            "# Redirects from the old site's URLs, written by Migrator.\nRewriteEngine On\n" +
            "RewriteRule ^c\\ old\"q/?$ /c\\%20new/ [R=301,L,NE]\n" +
            "RewriteRule ^d\\$x\\(y\\)/?$ /e\\$1/\\%1/ [R=301,L,NE]\n",
            text);
        Assert.Equal(4, diagnostics.Items.Count(d => d.Code == "RDR006"));
    }
}
