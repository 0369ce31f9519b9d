using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Import;

/// <summary>One Jekyll site being read: its folders, configuration and time zone. Read-only once made.</summary>
internal sealed class JekyllSiteContext
{
    private JekyllSiteContext(string root, JekyllConfig config, TimeZoneInfo zone)
    {
        Root = root;
        Config = config;
        Zone = zone;
        SourceDir = SiteFolder.Inside(root, "source", config.Source);
        CollectionsDir = SiteFolder.Inside(SourceDir, "collections_dir", config.CollectionsDir);
    }

    /// <summary>The folder holding <c>_config.yml</c> (or the folder above <c>_posts</c>).</summary>
    public string Root { get; }

    /// <summary>Where content is read from (<c>source:</c>, usually the root).</summary>
    public string SourceDir { get; }

    /// <summary>Where collections are read from (<c>collections_dir:</c>, usually the source folder).</summary>
    public string CollectionsDir { get; }

    public JekyllConfig Config { get; }

    /// <summary>The site zone (UTC when the site sets none or an unknown one).</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Output extension of a source extension: <c>.html</c> for Markdown, HTML and Textile, else the extension.</summary>
    public string OutputExtension(string extension)
    {
        var ext = extension.ToLowerInvariant();
        return Config.MarkdownExtensions.Contains(ext) || ext is ".html" or ".htm" or ".textile" ? ".html" : extension;
    }

    /// <summary>True for extensions whose files are content (posts, pages) rather than templates or assets.</summary>
    public bool IsContentExtension(string extension)
    {
        var ext = extension.ToLowerInvariant();
        return Config.MarkdownExtensions.Contains(ext) || ext is ".html" or ".htm" or ".textile";
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to the source folder, with <c>/</c>.</summary>
    public string Relative(string fullPath) =>
        Path.GetRelativePath(SourceDir, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Reads the site's configuration. Throws <see cref="InputException"/> when <c>source</c> or <c>collections_dir</c>
    /// leaves the site folder or goes through a symbolic link.
    /// </summary>
    public static JekyllSiteContext Open(string root, IDiagnosticSink diagnostics)
    {
        var config = JekyllConfigReader.Read(root, diagnostics);
        return new JekyllSiteContext(root, config, ResolveZone(root, config, diagnostics));
    }

    private static TimeZoneInfo ResolveZone(string root, JekyllConfig config, IDiagnosticSink diagnostics)
    {
        var name = config.TimeZone;
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Report(JekyllReadDiagnostics.TimeZoneMissing(root));
            return TimeZoneInfo.Utc;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var zone))
            return zone;
        diagnostics.Report(JekyllReadDiagnostics.TimeZoneUnknown(new SourceRef(config.File ?? root, 0), name));
        return TimeZoneInfo.Utc;
    }
}
