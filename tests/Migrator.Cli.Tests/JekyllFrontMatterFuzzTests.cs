using System.Diagnostics;
using System.Text;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The sample Jekyll site's posts, their front matter damaged a few hundred ways (fixed seed): bytes replaced by YAML's
/// own syntax characters, control characters and broken UTF-8, lines deleted, duplicated or cut, hostile snippets
/// (aliases, tags, unclosed flow collections, deep nesting, directives) inserted, and files cut short. All the damaged
/// posts form one site, converted to every target. For each run:
/// <list type="number">
/// <item>No crash and no hang: the run ends within its time with exit 0 or 1 (some items failed), never 2.</item>
/// <item>Every damaged post is one row of the audit, exactly once: written, skipped or failed with a reason, and
/// never an internal error (MIG001: an exception our code did not expect).</item>
/// </list>
/// The mutations leave each file's first line (<c>---</c>) alone, so every file stays a post to Jekyll.
/// </summary>
public sealed class JekyllFrontMatterFuzzTests
{
    private const int Seed = 20110302;
    private const int Mutations = 300;

    private static readonly string[] Snippets =
    [
        "*a", "&a [*a, *a, *a]", "tags: [a, ", "categories: {a: ", "? [a, b]\n: c", "<<: *x", "title: !!binary AAAA",
        "date: 99999-99-99 99:99", "date: [2011]", "permalink: \"/a\\n/b\"", "layout: !ruby/object:Foo {}", "%YAML 1.1",
        "--- !tag", "...", "title: |\n  a\n b", "\t- x", "key: 'unterminated", "key: \"unterminated", "\u2028", "\ufeff",
        "a: " + new string('[', 500), "a: " + new string('{', 500), "title: &t x\nother: *t", "published: maybe",
        "meta: *undefined", "- list at the top", "author:\n  - [a, {b: c}]", "excerpt_separator: \"\"", "slug: ../../x",
        "date: 2011-02-30", "permalink: /:year/:month/:day/:title/:title/:title", "categories: 7", "tags: ~", "title: ~",
    ];

    private static readonly byte[] Syntax = Encoding.ASCII.GetBytes(":-[]{}&*!|>'\"%@`#,?\t\r\n\0\\");

    public static TheoryData<string> Targets => new() { "jekyll", "hugo", "wxr" };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Damaged_front_matter_fails_alone_and_every_post_gets_one_row(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var posts = MakeSite(site);

        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => CliRun.Run("convert", site, "--to", target, "--out", temp.Combine("out"), "--report", temp.Combine("report.csv"), "--quiet"),
            TestContext.Current.CancellationToken);
        var ended = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken));
        Assert.True(ended == run, $"the conversion of {Mutations} damaged posts did not end within 90 s");
        var result = await run;
        TestContext.Current.TestOutputHelper?.WriteLine($"{target}: exit {result.ExitCode} in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Stderr}");

        var rows = CliRun.ReadReport(temp.Combine("report.csv")).Where(r => r["source_id"].StartsWith("_posts/", StringComparison.Ordinal)).ToList();
        var byPost = rows.GroupBy(r => r["source_id"], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var post in posts)
        {
            if (!byPost.TryGetValue(post, out var mine))
                problems.Add($"{post}: no row");
            else if (mine.Count > 1)
                problems.Add($"{post}: {mine.Count} rows");
            else if (mine[0]["result"] is not ("written" or "skipped" or "failed"))
                problems.Add($"{post}: result '{mine[0]["result"]}'");
            else if (mine[0]["result"] != "written" && mine[0]["reason"].Length == 0)
                problems.Add($"{post}: {mine[0]["result"]} without a reason");
        }
        foreach (var extra in byPost.Keys.Except(posts, StringComparer.Ordinal))
            problems.Add($"{extra}: a row for a file that is no damaged post");
        // A failure is the reader's verdict on the damage, never an exception that escaped our code (MIG001).
        foreach (var row in rows.Where(r => r["warnings"].Contains("MIG001", StringComparison.Ordinal)))
            problems.Add($"{row["source_id"]}: internal error: {row["messages"]}");
        var counts = rows.GroupBy(r => r["result"], StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        var reasons = rows.Where(r => r["result"] == "failed").SelectMany(r => r["warnings"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{target}: {string.Join(", ", counts)}; codes of failed rows: {string.Join(", ", reasons)}");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
    }

    /// <summary>Writes the sample site's configuration and <see cref="Mutations"/> damaged copies of its posts; returns their relative paths.</summary>
    private static List<string> MakeSite(string site)
    {
        var sample = CliRun.SampleJekyllSite;
        Directory.CreateDirectory(Path.Combine(site, "_posts"));
        File.Copy(Path.Combine(sample, "_config.yml"), Path.Combine(site, "_config.yml"));
        var originals = Directory.GetFiles(Path.Combine(sample, "_posts")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random(Seed);
        var posts = new List<string>();
        for (var run = 0; run < Mutations; run++)
        {
            var original = originals[run % originals.Count];
            var relative = $"_posts/2011-03-02-m{run:D3}.md";
            File.WriteAllBytes(Path.Combine(site, relative), Mutate(original, random));
            posts.Add(relative);
        }
        return posts;
    }

    /// <summary>One to three damages inside the front matter (after the first line), or the file cut short.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var frontEnd = Encoding.UTF8.GetByteCount(text[..(end < 0 ? text.Length : end + 4)]);
        var bytes = original.ToList();
        var damages = random.Next(1, 4);
        for (var d = 0; d < damages; d++)
        {
            var limit = Math.Min(frontEnd, bytes.Count);
            var at = random.Next(4, Math.Max(5, limit));
            switch (random.Next(7))
            {
                case 0: // a byte replaced by YAML syntax or a control character
                    bytes[Math.Min(at, bytes.Count - 1)] = Syntax[random.Next(Syntax.Length)];
                    break;
                case 1: // a byte replaced by anything (broken UTF-8 included)
                    bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.Next(256);
                    break;
                case 2: // a span deleted (the closing --- included, sometimes)
                    bytes.RemoveRange(Math.Min(at, bytes.Count), Math.Min(random.Next(1, 40), bytes.Count - Math.Min(at, bytes.Count)));
                    break;
                case 3: // a line duplicated
                    var lineStart = LineStart(bytes, at);
                    var lineEnd = bytes.IndexOf((byte)'\n', Math.Min(at, bytes.Count - 1));
                    if (lineEnd > lineStart)
                        bytes.InsertRange(lineStart, bytes.GetRange(lineStart, lineEnd - lineStart + 1));
                    break;
                case 4: // a hostile snippet on a line of its own
                    bytes.InsertRange(LineStart(bytes, at), Encoding.UTF8.GetBytes(Snippets[random.Next(Snippets.Length)] + "\n"));
                    break;
                case 5: // a hostile snippet inside a line
                    bytes.InsertRange(Math.Min(at, bytes.Count), Encoding.UTF8.GetBytes(Snippets[random.Next(Snippets.Length)]));
                    break;
                default: // the file cut short
                    bytes.RemoveRange(Math.Min(at, bytes.Count), bytes.Count - Math.Min(at, bytes.Count));
                    break;
            }
        }
        return [.. bytes];
    }

    private static int LineStart(List<byte> bytes, int at)
    {
        var i = Math.Min(at, bytes.Count);
        while (i > 4 && bytes[i - 1] != (byte)'\n')
            i--;
        return Math.Max(4, i);
    }
}
