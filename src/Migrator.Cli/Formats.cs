using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;
using Migrator.Hugo.Import;
using Migrator.Jekyll.Export;
using Migrator.Jekyll.Import;
using Migrator.WordPress.Export;
using Migrator.WordPress.Import;

namespace Migrator.Cli;

/// <summary>The formats the command line offers, listed explicitly (no reflection), and the normalisation it runs.</summary>
internal static class Formats
{
    public static FormatRegistry Registry { get; } = new(
    [
        new FormatInfo("wxr", "WordPress eXtended RSS export (WXR 1.0-1.2; split exports given together)",
            () => new WxrImporter(), settings => new WxrExporter(WxrExportOptions.From(settings))),
        new FormatInfo("jekyll", "Jekyll site folder (_config.yml, _posts, _drafts, pages, collections)",
            () => new JekyllImporter(), settings => new JekyllExporter(JekyllExportOptions.From(settings))),
        new FormatInfo("hugo", "Hugo site folder (hugo.toml/config, content/, YAML/TOML/JSON front matter)",
            () => new HugoImporter(), settings => new HugoExporter(HugoExportOptions.From(settings))),
    ]);

    public static IReadOnlyList<string> Readers { get; } = [.. Registry.Formats.Where(f => f.Importer is not null).Select(f => f.Name)];

    public static IReadOnlyList<string> Writers { get; } = [.. Registry.Formats.Where(f => f.Exporter is not null).Select(f => f.Name)];

    /// <summary>The post transforms, in the one order defined by the normaliser.</summary>
    public static IReadOnlyList<IPostTransform> Transforms => Normaliser.Default;

    /// <summary>Site-wide normalisation (names decoded once).</summary>
    public static Site SiteTransform(Site site, IDiagnosticSink diagnostics) => SiteNormaliser.Apply(site, diagnostics);
}
