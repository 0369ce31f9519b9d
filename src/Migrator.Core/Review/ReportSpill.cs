namespace Migrator.Core.Review;

/// <summary>
/// Text the review report is made of, written as it is found and read back once, from the start, when the report is
/// written: held in memory, or (<see cref="Beside"/>) in a hidden temporary file in the report's folder, made when
/// the first text is written and removed on <see cref="Dispose"/>, so that what grows with the export is not held.
/// </summary>
internal sealed class ReportSpill : IDisposable
{
    private readonly string? file;
    private TextWriter? writer;
    private TextReader? reader;
    private bool read;
    private bool made;

    private ReportSpill(string? file, TextWriter? writer)
    {
        this.file = file;
        this.writer = writer;
    }

    public static ReportSpill InMemory() => new(null, new StringWriter());

    /// <summary>A hidden temporary file beside <paramref name="reportPath"/>, named after the report and <paramref name="part"/>.</summary>
    public static ReportSpill Beside(string reportPath, string part)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        var full = Path.GetFullPath(reportPath);
        return new(Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{part}-{Guid.NewGuid():N}.tmp"), null);
    }

    /// <summary>Where the text goes, until it is read.</summary>
    public TextWriter Writer
    {
        get
        {
            if (read)
                throw new InvalidOperationException("the text was already read.");
            if (writer is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                writer = new StreamWriter(file!, append: false, new System.Text.UTF8Encoding(false));
                made = true;
            }
            return writer;
        }
    }

    /// <summary>Reads the text from its start, once: nothing can be written after.</summary>
    public TextReader Read()
    {
        if (read)
            throw new InvalidOperationException("the text was already read.");
        read = true;
        var written = writer;
        writer = null;
        if (written is StringWriter inMemory)
            return reader = new StringReader(inMemory.ToString());
        if (written is null)
            return reader = new StringReader("");
        written.Dispose();
        return reader = new StreamReader(file!);
    }

    public void Dispose()
    {
        writer?.Dispose();
        writer = null;
        reader?.Dispose();
        reader = null;
        if (made)
            File.Delete(file!);
    }
}
