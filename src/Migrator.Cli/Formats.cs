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

    /// <summary>
    /// The post transforms from one format to another, in the one order defined by the normaliser. WordPress to
    /// WordPress has none: WordPress renders its blocks, shortcodes and paragraphs itself, so a re-export keeps the
    /// content as stored and only re-serialises (merging, splitting, repairing the XML).
    /// </summary>
    public static IReadOnlyList<IPostTransform> Transforms(string from, string to) => Unchanged(from, to) ? [] : Normaliser.Default;

    /// <summary>Site-wide normalisation (names decoded once), or none from WordPress to WordPress.</summary>
    public static Func<Site, IDiagnosticSink, Site>? SiteTransform(string from, string to) =>
        Unchanged(from, to) ? null : SiteNormaliser.Apply;

    private static bool Unchanged(string from, string to) => from == "wxr" && to == "wxr";
}
