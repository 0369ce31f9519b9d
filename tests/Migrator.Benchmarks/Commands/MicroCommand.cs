using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Migrator.Benchmarks.Commands;

/// <summary>
/// <c>micro [BenchmarkDotNet args]</c>: the BenchmarkDotNet suite through <see cref="BenchmarkSwitcher"/>. Results go
/// to the system temp folder (<c>migrator-bench/BenchmarkDotNet.Artifacts</c>), never into the repository, unless
/// <c>--artifacts DIR</c> says otherwise.
/// </summary>
internal static class MicroCommand
{
    public static int Run(string[] benchmarkArgs)
    {
        var config = DefaultConfig.Instance.WithArtifactsPath(
            Path.Combine(Path.GetTempPath(), "migrator-bench", "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run(benchmarkArgs, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
