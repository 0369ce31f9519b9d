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
        var hugoUrls = SinglePageUrls(SourceSite, temp.Combine("hugo-public"));
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

    /// <summary>
    /// A site configured in Hugo's configuration folder (tests/sites/hugo-config-folder: config/_default/ with per-key
    /// files, a production folder over it and a development folder Hugo's build does not read, contentDir not
    /// <c>content</c>, two languages, a theme and other Hugo-only settings) converts to a Jekyll site that builds, with
    /// every page at the URL Hugo's own build gives it, each page's language kept, and none of Hugo's own settings
    /// in <c>_config.yml</c> (a <c>theme</c> there fails Jekyll's build).
    /// </summary>
    [Fact]
    public void A_hugo_site_configured_in_its_config_folder_becomes_a_jekyll_site_with_the_same_urls()
    {
        HugoBuild.RequireHugo();
        JekyllBuild.Require();
        var source = Path.Combine(Corpus.RepoRoot, "tests", "sites", "hugo-config-folder");
        using var temp = Corpus.NewTempFolder();
        var hugoUrls = SinglePageUrls(source, temp.Combine("hugo-public"));
        Assert.Equal(5, hugoUrls.Count);

        var jekyll = temp.Combine("jekyll");
        var convert = CliRun.Run("convert", source, "--to", "jekyll", "--out", jekyll, "--quiet");
        Assert.True(convert.ExitCode == 0, convert.Stderr);
        var (exit, log) = JekyllBuild.Run(jekyll);
        Assert.True(exit == 0, log);

        var rows = CliRun.ReadReport(Path.Combine(jekyll, "migration-report.csv")).Where(r => r["type"] is "post" or "page").ToList();
        Assert.Equal(hugoUrls, rows.Select(r => new Uri(r["new_url"]).AbsolutePath).Order(StringComparer.Ordinal));
        foreach (var row in rows)
            Assert.True(File.Exists(JekyllBuild.ExpectedPage(jekyll, row["new_url"])), $"{row["new_url"]} was not built");
        var french = File.ReadAllText(Path.Combine(jekyll, rows.Single(r => r["title"] == "Les feux du port")["output_path"]));
        Assert.Contains("\nlang: \"fr\"\n", french, StringComparison.Ordinal);

        var config = File.ReadAllText(Path.Combine(jekyll, "_config.yml"));
        Assert.Contains("title: \"Configured in a folder\"", config, StringComparison.Ordinal);
        Assert.Contains("subtitle: \"Kept as a parameter\"", config, StringComparison.Ordinal);
        foreach (var hugoOnly in new[] { "theme", "markup", "outputs", "languages", "disableKinds", "contentDir" })
            Assert.DoesNotContain("\n" + hugoOnly + ":", config, StringComparison.Ordinal);
        output.WriteLine($"{rows.Count} pages at Hugo's URLs: {string.Join(", ", hugoUrls)}");
    }

    /// <summary>Builds a Hugo site of ours with real Hugo; the URL paths of its single pages (its layouts mark them).</summary>
    private static List<string> SinglePageUrls(string site, string destination)
    {
        var hugoBuild = HugoBuild.Build(site, destination);
        Assert.True(hugoBuild.ExitCode == 0, hugoBuild.ToString());
        return Directory.GetFiles(destination, "index.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<meta name=\"kind\" content=\"single\">", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(destination, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Order(StringComparer.Ordinal).ToList();
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
