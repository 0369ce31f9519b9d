using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Export;

/// <summary>
/// The rest of the site in a Jekyll → Jekyll clean-up: every file of the source site that was not written as an item
/// (the owner's <c>_config.yml</c>, layouts, includes, data, assets, and items that could not be read) is copied byte
/// for byte, so that the cleaned site builds as the old one did. Not copied: Jekyll's output and caches and
/// what tools keep beside the site (<see cref="SkippedAtRoot"/>, the configured <c>destination</c>), the output folder
/// itself when it lies inside the site, and symbolic links (Jekyll's safe mode ignores them too; they could point
/// outside the site). The site root is an input that is a folder or a <c>_config.yml</c>; a single post given alone
/// brings no other files.
/// </summary>
internal static class SourceSiteCopy
{
    /// <summary>Top-level names never copied (the last two are a previous run's audit and review, which this run's would replace).</summary>
    public static readonly IReadOnlySet<string> SkippedAtRoot = new HashSet<string>(StringComparer.Ordinal)
    {
        "_site", ".git", ".jekyll-cache", ".jekyll-metadata", ".sass-cache", "vendor", "node_modules", "migration-report.csv", "migration-report.html",
    };

    public static void Run(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        foreach (var root in Roots(site))
        {
            var skipped = new HashSet<string>(SkippedAtRoot, StringComparer.Ordinal);
            if (site.Extra.FirstOrDefault(kv => kv.Key == "destination").Value is string destination)
                skipped.Add(Path.GetRelativePath(root, Path.GetFullPath(destination.Trim(), root)).Replace('\\', '/').TrimEnd('/'));
            var copied = 0;
            var links = 0;
            foreach (var relative in Files(root, output.Root, skipped, ref links))
            {
                if (output.WasWritten(relative))
                    continue;
                try
                {
                    output.WriteBytes(relative, SiteFolder.ReadAllBytes(Path.Combine(root, relative)));
                    copied++;
                }
                catch (UnsafePathException)
                {
                    diagnostics.Report(CoreDiagnostics.UnsafeOutputPath(null, relative));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Report(JekyllWriteDiagnostics.SiteFileNotCopied(relative, ex.Message));
                }
            }
            diagnostics.Report(JekyllWriteDiagnostics.SiteFilesCopied(root, copied, links));
        }
    }

    private static IEnumerable<string> Roots(Site site) => site.SourceFiles
        .Select(f => Directory.Exists(f) ? f
            : Path.GetFileName(f) is "_config.yml" or "_config.yaml" ? Path.GetDirectoryName(f) : null)
        .OfType<string>()
        .Select(Path.GetFullPath)
        .Distinct(StringComparer.Ordinal);

    // Relative paths with '/', sorted, so the copy order does not depend on the file system.
    private static List<string> Files(string root, string outputRoot, HashSet<string> skippedAtRoot, ref int links)
    {
        var found = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in dir.EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (!relative.Contains('/', StringComparison.Ordinal) && skippedAtRoot.Contains(relative))
                    continue;
                if (SiteFolder.IsLink(entry))
                {
                    links++;
                    continue;
                }
                if (entry is DirectoryInfo sub)
                {
                    if (!string.Equals(Path.GetFullPath(sub.FullName), outputRoot, StringComparison.Ordinal))
                        pending.Push(sub);
                }
                else
                    found.Add(relative);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
