using System.Text.RegularExpressions;

namespace Migrator.Testing;

/// <summary>
/// The shared corpus's Jekyll posts under their real names: the corpus renamed them (repository prefix, <c>draft-</c>),
/// and Jekyll takes date and slug from the name, so tests put each back at the last part of its SOURCES.md path, in
/// <c>_posts</c> or <c>_drafts</c> as it was.
/// </summary>
public static partial class JekyllCorpusPosts
{
    private static readonly Lazy<Dictionary<string, string>> OriginalPaths = new(ReadSources);

    /// <summary>
    /// The file's path in its repository (SOURCES.md), e.g. <c>_posts/2009-09-21-git, pushing to multiple repositories.html</c>.
    /// Skips the test when the shared corpus is absent (its theories then run once with a placeholder name).
    /// </summary>
    public static string OriginalPath(string corpusFileName)
    {
        Corpus.RequireShared();
        return OriginalPaths.Value.TryGetValue(corpusFileName, out var path)
            ? path
            : throw new InvalidOperationException($"'{corpusFileName}' is not listed in the corpus SOURCES.md.");
    }

    /// <summary>Copies the corpus post into <paramref name="siteRoot"/> under its real name; returns its path relative to the site (with '/').</summary>
    public static string CopyInto(string corpusFileName, string siteRoot)
    {
        var originalPath = OriginalPath(corpusFileName);
        var folder = originalPath.Contains("_drafts/", StringComparison.Ordinal) ? "_drafts" : "_posts";
        var relative = folder + "/" + originalPath[(originalPath.LastIndexOf('/') + 1)..];
        var target = Path.Combine(siteRoot, folder, Path.GetFileName(relative));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(Corpus.RequireShared("jekyll-posts"), corpusFileName), target);
        return relative;
    }

    private static Dictionary<string, string> ReadSources()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = Path.Combine(Corpus.SharedRoot, "SOURCES.md");
        if (!File.Exists(sources))
            return map;
        foreach (var line in File.ReadLines(sources))
        {
            var m = SourcesRow().Match(line);
            if (m.Success)
                map[m.Groups["file"].Value.Trim()] = m.Groups["path"].Value.Trim().Replace("\\|", "|", StringComparison.Ordinal);
        }
        return map;
    }

    // | file | repository | path (may hold an escaped \|) | licence | commit |
    [GeneratedRegex(@"^\|\s*(?<file>[^|]+?)\s*\|\s*[^|]+?\s*\|\s*(?<path>(?:[^|\\]|\\\|)+?)\s*\|")]
    private static partial Regex SourcesRow();
}
