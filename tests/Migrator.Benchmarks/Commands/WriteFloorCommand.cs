using System.Diagnostics;
using System.Globalization;

namespace Migrator.Benchmarks.Commands;

/// <summary>
/// <c>write-floor --manifest FILE --out DIR</c>: the output side's floor. Writes the files a conversion wrote (the
/// manifest lists each one's size and relative path, one <c>size&lt;TAB&gt;path</c> per line), with the same sizes and
/// the same folders, the way Migrator writes every file (a temporary file in the same folder, then a rename), on one
/// thread and with no work in between: what creating that many files costs on this machine before any converting.
/// </summary>
internal static class WriteFloorCommand
{
    public const string FilesKey = "files";

    public static int Run(CommandArguments args)
    {
        args.AllowOnly("manifest", "out");
        var manifest = args.Option("manifest") ?? throw new UsageException("write-floor needs --manifest FILE.");
        var output = args.Option("out") ?? throw new UsageException("write-floor needs --out DIR.");
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
            throw new UsageException($"write-floor: {output} is not empty.");
        var files = File.ReadLines(manifest).Select(Parse).ToList();
        var buffer = new byte[files.Count == 0 ? 0 : files.Max(f => f.Size)];
        Array.Fill(buffer, (byte)'x');

        var clock = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var (size, relative) in files)
        {
            var path = Path.Combine(output, relative);
            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, "." + Path.GetFileName(path) + ".tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.Write(buffer, 0, size);
            File.Move(temp, path);
            bytes += size;
        }
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{FilesKey}: {files.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes: {bytes}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds: {clock.Elapsed.TotalSeconds:F3}"));
        return 0;
    }

    /// <summary>Lists every file under <paramref name="folder"/> as manifest lines, in a stable order.</summary>
    public static IEnumerable<string> Manifest(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(folder, f), Size: new FileInfo(f).Length))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Size}\t{f.Relative}"));

    private static (int Size, string Path) Parse(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab <= 0 || !int.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            throw new UsageException($"write-floor: a manifest line is not 'size<TAB>path': {line}");
        return (size, line[(tab + 1)..]);
    }
}
