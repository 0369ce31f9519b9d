using Xunit;

namespace Migrator.Testing;

/// <summary>
/// Paths to the repository's own files and to the shared corpus beside the repository (<c>../shared/corpus</c>).
/// A user's clone has no shared corpus: tests that need it call <see cref="RequireShared"/>, which skips them with
/// a clear message.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> RepoRootPath = new(FindRepoRoot);

    /// <summary>The folder holding <c>Migrator.sln</c>.</summary>
    public static string RepoRoot => RepoRootPath.Value;

    /// <summary><c>samples/</c> in the repository.</summary>
    public static string Samples => Path.Combine(RepoRoot, "samples");

    /// <summary>The shared corpus folder, whether or not it exists.</summary>
    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    public static bool HasShared => Directory.Exists(SharedRoot);

    /// <summary>Returns the path of a folder or file inside the shared corpus, or skips the test when there is none.</summary>
    public static string RequireShared(string relative = "")
    {
        if (!HasShared)
            Assert.Skip($"skipped: the shared corpus (../shared/corpus beside the repository) is not present in this checkout; CI has it.");
        var path = Path.Combine(SharedRoot, relative);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"corpus path missing: {relative}");
        return path;
    }

    /// <summary>Every file in a shared corpus folder, sorted by name; empty (and the test skipped) when absent.</summary>
    public static IReadOnlyList<string> SharedFiles(string folder, string pattern = "*") =>
        [.. Directory.GetFiles(RequireShared(folder), pattern).OrderBy(p => p, StringComparer.Ordinal)];

    /// <summary>
    /// Names of the shared corpus files in a folder, for <c>[MemberData]</c>. Returns a single placeholder when the
    /// corpus is absent so that the theory runs once and skips with a message instead of vanishing.
    /// </summary>
    public static TheoryData<string> SharedFileNames(string folder, string pattern = "*")
    {
        var data = new TheoryData<string>();
        var dir = Path.Combine(SharedRoot, folder);
        if (!Directory.Exists(dir))
        {
            data.Add("(shared corpus absent)");
            return data;
        }
        foreach (var f in Directory.GetFiles(dir, pattern).OrderBy(p => p, StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    /// <summary>A new empty temporary folder, removed when the returned handle is disposed.</summary>
    public static TempFolder NewTempFolder() => new();

    private static string FindRepoRoot()
    {
        var recorded = typeof(Corpus).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MigratorRepoRoot")?.Value;
        if (recorded is not null && File.Exists(System.IO.Path.Combine(recorded, "Migrator.sln")))
            return System.IO.Path.GetFullPath(recorded);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Migrator.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Migrator.sln not found above the test binaries.");
    }
}

/// <summary>A temporary folder for one test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "migrator-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by the test; the system's temp cleaner takes it.
        }
    }
}
