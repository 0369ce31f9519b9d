using System.Globalization;
using Migrator.Benchmarks.Generation;
using Migrator.Benchmarks.Measurement;

namespace Migrator.Benchmarks.Commands;

/// <summary><c>floor FILE</c>: the bare XmlReader pass, one <c>key: value</c> line per figure (e2e reads them).</summary>
internal static class FloorCommand
{
    public const string ItemsKey = "items";

    public static int Run(CommandArguments args)
    {
        args.AllowOnly();
        if (args.Positionals.Count != 1)
            throw new UsageException("floor needs exactly one FILE.");
        var path = args.Positionals[0];
        if (!File.Exists(path))
            throw new UsageException($"floor: {path} does not exist (make one with: generate --size 100MB --out {path}).");
        var result = FloorReader.Read(path);
        var seconds = result.Elapsed.TotalSeconds;
        var peak = PeakMemory.OfSelf() ?? Environment.WorkingSet;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {path}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes: {result.Bytes}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ItemsKey}: {result.Items}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value chars: {result.ValueChars}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds: {seconds:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MB/s: {ByteSize.Megabytes(result.Bytes) / seconds:F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak MB: {ByteSize.Megabytes(peak):F1}"));
        return 0;
    }
}
