using System.Globalization;
using Migrator.Benchmarks.Generation;

namespace Migrator.Benchmarks.Commands;

/// <summary><c>generate --size 100MB --out FILE [--seed N]</c>.</summary>
internal static class GenerateCommand
{
    public const ulong DefaultSeed = 20260326;

    public static int Run(CommandArguments args)
    {
        args.AllowOnly("size", "out", "seed");
        var size = RequiredSize(args.Option("size"));
        var output = args.Option("out") ?? throw new UsageException("generate needs --out FILE.");
        var seed = Seed(args.Option("seed"));
        var result = Generate(output, size, seed);
        Console.WriteLine(Describe(result));
        return 0;
    }

    public static GenerationResult Generate(string path, long size, ulong seed)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        return WxrGenerator.Generate(path, size, seed);
    }

    public static string Describe(GenerationResult result) => string.Create(CultureInfo.InvariantCulture,
        $"generated {result.Path}: {result.Bytes:N0} bytes, {result.Items:N0} items ({result.Attachments:N0} attachments), " +
        $"{result.Elapsed.TotalSeconds:F2} s, {ByteSize.Megabytes(result.Bytes) / result.Elapsed.TotalSeconds:F1} MB/s");

    public static long RequiredSize(string? text)
    {
        if (text is null)
            throw new UsageException("missing --size (for example --size 100MB).");
        return ByteSize.TryParse(text, out var bytes) ? bytes : throw new UsageException($"--size {text}: not a size (write 10MB, 1GB, 512KB).");
    }

    public static ulong Seed(string? text)
    {
        if (text is null)
            return DefaultSeed;
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new UsageException($"--seed {text}: not a non-negative integer.");
    }
}
