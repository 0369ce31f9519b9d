using Migrator.Core.Diagnostics;
using Migrator.Core.Messages;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.PermalinkSites;
using Migrator.Astro;
using Migrator.Astro.Export;
using Migrator.Blogger;
using Migrator.Blogger.Import;
using Migrator.Core.Pipeline;
using Migrator.Eleventy.Export;
using Migrator.Ghost;
using Migrator.Ghost.Export;
using Migrator.Ghost.Import;
using Migrator.Hugo;
using Migrator.Hugo.Export;
using Migrator.Hugo.Import;
using Migrator.Jekyll;
using Migrator.Jekyll.Cleanup;
using Migrator.Jekyll.Export;
using Migrator.Jekyll.Import;
using Migrator.WordPress;
using Migrator.WordPress.Export;
using Migrator.WordPress.Import;

namespace Migrator.Cli;

/// <summary>The formats the command line offers, listed explicitly (no reflection), and the normalisation it runs.</summary>
internal static class Formats
{
    public static FormatRegistry Registry { get; } = new(
    [
        new FormatInfo("wxr", "WordPress eXtended RSS export (WXR 1.0-1.2; split exports given together)",
            settings => new WxrImporter(new WxrImportOptions { MergeUnrelatedSites = settings.MergeSites, SpoolFolder = settings.WorkFolder }), settings => new WxrExporter(WxrExportOptions.From(settings)))
        {
            // WordPress renders its blocks, shortcodes and paragraphs itself: a re-export keeps the content as stored
            // and only re-serialises (merging, splitting, repairing the XML).
            SameFormat = new(settings => new WxrExporter(WxrExportOptions.From(settings) with { ReExport = true }), KeepStoredContent: true),
            Messages = WordPressMessages.Families,
            ExportOptions = WxrExportOptions.CommandLine,
        },
        new FormatInfo("jekyll", "Jekyll site folder (_config.yml, _posts, _drafts, pages, collections)",
            _ => new JekyllImporter(), settings => new JekyllExporter(JekyllExportOptions.From(settings)))
        {
            SameFormat = new(_ => new JekyllCleanupExporter(), KeepStoredContent: false),
            FrontMatterRedirects = JekyllExportOptions.RedirectFormat,
            Messages = JekyllMessages.Families,
        },
        new FormatInfo("hugo", "Hugo site folder (hugo.toml/config, content/, YAML/TOML/JSON front matter)",
            _ => new HugoImporter(), settings => new HugoExporter(HugoExportOptions.From(settings)))
        {
            Messages = HugoMessages.Families,
            FrontMatterRedirects = "hugo",
            ExportOptions = HugoExportOptions.CommandLine,
        },
        new FormatInfo("eleventy", "Eleventy 3 site (Markdown with front matter, eleventy.config.js; written only)",
            null, settings => new EleventyExporter(PermalinkSiteOptions.From(settings))),
        new FormatInfo("astro", "Astro site (a Markdown content collection with its schema, pages at the old URLs; written only)",
            null, settings => new AstroExporter(PermalinkSiteOptions.From(settings))) { Messages = AstroMessages.Families },
        new FormatInfo("ghost", "Ghost JSON export or import file (Ghost 1-6; written for Ghost 5 and 6, with redirects.json)",
            _ => new GhostImporter(), settings => new GhostExporter(GhostExportOptions.From(settings))) { Messages = GhostMessages.Families },
        new FormatInfo("blogger", "Blogger export (the classic backup blog-….xml, or Google Takeout's feed.atom; read only)",
            _ => new BloggerImporter(), null) { Messages = BloggerMessages.Families },
    ]);

    /// <summary>Every message Migrator can report: Core's families, then each format's (<c>migrator explain</c>).</summary>
    public static MessageCatalogue Messages { get; } = new([.. CoreMessages.Families, .. Registry.Formats.SelectMany(f => f.Messages)]);

    public static IReadOnlyList<string> Readers { get; } = [.. Registry.Formats.Where(f => f.Importer is not null).Select(f => f.Name)];

    public static IReadOnlyList<string> Writers { get; } = [.. Registry.Formats.Where(f => f.Exporter is not null).Select(f => f.Name)];

    /// <summary>
    /// How a run from <paramref name="from"/> to <paramref name="to"/> goes: the writer, the post transforms (the one
    /// order defined by the normaliser, or none when the content is kept as stored) and the site transform.
    /// </summary>
    public static ConversionRoute Route(FormatInfo from, FormatInfo to, ExportSettings settings)
    {
        var same = ReferenceEquals(from, to) ? to.SameFormat : null;
        var exporter = (same?.Exporter ?? to.Exporter!)(settings);
        return same is { KeepStoredContent: true }
            ? new ConversionRoute(exporter, [], null, SameFormat: true)
            : new ConversionRoute(exporter, Normaliser.Default, SiteNormaliser.Apply, same is not null);
    }
}

/// <summary>The writer and the normalisation of one run; <paramref name="SameFormat"/> for a format's own same-format run (a clean-up, a re-export).</summary>
internal sealed record ConversionRoute(IExporter Exporter, IReadOnlyList<IPostTransform> Transforms, Func<Site, IDiagnosticSink, Site>? SiteTransform, bool SameFormat = false);
