using System.Diagnostics;
using Xunit;

namespace Migrator.Testing;

/// <summary>What a build by a Node.js site generator printed and returned.</summary>
public sealed record NodeBuildResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>
/// Runs the real Eleventy and Astro on a generated site, from the npm packages pinned in <c>tests/package.json</c>
/// (<c>npm ci --prefix tests</c> installs them; <c>.ci/run</c> does). Astro needs Node.js 22.12 or newer: the system's
/// <c>node</c> when it is that new, else the <c>node</c> package pinned beside Astro. Tests call
/// <see cref="RequireEleventy"/> or <see cref="RequireAstro"/>, which skip them with a message when a tool is absent.
/// </summary>
public static class NodeSiteBuild
{
    private static string Modules => Path.Combine(Corpus.RepoRoot, "tests", "node_modules");

    /// <summary>Eleventy's command script, or skips the test when it is not installed.</summary>
    public static string RequireEleventy()
    {
        var script = Path.Combine(Modules, "@11ty", "eleventy", "cmd.cjs");
        if (!File.Exists(script))
            Assert.Skip("skipped: Eleventy (@11ty/eleventy) is not installed; run 'npm ci --prefix tests' (CI does).");
        RequireNode();
        return script;
    }

    /// <summary>Builds the Eleventy site in <paramref name="siteFolder"/> into its <c>_site/</c>.</summary>
    public static NodeBuildResult Eleventy(string siteFolder) =>
        Run(siteFolder, RequireEleventy(), "node", "--quiet");

    /// <summary>Astro's command script and a Node.js that runs it, or skips the test.</summary>
    public static (string Node, string Script) RequireAstro()
    {
        var script = Path.Combine(Modules, "astro", "bin", "astro.mjs");
        if (!File.Exists(script))
            Assert.Skip("skipped: Astro is not installed; run 'npm ci --prefix tests' (CI does).");
        RequireNode();
        var node = NodeVersion("node") >= new Version(22, 12) ? "node" : Path.Combine(Modules, ".bin", "node");
        if (node != "node" && NodeVersion(node) < new Version(22, 12))
            Assert.Skip("skipped: Astro needs Node.js 22.12 or newer, and neither the system's node nor the pinned 'node' package in tests/node_modules is.");
        return (node, script);
    }

    /// <summary>
    /// Builds the Astro site in <paramref name="siteFolder"/> into its <c>dist/</c>. The site gets a <c>node_modules</c>
    /// folder of its own holding a link to the test packages' <c>astro</c>, so that its imports of <c>astro</c> resolve
    /// while Astro's cache (<c>node_modules/.astro</c>, which holds the content of the last build) stays the site's:
    /// a shared one would mix the entries of sites built one after another or at once.
    /// </summary>
    public static NodeBuildResult Astro(string siteFolder)
    {
        var (node, script) = RequireAstro();
        var modules = Path.Combine(siteFolder, "node_modules");
        Directory.CreateDirectory(modules);
        var astro = Path.Combine(modules, "astro");
        if (!Directory.Exists(astro))
            Directory.CreateSymbolicLink(astro, Path.Combine(Modules, "astro"));
        return Run(siteFolder, script, node, "build");
    }

    private static Version NodeVersion(string node)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(node, ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false });
            var text = process?.StandardOutput.ReadToEnd().Trim().TrimStart('v') ?? "";
            process?.WaitForExit();
            return Version.TryParse(text, out var version) ? version : new Version(0, 0);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new Version(0, 0);
        }
    }

    private static void RequireNode()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false });
            process?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("skipped: Node.js ('node') is not installed, so the site generator cannot run.");
        }
    }

    private static NodeBuildResult Run(string workingDirectory, string script, string node, params string[] arguments)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASTRO_TELEMETRY_DISABLED"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 5 minutes");
        }
        return new NodeBuildResult(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    /// <summary>
    /// The file a static generator writes for an audit row's <c>new_url</c> under <paramref name="built"/>: the decoded
    /// path, with <c>index.html</c> for an address ending in <c>/</c>.
    /// </summary>
    public static string PageFile(string built, string newUrl)
    {
        var path = newUrl;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path[slash..];
        }
        path = Uri.UnescapeDataString(path);
        var relative = path.TrimStart('/');
        return path.EndsWith('/') ? Path.Combine(built, relative, "index.html") : Path.Combine(built, relative);
    }
}
