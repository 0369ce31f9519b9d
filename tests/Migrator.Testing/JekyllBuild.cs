using System.Diagnostics;
using Xunit;

namespace Migrator.Testing;

/// <summary>
/// Runs the real <c>jekyll</c> on an exported site: <c>jekyll build --safe -s SITE -d SITE/_site</c>. Tests call
/// <see cref="Require"/> first, which skips them with a message when <c>jekyll</c> is not on PATH.
/// </summary>
public static class JekyllBuild
{
    private static readonly Lazy<string?> Executable = new(FindOnPath);

    /// <summary>True when a <c>jekyll</c> executable is on PATH.</summary>
    public static bool IsAvailable => Executable.Value is not null;

    /// <summary>Skips the calling test when <c>jekyll</c> is not installed.</summary>
    public static void Require()
    {
        if (!IsAvailable)
            Assert.Skip("skipped: 'jekyll' is not on PATH (Debian/Ubuntu: apt-get install jekyll); this test builds the exported site with it.");
    }

    /// <summary>Skips the calling test when <c>jekyll</c> or the plugin gem (e.g. <c>jekyll-redirect-from</c>) is missing.</summary>
    public static void RequirePlugin(string gem)
    {
        Require();
        if (!HasGem(gem))
            Assert.Skip($"skipped: the Ruby gem '{gem}' is not installed (Debian/Ubuntu: apt-get install ruby-{gem}).");
    }

    private static bool HasGem(string gem)
    {
        var info = new ProcessStartInfo("gem") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "list", "-i", "^" + gem + "$" })
            info.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(info);
            if (process is null)
                return false;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit(60_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no `gem` executable
        }
    }

    /// <summary>Builds <paramref name="siteFolder"/> into its <c>_site</c> folder; returns the exit code and stdout plus stderr.</summary>
    public static (int ExitCode, string Output) Run(string siteFolder, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(siteFolder);
        var jekyll = Executable.Value ?? throw new InvalidOperationException("jekyll is not on PATH; call JekyllBuild.Require() first.");
        var info = new ProcessStartInfo(jekyll)
        {
            WorkingDirectory = siteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "--safe", "-s", siteFolder, "-d", Path.Combine(siteFolder, "_site") })
            info.ArgumentList.Add(argument);
        info.Environment["JEKYLL_NO_BUNDLER_REQUIRE"] = "true";
        info.Environment["LANG"] = "C.UTF-8";
        info.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start jekyll");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "jekyll build timed out\n" + stdout.Result + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>
    /// The file Jekyll writes for a URL (absolute, or a path relative to the site's <c>baseurl</c>), percent-decoded:
    /// <c>/a/b/</c> → <c>_site/a/b/index.html</c>; <c>/a/b.html</c> → <c>_site/a/b.html</c>; <c>/a/b</c> → <c>_site/a/b.html</c>.
    /// </summary>
    public static string ExpectedPage(string siteFolder, string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(siteFolder);
        ArgumentException.ThrowIfNullOrEmpty(url);
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path[slash..];
        }
        path = Uri.UnescapeDataString(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var site = Path.Combine(siteFolder, "_site");
        if (path.EndsWith('/') || segments.Length == 0)
            return Path.Combine([site, .. segments, "index.html"]);
        var last = segments[^1];
        if (!Path.HasExtension(last))
            segments[^1] = last + ".html";
        return Path.Combine([site, .. segments]);
    }

    private static string? FindOnPath()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "jekyll", "jekyll.bat", "jekyll.cmd" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
