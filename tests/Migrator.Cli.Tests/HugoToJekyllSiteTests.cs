using System.Net;
using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// A small Hugo site of our own (tests/sites/hugo-shortcodes: Hugo's figure, highlight and youtube shortcodes, an escaped
/// shortcode, Go-template and Liquid-looking text in prose and in code, a <c>type:</c> that picks a layout, permalinks)
/// converted to Jekyll: the Jekyll site builds with real Jekyll, every page Hugo builds from the source is at the same
/// URL, and every code line and image of the source is in the built page.
/// </summary>
public sealed partial class HugoToJekyllSiteTests(ITestOutputHelper output)
{
    private static string SourceSite => Path.Combine(Corpus.RepoRoot, "tests", "sites", "hugo-shortcodes");

    [Fact]
    public void A_hugo_site_with_shortcodes_and_template_text_becomes_a_jekyll_site_with_the_same_urls_code_and_images()
    {
        HugoBuild.RequireHugo();
        JekyllBuild.Require();
        using var temp = Corpus.NewTempFolder();
        var hugoPublic = temp.Combine("hugo-public");
        var hugoBuild = HugoBuild.Build(SourceSite, hugoPublic);
        Assert.True(hugoBuild.ExitCode == 0, hugoBuild.ToString());
        // The source's own layouts mark the pages of single items.
        var hugoUrls = Directory.GetFiles(hugoPublic, "index.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<meta name=\"kind\" content=\"single\">", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(hugoPublic, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, hugoUrls.Count);

        var jekyll = temp.Combine("jekyll");
        var convert = CliRun.Run("convert", SourceSite, "--to", "jekyll", "--out", jekyll, "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var (exit, log) = JekyllBuild.Run(jekyll);
        Assert.True(exit == 0, log);
        Assert.DoesNotContain("Liquid", log, StringComparison.Ordinal);

        var rows = CliRun.ReadReport(Path.Combine(jekyll, "migration-report.csv")).Where(r => r["type"] is "post" or "page").ToList();
        Assert.Equal(hugoUrls, rows.Select(r => new Uri(r["new_url"]).AbsolutePath).Order(StringComparer.Ordinal));
        Assert.Equal(["page", "post", "post"], rows.Select(r => r["type"]).Order(StringComparer.Ordinal));

        foreach (var row in rows)
        {
            var sourceText = File.ReadAllText(Path.Combine(SourceSite, "content", row["source_id"]));
            var built = File.ReadAllText(JekyllBuild.ExpectedPage(jekyll, row["new_url"]));
            var shown = WebUtility.HtmlDecode(Tag().Replace(built, ""));
            foreach (var line in CodeLines(sourceText))
                Assert.True(shown.Contains(line, StringComparison.Ordinal), $"{row["source_id"]}: the code line '{line}' is not in the built page:\n{built}");
            foreach (Match image in ImageSource().Matches(sourceText))
                Assert.Contains($"<img src=\"{image.Groups[1].Value}\"", built, StringComparison.Ordinal);
            output.WriteLine($"{row["source_id"]} → {row["new_url"]}: {CodeLines(sourceText).Count} code lines, {ImageSource().Count(sourceText)} images, all present");
        }
        var figures = File.ReadAllText(JekyllBuild.ExpectedPage(jekyll, rows.Single(r => r["title"] == "Figures and code")["new_url"]));
        Assert.Contains("The site is called {{ .Site.Title }} in the theme", figures, StringComparison.Ordinal);
        Assert.Contains("Write {{&lt; figure src=\"x.png\" &gt;}} to show a figure.", figures, StringComparison.Ordinal);
        Assert.Contains("Arrows &gt;&gt; and &lt;&lt;, dashes -- and ---, dots ... and \"straight quotes\" aren't retyped.", figures, StringComparison.Ordinal);
        Assert.Contains("https://www.youtube.com/embed/w7Ft2ymGmfc",
            File.ReadAllText(JekyllBuild.ExpectedPage(jekyll, rows.Single(r => r["title"] == "A post with its own layout")["new_url"])), StringComparison.Ordinal);
    }

    // The non-blank lines inside fenced code blocks and highlight shortcodes.
    private static List<string> CodeLines(string text)
    {
        var lines = new List<string>();
        var inside = false;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("{{< highlight", StringComparison.Ordinal) || trimmed == "{{< /highlight >}}")
                inside = !inside;
            else if (inside && trimmed.Length > 0)
                lines.Add(line.TrimEnd('\r'));
        }
        return lines;
    }

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{<\s*figure\s+src=""([^""]+)""")]
    private static partial Regex ImageSource();
}
