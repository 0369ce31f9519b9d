using System.Text;

namespace Migrator.Core.Output;

/// <summary>
/// Writes a file the user named explicitly (a report, a Disqus file) atomically: a temporary file beside it,
/// moved into place when complete. Disposing without <see cref="Commit"/> removes the temporary file.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private bool _committed;

    public AtomicFileWriter(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(dir);
        _temp = Path.Combine(dir, $".{Path.GetFileName(_path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Writer = new StreamWriter(_temp, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
    }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temp, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
            return;
        Writer.Dispose();
        if (File.Exists(_temp))
            File.Delete(_temp);
    }
}
