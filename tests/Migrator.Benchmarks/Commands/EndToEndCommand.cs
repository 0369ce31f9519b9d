using System.Globalization;
using System.Reflection;
using Migrator.Benchmarks.Generation;
using Migrator.Benchmarks.Measurement;

namespace Migrator.Benchmarks.Commands;

/// <summary>
/// <c>e2e --sizes 10MB,100MB,1GB [--work DIR] [--jobs N] [--cli PATH] [--seed N] [--keep-output]</c>: for each
/// size, generates the export once into the work folder (kept for the next run), measures the floor and then the
/// real <c>migrator convert FILE --to jekyll --out DIR --force</c>, then the write floor (<see cref="WriteFloorCommand"/>:
/// the same files written again with no conversion), all as child processes measured the same way (wall time from start
/// to exit, kernel peak of resident memory), and prints a Markdown table.
/// </summary>
internal static class EndToEndCommand
{
    private const string CliRelativePath = "src/Migrator.Cli/bin/Release/net10.0/migrator.dll";

    public static int Run(CommandArguments args)
    {
        args.AllowOnly("sizes", "work", "jobs", "cli", "seed", "keep-output");
        var sizes = (args.Option("sizes") ?? "10MB,100MB").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(GenerateCommand.RequiredSize).ToList();
        var seed = GenerateCommand.Seed(args.Option("seed"));
        var work = WorkFolder(args.Option("work"));
        var jobs = args.Option("jobs");
        if (jobs is not null && !int.TryParse(jobs, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new UsageException($"--jobs {jobs}: not a positive integer.");
        var cli = FindCli(args.Option("cli"));
        var self = SelfCommand();

        var rows = new List<RunRow>();
        // Outputs are deleted only at the end: on a file system that skips recently freed inodes (ext4 without a journal),
        // creating files right after deleting many is several times slower, which would slow the next size's run.
        var toDelete = new List<string>();
        var failures = 0;
        foreach (var size in sizes)
        {
            var label = ByteSize.Label(size);
            var export = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"wxr-{label}-seed{seed}.xml"));
            if (!File.Exists(export))
            {
                Progress($"generating {label} into {export} …");
                Progress(GenerateCommand.Describe(GenerateCommand.Generate(export, size, seed)));
            }
            var bytes = new FileInfo(export).Length;

            Progress($"{label}: floor …");
            var floor = MeasuredProcess.Run(self.FileName, [.. self.Arguments, "floor", export]);
            var items = ItemsFrom(floor);
            rows.Add(new RunRow(label, "floor (XmlReader)", bytes, items, floor, null));
            if (floor.ExitCode != 0)
            {
                failures++;
                Problem($"the floor pass failed on {export} (exit {floor.ExitCode}).", floor);
                continue;
            }

            if (cli is null)
                continue;
            var output = Path.Combine(work, "out-" + label);
            List<string> convert = [.. cli.Value.Arguments, "convert", export, "--to", "jekyll", "--out", output, "--force"];
            if (jobs is not null)
                convert.AddRange(["--jobs", jobs]);
            Progress($"{label}: migrator convert …");
            var run = MeasuredProcess.Run(cli.Value.FileName, convert);
            rows.Add(new RunRow(label, "migrator convert → jekyll", bytes, items, run, floor.Wall));
            if (run.ExitCode != 0)
            {
                failures++;
                Problem(
                    $"`migrator convert` failed on {label} (exit {run.ExitCode}): {cli.Value.FileName} {string.Join(' ', convert)}. " +
                    "If this build of the CLI has no `convert` command yet, that is expected until it lands; rebuild it with " +
                    "`dotnet build -c Release src/Migrator.Cli` and run again (the generated exports are kept in the work folder).",
                    run);
            }
            if (run.ExitCode == 0 && Directory.Exists(output))
                failures += MeasureWriteFloor(self, work, label, output, bytes, items, floor, rows, toDelete);
            if (!args.Flag("keep-output"))
                toDelete.Add(output);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, seed {seed}, jobs {jobs ?? "default"}; " +
            $"seconds are wall time of the whole process (start-up included), peak MB is the kernel's peak resident set."));
        Console.WriteLine();
        Console.Write(ResultTable.ToMarkdown(rows));
        foreach (var folder in toDelete.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// The write floor: the files the conversion wrote, written again (same sizes, same folders, temporary file and
    /// rename) into a scratch folder by a child process that does nothing else. Returns 1 when it failed.
    /// </summary>
    private static int MeasureWriteFloor(
        (string FileName, IReadOnlyList<string> Arguments) self, string work, string label, string output, long bytes, int? items,
        ProcessMeasurement floor, List<RunRow> rows, List<string> toDelete)
    {
        var manifest = Path.Combine(work, "manifest-" + label + ".tsv");
        var scratch = Path.Combine(work, "write-floor-" + label);
        if (Directory.Exists(scratch))
            Directory.Delete(scratch, recursive: true);
        File.WriteAllLines(manifest, WriteFloorCommand.Manifest(output));
        Progress($"{label}: write floor …");
        var run = MeasuredProcess.Run(self.FileName, [.. self.Arguments, "write-floor", "--manifest", manifest, "--out", scratch]);
        rows.Add(new RunRow(label, $"floor (write the same {FilesFrom(run)} files)", bytes, items, run, floor.Wall));
        File.Delete(manifest);
        toDelete.Add(scratch);
        if (run.ExitCode == 0)
            return 0;
        Problem($"the write floor failed (exit {run.ExitCode}).", run);
        return 1;
    }

    private static string FilesFrom(ProcessMeasurement run)
    {
        var prefix = WriteFloorCommand.FilesKey + ": ";
        var line = run.Output.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is not null && int.TryParse(line[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var files)
            ? files.ToString("N0", CultureInfo.InvariantCulture)
            : "?";
    }

    private static string WorkFolder(string? requested)
    {
        var work = Path.GetFullPath(requested ?? Path.Combine(Path.GetTempPath(), "migrator-bench"));
        var repo = RepoRoot();
        if (repo is not null && (work + Path.DirectorySeparatorChar).StartsWith(repo + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UsageException($"--work {work} is inside the repository; the exports are large: pick a folder outside it (the default is the system temp folder).");
        Directory.CreateDirectory(work);
        return work;
    }

    /// <summary>The CLI to measure, or null (with a message saying how to get one) when it is not built.</summary>
    private static (string FileName, IReadOnlyList<string> Arguments)? FindCli(string? requested)
    {
        var path = requested ?? (RepoRoot() is { } repo ? Path.Combine(repo, CliRelativePath) : null);
        if (path is not null && File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", [full]) : (full, []);
        }
        Progress(requested is not null
            ? $"--cli {requested}: no such file; only the floor is measured."
            : $"the CLI is not built ({CliRelativePath} is missing): run `dotnet build -c Release src/Migrator.Cli` or pass --cli PATH; only the floor is measured.");
        return null;
    }

    /// <summary>How to start this program again as a child: its apphost, or <c>dotnet</c> plus its assembly.</summary>
    private static (string FileName, IReadOnlyList<string> Arguments) SelfCommand()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(EndToEndCommand).Assembly.Location;
        return string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.Ordinal)
            ? (processPath, [assembly])
            : (processPath, []);
    }

    private static int? ItemsFrom(ProcessMeasurement floor)
    {
        var prefix = FloorCommand.ItemsKey + ": ";
        var line = floor.Output.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is not null && int.TryParse(line[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var items) ? items : null;
    }

    private static string? RepoRoot()
    {
        var recorded = typeof(EndToEndCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MigratorRepoRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Migrator.sln")))
            return Path.GetFullPath(recorded).TrimEnd(Path.DirectorySeparatorChar);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Migrator.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static void Progress(string message) => Console.Error.WriteLine(message);

    private static void Problem(string message, ProcessMeasurement run)
    {
        Console.Error.WriteLine("error: " + message);
        foreach (var line in run.ErrorTail.TakeLast(15).Concat(run.ErrorTail.Count == 0 ? run.Output.TakeLast(15) : []))
            Console.Error.WriteLine("    " + line);
    }
}
