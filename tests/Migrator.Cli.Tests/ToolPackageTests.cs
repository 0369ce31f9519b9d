using System.Diagnostics;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// <c>dotnet pack</c> makes a .NET tool that installs as the <c>migrator</c> command, as the README says; here into a
/// temporary tool path, from the package folder only (no other package source is asked).
/// </summary>
public sealed class ToolPackageTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public void The_packed_tool_installs_as_migrator_and_prints_its_version()
    {
        using var temp = Corpus.NewTempFolder();
        var packages = temp.Combine("pkg");
        var tools = temp.Combine("tools");
        var config = temp.Combine("nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);
        var project = Path.Combine(Corpus.RepoRoot, "src", "Migrator.Cli");

        // The tests were built with the command line: pack what was built.
        Run("pack", project, "-c", Configuration, "--no-build", "-o", packages);
        var package = Assert.Single(Directory.GetFiles(packages, "Migrator.Cli.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["Migrator.Cli.".Length..];
        Run("tool", "install", "Migrator.Cli", "--tool-path", tools, "--configfile", config);

        var printed = Run(Path.Combine(tools, "migrator"), "--version");
        Assert.StartsWith(version, printed.Trim(), StringComparison.Ordinal);
        Assert.Equal(typeof(MigratorCommandLine).Assembly.GetName().Version!.ToString(3), version);
    }

    private string Run(string program, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(program.Contains('/', StringComparison.Ordinal) ? program : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!program.Contains('/', StringComparison.Ordinal))
            start.ArgumentList.Add(program);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish in {Timeout.TotalSeconds} s");
        }
        var text = stdout.GetAwaiter().GetResult();
        output.WriteLine($"$ {program} {string.Join(' ', arguments)}\n{text}{stderr.GetAwaiter().GetResult()}");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
        return text;
    }
}
