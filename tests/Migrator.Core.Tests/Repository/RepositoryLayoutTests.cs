using System.Diagnostics;
using Migrator.Testing;

namespace Migrator.Core.Tests.Repository;

/// <summary>
/// The top of the repository holds the project and nothing else: sources, tests, the sample, docs, CI and the build
/// files. A converted site or a report left there by hand would publish other people's content with the code.
/// </summary>
public sealed class RepositoryLayoutTests
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        ".ci", ".editorconfig", ".gitignore", "Directory.Build.props", "Directory.Packages.props", "global.json",
        "Migrator.sln", "README.md", "LICENSE", "docs", "samples", "src", "tests",
    };

    [Fact]
    public void Git_tracks_nothing_at_the_top_but_the_projects_own_entries()
    {
        var tracked = TrackedFiles();
        var strangers = tracked.Select(path => path.Split('/')[0]).Distinct(StringComparer.Ordinal).Where(top => !Allowed.Contains(top)).ToList();
        Assert.True(strangers.Count == 0, "not part of the project: " + string.Join(", ", strangers));
        Assert.Contains("LICENSE", tracked);
    }

    private static List<string> TrackedFiles()
    {
        if (!Directory.Exists(Path.Combine(Corpus.RepoRoot, ".git")) && !File.Exists(Path.Combine(Corpus.RepoRoot, ".git")))
            Assert.Skip("skipped: not a git checkout (the layout is checked in a clone)");
        var start = new ProcessStartInfo("git", ["-C", Corpus.RepoRoot, "ls-files", "-z"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
