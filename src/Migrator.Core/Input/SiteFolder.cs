namespace Migrator.Core.Input;

/// <summary>
/// A site source folder (Jekyll, Hugo) read only inside itself: symbolic links, to files or folders, are never followed
/// (each is handed to the caller to report), so nothing outside the folder is read and link loops cannot happen. A
/// setting that names a folder of the site must stay inside it. Files are opened read-only, sharing reads only.
/// </summary>
public static class SiteFolder
{
    /// <summary>
    /// The entries of <paramref name="dir"/>, sorted by full path (ordinal), symbolic links included: a caller that would
    /// read or enter one checks <see cref="IsLink"/> first. Listing a folder does not follow links inside it.
    /// </summary>
    public static FileSystemInfo[] Entries(string dir)
    {
        var entries = new DirectoryInfo(dir).GetFileSystemInfos();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return entries;
    }

    /// <summary>True for a symbolic link (or another reparse point, such as a Windows junction).</summary>
    public static bool IsLink(FileSystemInfo entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var attributes = entry.Attributes; // -1 when the entry does not exist
        return entry.LinkTarget is not null || (int)attributes != -1 && attributes.HasFlag(FileAttributes.ReparsePoint);
    }

    /// <summary>
    /// The first symbolic link on the way from <paramref name="root"/> down to <paramref name="path"/> (the path itself
    /// included, <paramref name="root"/> not), or null when there is none. <paramref name="path"/> is inside the root.
    /// </summary>
    public static FileSystemInfo? LinkOnPath(string root, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        if (relative == ".")
            return null;
        var current = Path.GetFullPath(root);
        foreach (var segment in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (IsLink(info))
                return info;
            if (!info.Exists && !Directory.Exists(current))
                return null;
        }
        return null;
    }

    /// <summary>
    /// The full path of the folder a site setting names (<c>source: src</c>), which must be inside <paramref name="root"/>
    /// (or the root itself) and reached without symbolic links; otherwise an <see cref="InputException"/> naming the
    /// setting and its value.
    /// </summary>
    public static string Inside(string root, string setting, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(fullRoot, value)));
        if (!string.Equals(full, fullRoot, StringComparison.Ordinal) &&
            !full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InputException($"the setting '{setting}: {value}' points outside the site folder '{fullRoot}'; only files inside the site are read. Name a folder inside the site.");
        if (LinkOnPath(fullRoot, full) is { } link)
            throw new InputException($"the setting '{setting}: {value}' reaches '{link.FullName}', a symbolic link to '{link.LinkTarget}'; links are not followed, so only files inside the site are read. Name a real folder inside the site.");
        return full;
    }

    /// <summary>Opens a file to read, read-only and sharing reads only (no writer may change it meanwhile).</summary>
    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12, FileOptions.SequentialScan);

    /// <summary>The bytes of a file, opened with <see cref="OpenRead"/>.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        using var stream = OpenRead(path);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
