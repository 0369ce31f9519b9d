using System.Text;

namespace Migrator.Core.Output;

/// <summary>
/// Writes a text file the user named explicitly (a Disqus file) atomically, through an <see cref="AtomicFile"/>: moved
/// into place when complete; disposing without <see cref="Commit"/> removes the temporary file.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly AtomicFile _file;
    private bool _committed;

    public AtomicFileWriter(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _file = AtomicFile.Open(path);
        Writer = new StreamWriter(_file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    public TextWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        _file.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        // A writer that leaves its stream open flushes again on a second Dispose: only an uncommitted one is disposed here.
        if (!_committed)
            Writer.Dispose();
        _file.Dispose();
    }
}
