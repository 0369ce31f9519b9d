using Migrator.Core.PermalinkSites;

namespace Migrator.Astro.Export;

/// <summary>
/// Writes an Astro site (docs/astro.md): items as Markdown entries of a content collection (<c>src/content/items/</c>)
/// whose schema every written front matter satisfies, each at its old address by its <c>permalink</c>, drafts with no
/// page, comments as a data collection, and the pages and configuration that build it. Files served as they are go to
/// <c>public/</c>.
/// </summary>
public sealed class AstroExporter(PermalinkSiteOptions options) : PermalinkSiteExporter(AstroSite.Instance, options)
{
    public AstroExporter() : this(new PermalinkSiteOptions())
    {
    }
}
