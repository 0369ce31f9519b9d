using Migrator.Core.Markup;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Export;

/// <summary>The Jekyll exporter's choices, read from <see cref="ExportSettings"/>.</summary>
/// <param name="Body">Markdown converts HTML bodies to Markdown (<c>.md</c>); Html keeps them (<c>.html</c>).</param>
/// <param name="BaseUrl">Absolute URL of the new site when it differs from the old one (sets <c>url</c>/<c>baseurl</c>).</param>
/// <param name="IncludePrivateData">Write commenters' e-mail and IP addresses into <c>_data/comments</c>.</param>
/// <param name="RedirectFrom">
/// <c>--redirects jekyll</c>: write each published item's other old URLs (old slugs, and the permalink when it was
/// not kept) as <c>redirect_from</c> for the jekyll-redirect-from plugin, and enable the plugin in <c>_config.yml</c>.
/// </param>
/// <param name="OtherFiles">
/// Files put into the site by another step (copied media): a name starting with <c>_</c> among them is listed under
/// <c>include:</c>, which Jekyll otherwise does not publish.
/// </param>
public sealed record JekyllExportOptions(
    BodyMode Body = BodyMode.Markdown, string? BaseUrl = null, bool IncludePrivateData = false, bool RedirectFrom = false,
    SiteFiles? OtherFiles = null)
{
    /// <summary>The <c>--redirects</c> name that asks for <see cref="RedirectFrom"/>.</summary>
    public const string RedirectFormat = "jekyll";

    public static JekyllExportOptions From(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new JekyllExportOptions(settings.Body, settings.BaseUrl, settings.IncludePrivateData,
            settings.Redirects.Contains(RedirectFormat, StringComparer.Ordinal), settings.OtherFiles);
    }
}

/// <summary>
/// Writes a site as a Jekyll source folder that builds with a plain <c>jekyll build</c> (no theme, no plugin):
/// posts in <c>_posts</c>, drafts in <c>_drafts</c>, pages at their old paths, custom types as collections, comments
/// in <c>_data/comments</c>, and a <c>_config.yml</c> and minimal layouts. Every published item keeps its old URL
/// through an explicit <c>permalink</c>.
/// A Jekyll source is cleaned up by <see cref="Cleanup.JekyllCleanupExporter"/> instead (chosen by the format registry).
/// </summary>
public sealed class JekyllExporter(JekyllExportOptions options) : IExporter
{
    public JekyllExporter(ExportSettings settings)
        : this(JekyllExportOptions.From(settings))
    {
    }

    public JekyllExportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public string Name => "jekyll";

    /// <summary>Files served as they are (<c>_redirects</c>, <c>.htaccess</c>) go at the source root; <c>_config.yml</c> includes them.</summary>
    public string? PublishedRoot => "";

    /// <summary>The Markdown the generator renders.</summary>
    public MarkdownFlavor? Flavor => MarkdownFlavor.Kramdown;

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new JekyllExportSession(site, output, Options);
    }
}
