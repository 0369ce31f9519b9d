using System.Diagnostics;
using System.Text.Json;
using Migrator.Testing;

namespace Migrator.Core.Tests.Markup;

/// <summary>
/// The second judge: commonmark.js, the CommonMark reference implementation, pinned in <c>tests/package.json</c>
/// (<c>npm ci --prefix tests</c> installs it; <c>.ci/run</c> does). Tests that need it skip with a message when Node.js
/// or the package is absent.
/// </summary>
internal static class CommonMarkReference
{
    private static string Script => Path.Combine(Corpus.RepoRoot, "tests", "judge", "commonmark-render.js");

    private static string Package => Path.Combine(Corpus.RepoRoot, "tests", "node_modules", "commonmark", "package.json");

    /// <summary>Renders every document with the reference, in one Node.js process; skips the test when it cannot run.</summary>
    public static IReadOnlyList<string> RenderAll(IReadOnlyList<string> markdown)
    {
        if (!File.Exists(Package))
            Assert.Skip("skipped: the CommonMark reference (commonmark.js) is not installed; run 'npm ci --prefix tests' (CI does).");
        var start = new ProcessStartInfo("node", [Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("skipped: Node.js ('node') is not installed, so the CommonMark reference cannot run.");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(markdown));
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"commonmark.js failed: {stderr.Result}");
            return JsonSerializer.Deserialize<string[]>(stdout.Result)!;
        }
    }
}
