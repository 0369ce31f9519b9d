using Migrator.Benchmarks.Commands;

namespace Migrator.Benchmarks;

/// <summary>
/// Benchmarks for the issue "Fast at any size". Run from the repository root:
/// <code>
/// dotnet run -c Release --project tests/Migrator.Benchmarks -- generate --size 100MB --out FILE [--seed N]
/// dotnet run -c Release --project tests/Migrator.Benchmarks -- floor FILE
/// dotnet run -c Release --project tests/Migrator.Benchmarks -- write-floor --manifest FILE --out DIR
/// dotnet run -c Release --project tests/Migrator.Benchmarks -- e2e --sizes 10MB,100MB,1GB [--work DIR] [--jobs N] [--cli PATH] [--seed N] [--keep-output]
/// dotnet run -c Release --project tests/Migrator.Benchmarks -- micro [BenchmarkDotNet args, e.g. --filter *]
/// </code>
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          generate --size 100MB --out FILE [--seed N]   write a deterministic WXR 1.2 export of about that size
          floor FILE                                    time a bare streaming XmlReader pass over FILE
          write-floor --manifest FILE --out DIR         time writing the files a manifest lists (size<TAB>path), as Migrator writes
          e2e --sizes 10MB,100MB,1GB [--work DIR] [--jobs N] [--cli PATH] [--seed N] [--keep-output]
                                                        generate (once), floor, `migrator convert … --to jekyll`, write floor; Markdown table
          micro [BenchmarkDotNet args]                  BenchmarkDotNet micro-benchmarks (e.g. micro --filter *Entity*)
        sizes are decimal: 1MB = 1,000,000 bytes. Build with -c Release.
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        try
        {
            return args[0] switch
            {
                "generate" => GenerateCommand.Run(new CommandArguments(args[1..])),
                "floor" => FloorCommand.Run(new CommandArguments(args[1..])),
                "write-floor" => WriteFloorCommand.Run(new CommandArguments(args[1..])),
                "e2e" => EndToEndCommand.Run(new CommandArguments(args[1..])),
                "micro" => MicroCommand.Run(args[1..]),
                _ => throw new UsageException($"unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
