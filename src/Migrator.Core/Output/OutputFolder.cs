using System.Text;

namespace Migrator.Core.Output;

/// <summary>
/// The only way the library writes files: every path is relative to one root folder, checked to stay inside it,
/// and written atomically (a temporary file in the same folder, then a rename), so a stopped run leaves no
/// half-written file. In dry-run mode nothing is written but paths are still checked and recorded.
/// </summary>
public sealed class OutputFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HashSet<PathKey> _written = [];
    private readonly HashSet<PathKey> _reserved = [];

    public OutputFolder(string root, bool dryRun = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
        DryRun = dryRun;
    }

    /// <summary>Absolute path of the output folder.</summary>
    public string Root { get; }

    public bool DryRun { get; }

    /// <summary>True when <paramref name="relativePath"/> was already written in this run.</summary>
    public bool WasWritten(string relativePath)
    {
        lock (_written)
        {
            return _written.Contains(Key(relativePath));
        }
    }

    /// <summary>
    /// Resolves a relative path (with <c>/</c> separators) to an absolute one inside <see cref="Root"/>,
    /// or returns null when it is absolute, climbs out with <c>..</c>, or is otherwise unsafe.
    /// </summary>
    public string? Resolve(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\0', StringComparison.Ordinal))
            return null;
        var segments = relativePath.Split('/', '\\');
        if (segments.Any(s => s is "" or "." or ".."))
            return null;
        var full = Path.GetFullPath(Path.Combine(Root, Path.Combine(segments)));
        var rootWithSep = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSep, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>
    /// Reserves a path for a file the run itself writes at the end (the audit report): writers see it as written
    /// (<see cref="WasWritten"/>) and cannot write it, so no item can replace the report.
    /// </summary>
    public void Reserve(string relativePath)
    {
        lock (_written)
        {
            _written.Add(Key(relativePath));
            _reserved.Add(Key(relativePath));
        }
    }

    /// <summary>Reserves the path of a file the run writes at the end (<see cref="Reserve"/>) when it is inside the folder.</summary>
    public void ReserveIfInside(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(fullPath)).Replace(Path.DirectorySeparatorChar, '/');
        if (Resolve(relative) is not null)
            Reserve(relative);
    }

    private void RefuseReserved(string relativePath)
    {
        lock (_written)
        {
            if (_reserved.Contains(Key(relativePath)))
                throw new IOException($"'{relativePath}' is the audit report's path; the item's file was not written there (give the report another name with --report)");
        }
    }

    /// <summary>Writes UTF-8 text (no BOM) atomically.</summary>
    public void WriteText(string relativePath, string content) =>
        WriteBytes(relativePath, Utf8NoBom.GetBytes(content));

    /// <summary>Writes bytes atomically. Throws <see cref="UnsafePathException"/> for a path outside the folder.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var full = Resolve(relativePath) ?? throw new UnsafePathException(relativePath);
        RefuseReserved(relativePath);
        Record(relativePath);
        if (DryRun)
            return;
        CreateDirectoryInside(Path.GetDirectoryName(full)!);
        using var file = AtomicFile.Open(full);
        file.Stream.Write(content);
        file.Commit();
    }

    /// <summary>
    /// Opens a stream for a large file written piece by piece; the file appears under its name only when the
    /// returned handle is committed. Disposing without committing removes the temporary file.
    /// </summary>
    public AtomicFile OpenAtomic(string relativePath)
    {
        var full = Resolve(relativePath) ?? throw new UnsafePathException(relativePath);
        RefuseReserved(relativePath);
        Record(relativePath);
        if (DryRun)
            return AtomicFile.Discarding();
        CreateDirectoryInside(Path.GetDirectoryName(full)!);
        return AtomicFile.Open(full);
    }

    /// <summary>True when the folder does not exist or holds nothing.</summary>
    public bool IsEmpty() =>
        !Directory.Exists(Root) || !Directory.EnumerateFileSystemEntries(Root).Any();

    private void Record(string relativePath)
    {
        lock (_written)
        {
            _written.Add(Key(relativePath));
        }
    }

    private void CreateDirectoryInside(string dir)
    {
        // Refuse to follow a symbolic link that points out of the folder.
        var current = dir;
        while (current.Length > Root.Length)
        {
            var info = new DirectoryInfo(current);
            if (info.Exists && info.LinkTarget is not null)
                throw new UnsafePathException(Path.GetRelativePath(Root, dir));
            current = Path.GetDirectoryName(current)!;
        }
        Directory.CreateDirectory(dir);
    }

    private static PathKey Key(string relativePath) => PathKey.Of(relativePath.Replace('\\', '/'));
}

/// <summary>A path that would leave the output folder.</summary>
public sealed class UnsafePathException(string path)
    : IOException($"the path '{path}' would leave the output folder")
{
    public string RelativePath { get; } = path;
}

/// <summary>A file being written to a temporary name, moved into place by <see cref="Commit"/>.</summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string? _temp;
    private readonly string? _final;
    private bool _committed;

    private AtomicFile(Stream stream, string? temp, string? final)
    {
        Stream = stream;
        _temp = temp;
        _final = final;
    }

    public Stream Stream { get; }

    /// <summary>
    /// Opens <paramref name="path"/> for writing through a hidden temporary file in the same folder
    /// (<c>.name.PID.GUID.tmp</c>, the one naming rule of every atomic write), moved into place by <see cref="Commit"/>.
    /// The folder must exist.
    /// </summary>
    public static AtomicFile Open(string path)
    {
        var final = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        return new(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), temp, final);
    }

    internal static AtomicFile Discarding() => new(Stream.Null, null, null);

    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        if (_temp is not null && _final is not null)
            File.Move(_temp, _final, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temp is not null && File.Exists(_temp))
            File.Delete(_temp);
    }
}
