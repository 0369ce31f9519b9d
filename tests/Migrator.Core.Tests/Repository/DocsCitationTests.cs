using System.Text;
using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Core.Tests.Repository;

/// <summary>
/// The repository stands on its own: code and tests cite the pages under <c>docs/</c> (<c>docs/jekyll.md#dates</c>),
/// never notes that a clone does not have, and every page and heading they cite exists.
/// </summary>
public sealed partial class DocsCitationTests
{
    /// <summary>The outside notes' name and folder, spelled so that this file does not mention them itself.</summary>
    private static readonly string[] Outside = ["formats" + ".md", "../shared" + "/docs", "..\\shared" + "\\docs"];

    /// <summary>Text files of the repository's sources and tests (build output excluded).</summary>
    private static readonly string[] TextExtensions = [".cs", ".csproj", ".props", ".targets", ".md", ".json", ".txt", ".tsv", ".yml", ".yaml", ".sh"];

    [Fact]
    public void No_file_under_src_or_tests_mentions_notes_outside_the_repository()
    {
        var offenders = SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => Outside.Any(name => l.line.Contains(name, StringComparison.OrdinalIgnoreCase))
                || (l.file.EndsWith(".cs", StringComparison.Ordinal) && TrapNumber().IsMatch(l.line)))
            .Select(l => $"{Relative(l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0,
            "cite the docs/ page and heading instead (docs/jekyll.md#dates):\n" + string.Join('\n', offenders));
    }

    /// <summary>Citations are read from comment lines (<c>//</c>, <c>///</c>) of C# files.</summary>
    [Fact]
    public void Every_docs_page_and_heading_cited_in_code_exists()
    {
        var docs = Path.Combine(Corpus.RepoRoot, "docs");
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var missing = new List<string>();
        var cited = 0;
        foreach (var file in SourceFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                    continue;
                foreach (Match m in Citation().Matches(line))
                {
                    cited++;
                    var page = m.Groups["page"].Value;
                    var path = Path.Combine(docs, page);
                    if (!File.Exists(path))
                    {
                        missing.Add($"{Relative(file)}:{number}: docs/{page} does not exist");
                        continue;
                    }
                    if (!anchors.TryGetValue(page, out var pageAnchors))
                        anchors[page] = pageAnchors = HeadingAnchors(File.ReadAllText(path));
                    if (m.Groups["anchor"].Success && !pageAnchors.Contains(m.Groups["anchor"].Value))
                        missing.Add($"{Relative(file)}:{number}: docs/{page} has no heading #{m.Groups["anchor"].Value}");
                }
            }
        }

        Assert.True(cited > 0, "no docs/ citation found: the scan is broken");
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Theory]
    [InlineData("## Dates", "dates")]
    [InlineData("## Slugs and percent-encoding", "slugs-and-percent-encoding")]
    [InlineData("## Jekyll: make the theme send the identifier", "jekyll-make-the-theme-send-the-identifier")]
    [InlineData("### `wpautop` and C# terms", "wpautop-and-c-terms")]
    [InlineData("## The `<!--more-->` tag", "the---more---tag")]
    [InlineData("## Several files, one site", "several-files-one-site")]
    public void Anchors_are_made_as_GitHub_makes_them(string heading, string anchor) =>
        Assert.Contains(anchor, HeadingAnchors(heading + "\n"));

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor_and_headings_in_code_blocks_get_none() =>
        Assert.Equal(["hugo", "hugo-1"], HeadingAnchors("## Hugo\ntext\n## Hugo\n```sh\n# not a heading\n```\n").Order(StringComparer.Ordinal));

    /// <summary>
    /// The anchors GitHub gives a page's headings: lower case, characters other than letters, digits, spaces, <c>-</c>
    /// and <c>_</c> removed, spaces turned into <c>-</c>; a repeated anchor gets <c>-1</c>, <c>-2</c>… Lines in fenced code
    /// blocks are not headings.
    /// </summary>
    internal static HashSet<string> HeadingAnchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            var heading = Heading().Match(line);
            if (inFence || !heading.Success)
                continue;
            var sb = new StringBuilder();
            foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                    sb.Append(c);
                else if (c == ' ')
                    sb.Append('-');
            }
            var anchor = sb.ToString();
            var unique = anchor;
            for (var n = 1; !anchors.Add(unique); n++)
                unique = $"{anchor}-{n}";
        }
        return anchors;
    }

    private static IEnumerable<string> SourceFiles() =>
        new[] { "src", "tests" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(Corpus.RepoRoot, top), "*", SearchOption.AllDirectories))
            .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(Corpus.RepoRoot, path).Replace('\\', '/');

    /// <summary>A numbered trap of the outside notes: the word, then a space and a number.</summary>
    [GeneratedRegex(@"\b[Tt]raps? \d")]
    private static partial Regex TrapNumber();

    /// <summary>A page under the repository's docs folder, optionally with an anchor, not part of a longer path or URL.</summary>
    [GeneratedRegex(@"(?<![\w/.-])docs/(?<page>[A-Za-z0-9_.-]+\.md)(?:#(?<anchor>[a-z0-9_-]+))?")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
