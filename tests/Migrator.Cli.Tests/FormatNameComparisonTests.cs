using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// docs/architecture.md#same-format-runs: no writer and no command-line code asks which format ran; the registry line
/// declares what a run from a format to itself is. Read from the sources: no comparison with a registered format's name
/// outside the registry.
/// </summary>
public sealed class FormatNameComparisonTests
{
    [Fact]
    public void No_writer_or_command_line_code_compares_a_format_name()
    {
        var comparison = Comparison();
        var src = Path.Combine(Corpus.RepoRoot, "src");
        var files = Directory.EnumerateFiles(Path.Combine(src, "Migrator.Cli"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateDirectories(src, "Export", SearchOption.AllDirectories)
                .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith($"{Path.DirectorySeparatorChar}Formats.cs", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var found = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => comparison.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public void The_check_sees_a_comparison()
    {
        var comparison = Comparison();
        Assert.Matches(comparison, "var cleanup = importer.Name == \"jekyll\";");
        Assert.Matches(comparison, "_fromWordPress = site.SourceFormat is null or \"wxr\";");
        Assert.Matches(comparison, "string.Equals(site.SourceFormat, \"jekyll\", StringComparison.Ordinal)");
        Assert.DoesNotMatch(comparison, "public string Name => \"jekyll\";");
    }

    /// <summary>A comparison with a registered format's name as a string literal, on either side.</summary>
    private static Regex Comparison()
    {
        var literal = $"\"({string.Join('|', Formats.Registry.Formats.Select(f => Regex.Escape(f.Name)))})\"";
        return new Regex($@"((==|!=)\s*|\bis\s+(not\s+)?|\bor\s+|Equals\([^)]*){literal}|{literal}\s*(==|!=)");
    }
}
