using Migrator.Core.PermalinkSites;

namespace Migrator.Eleventy.Export;

/// <summary>
/// Writes an Eleventy 3 site that builds with no theme (docs/eleventy.md): items as Markdown (or HTML) files under
/// <c>content/</c>, each at its old address by its <c>permalink</c>, drafts with <c>permalink: false</c>, comments as
/// template data, and <c>eleventy.config.js</c> with a minimal layout. Files served as they are go to <c>public/</c>.
/// </summary>
public sealed class EleventyExporter(PermalinkSiteOptions options) : PermalinkSiteExporter(EleventySite.Instance, options)
{
    public EleventyExporter() : this(new PermalinkSiteOptions())
    {
    }
}
