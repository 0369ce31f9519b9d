namespace Migrator.Cli;

/// <summary>
/// A path with every symbolic link along it resolved, as the file system will reach it: what inputs and outputs are
/// compared by, so that a link cannot make an output land on an input (docs/architecture.md#the-run).
/// </summary>
internal static class RealPath
{
    /// <summary>The real path of <paramref name="path"/>; the parts that do not exist yet are appended as given.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is not { } target)
                    break;
                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next) ?? root, target));
            }
            current = next;
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var withSeparator = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return string.Equals(path, folder, StringComparison.Ordinal) || path.StartsWith(withSeparator, StringComparison.Ordinal);
    }
}
