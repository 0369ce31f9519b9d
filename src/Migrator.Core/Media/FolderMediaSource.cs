namespace Migrator.Core.Media;

/// <summary>
/// Copies files from a local copy of the old site: a folder holding <c>wp-content/uploads/…</c>, or the <c>uploads</c>
/// folder itself (told apart by its contents). Only files inside the folder are read: a path that climbs, or a symbolic
/// link leading out of the folder, is refused.
/// </summary>
public sealed class FolderMediaSource : IMediaSource
{
    public FolderMediaSource(string folder)
        : this(folder, detect: true)
    {
    }

    private FolderMediaSource(string folder, bool detect)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var full = Path.GetFullPath(folder);
        var uploads = Path.Combine(full, "wp-content", "uploads");
        if (!detect)
        {
            SiteRoot = full;
        }
        else if (Directory.Exists(uploads))
        {
            SiteRoot = full;
            UploadsRoot = uploads;
        }
        else if (string.Equals(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), "uploads", StringComparison.OrdinalIgnoreCase)
                 || (Directory.Exists(full) && Directory.EnumerateDirectories(full).Any(d => IsYear(Path.GetFileName(d)))))
        {
            UploadsRoot = full;
        }
        else
        {
            SiteRoot = full;
        }
    }

    /// <summary>
    /// The folder a static site publishes as it is (Jekyll's site folder, Hugo's <c>static/</c>): each path after the
    /// host is looked for in it as it is, whatever folders it holds.
    /// </summary>
    public static FolderMediaSource PublishedFolder(string folder) => new(folder, detect: false);

    /// <summary>The folder standing for the site's root (holding <c>wp-content/</c>), or null when the folder is an uploads folder.</summary>
    public string? SiteRoot { get; }

    /// <summary>The folder standing for <c>wp-content/uploads/</c>, or null when there is none.</summary>
    public string? UploadsRoot { get; }

    public async Task<MediaFailure?> CopyAsync(MediaFile file, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(destination);
        var (root, relative) = UploadsRoot is not null && file.UploadsPath is not null ? (UploadsRoot, file.UploadsPath)
            : SiteRoot is not null ? (SiteRoot, file.RawPath)
            : (null, null);
        if (root is null || relative is null)
            return new MediaFailure(MediaFailureKind.NotFound, "not in the folder (it holds only uploads)");
        if (MediaPath.DecodedSegments(relative) is not { } segments)
            return new MediaFailure(MediaFailureKind.UnsafePath, "the path climbs out of the folder");
        var path = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!IsInside(path, root) || LeadsOut(root, path))
            return new MediaFailure(MediaFailureKind.UnsafePath, "the path leads out of the folder");
        if (!File.Exists(path))
            return new MediaFailure(MediaFailureKind.NotFound, "not in the folder");
        await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        if (source.Length > maxBytes)
            return new MediaFailure(MediaFailureKind.TooBig, $"larger than {maxBytes} bytes");
        await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static bool IsYear(string name) => name.Length == 4 && name.All(char.IsAsciiDigit);

    /// <summary>True when a folder or file on the way from the root to <paramref name="path"/> is a link whose target is outside the root.</summary>
    private static bool LeadsOut(string root, string path)
    {
        var realRoot = new DirectoryInfo(root).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root;
        for (var current = path; current.Length > root.Length; current = Path.GetDirectoryName(current)!)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null)
                continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(Path.GetFullPath(target.FullName), realRoot) && !IsInside(Path.GetFullPath(target.FullName), root))
                return true;
        }
        return false;
    }

    private static bool IsInside(string path, string root)
    {
        var withSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(withSeparator, StringComparison.Ordinal);
    }
}
