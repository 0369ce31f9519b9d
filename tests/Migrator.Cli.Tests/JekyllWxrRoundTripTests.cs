using System.Globalization;
using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Import;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Issue "Jekyll sites in … clean-up of earlier migrations": a Jekyll site taken to WXR and back to Jekyll keeps
/// titles, dates, URLs, categories, tags, Disqus fields and the body text, compared with what the Jekyll → Jekyll
/// clean-up of the same site holds (both sites read back with the Jekyll importer and the normalisation).
/// </summary>
public sealed partial class JekyllWxrRoundTripTests
{
    // The sample has no tags and no disqus_identifier; this post adds them (and a thread id list, and entities).
    private const string TaggedPost = """
        ---
        layout: post
        title: "Tags &amp; threads"
        categories: [Soil]
        tags:
        - compost
        - "caf&eacute;"
        disqus_identifier: "85 http://allotment.example/?p=85"
        disqus_url: "http://allotment.example/2011/05/01/tags-and-threads/"
        dsq_thread_id:
        - 948010227
        ---
        A *tagged* post with [a link](http://example.com/) and it&#8217;s fine.

        """;

    [Fact]
    public void The_sample_site_through_WXR_and_back_keeps_what_the_clean_up_keeps()
    {
        using var temp = Corpus.NewTempFolder();
        var old = temp.Combine("old-site");
        CopyTree(CliRun.SampleJekyllSite, old);
        File.WriteAllText(Path.Combine(old, "_posts", "2011-05-01-tags-and-threads.md"), TaggedPost);
        File.SetLastWriteTimeUtc(Path.Combine(old, "_drafts", "seed-swap-notes.md"), new DateTime(2011, 3, 20, 18, 0, 0, DateTimeKind.Utc));

        Convert(old, "jekyll", temp.Combine("cleaned"), temp);
        Convert(old, "wxr", temp.Combine("wxr"), temp);
        var export = Assert.Single(Directory.GetFiles(temp.Combine("wxr"), "*.xml"));
        Convert(export, "jekyll", temp.Combine("round-trip"), temp, "--from", "wxr");

        var cleaned = Dump(temp.Combine("cleaned"));
        var roundTrip = Dump(temp.Combine("round-trip"));

        Assert.Equal(6, cleaned.Count);
        // The WXR → Jekyll export adds its own front page (index.html) to a site that had none.
        Assert.Equal(cleaned.Keys.Append("http://allotment.example/").Order(StringComparer.Ordinal), roundTrip.Keys.Order(StringComparer.Ordinal));
        foreach (var (url, facts) in cleaned)
            Assert.Equal(facts, roundTrip[url]);
        // The facts compared are the cleaned ones, not the debris.
        Assert.Equal("""
            title: Tags & threads
            date: 2011-04-30 23:00:00 +00:00
            categories: Soil
            tags: compost | café
            dsq_thread_id: 948010227
            disqus_identifier: 85 http://allotment.example/?p=85
            text: A tagged post with a link and it’s fine.
            """.ReplaceLineEndings("\n"), cleaned["http://allotment.example/2011/05/01/tags-and-threads/"]);
    }

    // WordPress runs shortcodes inside code too: code that shows [php] or [sourcecode] must reach the WXR with its
    // brackets as references and come back as the same code (docs/wordpress-content.md#code-blocks).
    private const string CodePost = """
        ---
        layout: post
        title: "Shortcodes in code"
        ---
        Write `[php]echo 1;[/php]` or `[code lang="js"]x[/code]` in a post.

        ```
        [sourcecode language="js"]
        var a = b[0];
        [/sourcecode]
        ```

        """;

    [Fact]
    public void Shortcodes_shown_in_code_stay_code_through_WXR_and_back()
    {
        using var temp = Corpus.NewTempFolder();
        var old = temp.Combine("old-site");
        Directory.CreateDirectory(Path.Combine(old, "_posts"));
        File.WriteAllText(Path.Combine(old, "_config.yml"), "title: Code\ntimezone: UTC\n");
        File.WriteAllText(Path.Combine(old, "_posts", "2020-01-02-shortcodes-in-code.md"), CodePost);

        Convert(old, "wxr", temp.Combine("wxr"), temp);
        var export = File.ReadAllText(Assert.Single(Directory.GetFiles(temp.Combine("wxr"), "*.xml")));
        Assert.Contains("<code>&#91;php&#93;echo 1;&#91;/php&#93;</code>", export, StringComparison.Ordinal);
        Assert.DoesNotContain("[php]", export, StringComparison.Ordinal);
        Convert(Directory.GetFiles(temp.Combine("wxr"), "*.xml")[0], "jekyll", temp.Combine("round-trip"), temp, "--from", "wxr");

        var body = File.ReadAllText(Assert.Single(Directory.GetFiles(temp.Combine("round-trip", "_posts"))));
        Assert.EndsWith(CodePost[CodePost.IndexOf("Write", StringComparison.Ordinal)..].TrimEnd() + "\n", body.TrimEnd() + "\n", StringComparison.Ordinal);
    }

    private static void Convert(string input, string to, string output, TempFolder temp, params string[] more)
    {
        var result = CliRun.Run(["convert", input, "--to", to, "--out", output, "--report", temp.Combine(to + "-" + Path.GetFileName(output) + ".csv"), "--quiet", .. more]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Stderr);
    }

    /// <summary>Each published or draft item of a Jekyll site, read and normalised, by URL: the facts the issue says must survive.</summary>
    private static Dictionary<string, string> Dump(string site)
    {
        var diagnostics = new DiagnosticBag();
        var imported = new JekyllImporter(() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Open([site], diagnostics);
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in imported.Items)
        {
            var read = Assert.IsType<ReadPost>(item);
            var post = Normaliser.Apply(read.Post, new TransformContext(imported.Site, diagnostics));
            facts.Add(post.Link ?? "(no url)", string.Join('\n',
                $"title: {post.Title}",
                // The instant: WXR carries no site time zone, so the round-trip site reads dates in the zone its exporter chose.
                $"date: {post.Date?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}",
                $"categories: {string.Join(" | ", post.TermsOf(Taxonomies.Category).Select(t => t.Name))}",
                $"tags: {string.Join(" | ", post.TermsOf(Taxonomies.Tag).Select(t => t.Name))}",
                $"dsq_thread_id: {string.Join(" | ", post.Thread?.ThreadIds ?? [])}",
                $"disqus_identifier: {post.Thread?.Identifier}",
                $"text: {RenderedText(post.Content.Text)}"));
        }
        return facts;
    }

    // The body as a reader sees it: rendered by Markdig, tags dropped, white space runs as one space.
    private static string RenderedText(string markdown)
    {
        var plain = Markdig.Markdown.ToPlainText(markdown);
        return WhiteSpace().Replace(plain, " ").Trim();
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
