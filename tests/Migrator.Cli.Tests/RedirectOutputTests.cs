using Migrator.Core.Redirects;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>Redirect files are checked against the audit: every old URL the report names leads to the item's new URL.</summary>
public sealed class RedirectOutputTests
{
    [Fact]
    public void Server_redirect_files_send_every_id_url_and_old_slug_to_the_new_url_in_the_report()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", site, "--quiet", "--redirects", "netlify,nginx,apache");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv"));
        var nginx = File.ReadAllText(Path.Combine(site, "redirects", "nginx-redirects.conf"));
        var netlify = File.ReadAllText(Path.Combine(site, "static", "_redirects"));
        var apache = File.ReadAllText(Path.Combine(site, "static", ".htaccess"));

        var published = rows.Where(r => r["result"] == "written" && r["new_url"] != "" && r["type"] == "post" && r["status"] == "publish" && r["reason"] == "").ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            var target = OldUrls.PathAndQuery(row["new_url"])!;
            Assert.Contains($"\"/?p={row["source_id"]}\" \"{target}\";", nginx, StringComparison.Ordinal);
            var apacheTarget = target.Replace(" ", "%20", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal);
            Assert.Contains($"RewriteCond %{{QUERY_STRING}} ^p={row["source_id"]}$\nRewriteRule ^$ {apacheTarget}? [R=301,L,NE]", apache, StringComparison.Ordinal);
        }
        // The sample's first post was renamed from 'tide-tables' (_wp_old_slug).
        Assert.Contains("/2023/03/26/tide-tables/ /2023/03/26/reading-the-tide-tables/ 301\n", netlify, StringComparison.Ordinal);
        Assert.DoesNotContain("?p=", netlify, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_and_tag_archives_redirect_to_the_term_pages_real_Hugo_builds()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", site, "--quiet", "--redirects", "netlify");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var netlify = File.ReadAllText(Path.Combine(site, "static", "_redirects"));
        // "Repairs & Refits" is a child of "Sailing": WordPress nested its archive path.
        Assert.Contains("/category/sailing/repairs/ /categories/Repairs-Refits/ 301\n", netlify, StringComparison.Ordinal);
        Assert.Contains("/tag/%c3%a5land/ /tags/Åland/ 301\n", netlify, StringComparison.Ordinal);
        Assert.DoesNotContain("/category/galley/", netlify, StringComparison.Ordinal);

        HugoBuild.RequireHugo();
        var build = HugoBuild.Build(site, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        foreach (var line in netlify.Split('\n').Where(l => l.Contains("/categories/", StringComparison.Ordinal) || l.Contains("/tags/", StringComparison.Ordinal)))
        {
            var target = line.Split(' ')[1];
            Assert.True(File.Exists(Path.Combine(temp.Combine("public"), target.Trim('/'), "index.html")), $"no page for {line}");
        }
    }

    [Fact]
    public void Redirect_front_matter_needs_its_own_target()
    {
        using var temp = Corpus.NewTempFolder();
        var result = CliRun.Run("convert", CliRun.SampleWxr, "--to", "hugo", "--out", temp.Combine("site"), "--redirects", "jekyll");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--to jekyll", result.Stderr, StringComparison.Ordinal);
    }
}
