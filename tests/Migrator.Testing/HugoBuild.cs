using System.Diagnostics;
using Xunit;

namespace Migrator.Testing;

/// <summary>What a <c>hugo</c> build printed and returned.</summary>
public sealed record HugoBuildResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>
/// Runs the real Hugo on a generated site. Tests call <see cref="RequireHugo"/>, which skips them with a message when
/// <c>hugo</c> is not on the PATH (install it with <c>apt-get install hugo</c> or from gohugo.io).
/// </summary>
public static class HugoBuild
{
    private static readonly Lazy<string?> HugoPath = new(() => FindOnPath("hugo"));

    /// <summary>Full path of the <c>hugo</c> executable, or null.</summary>
    public static string? Hugo => HugoPath.Value;

    /// <summary>The <c>hugo</c> path, or skips the test when Hugo is not installed.</summary>
    public static string RequireHugo()
    {
        if (Hugo is null)
            Assert.Skip("skipped: 'hugo' is not on the PATH; install Hugo (apt-get install hugo) to run the real-build tests.");
        return Hugo;
    }

    /// <summary><c>hugo version</c> output, first line.</summary>
    public static string Version() => Run(RequireHugo(), ["version"], Environment.CurrentDirectory).Output.Split('\n')[0];

    /// <summary>Builds <paramref name="siteFolder"/> into <paramref name="destination"/> (<c>hugo --source … --destination …</c>).</summary>
    public static HugoBuildResult Build(string siteFolder, string destination, params string[] extraArguments) =>
        Run(RequireHugo(), ["--source", siteFolder, "--destination", destination, "--cleanDestinationDir", .. extraArguments], siteFolder);

    private static HugoBuildResult Run(string executable, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Hugo caches modules and resources under the user's folder; keep runs independent of it.
        start.Environment["HUGO_CACHEDIR"] = Path.Combine(workingDirectory, ".hugo-cache");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} did not finish within 2 minutes");
        }
        return new HugoBuildResult(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".exe" } : new[] { name })
            {
                var full = Path.Combine(dir, candidate);
                if (File.Exists(full))
                    return full;
            }
        }
        return null;
    }
}
