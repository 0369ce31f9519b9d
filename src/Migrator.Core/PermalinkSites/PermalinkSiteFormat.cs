using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Output;

namespace Migrator.Core.PermalinkSites;

/// <summary>
/// What a static site generator that places each page by a <c>permalink</c> field (Eleventy, Astro) supplies to the
/// shared writer, <see cref="PermalinkSiteExporter"/>: where its files go, how its front matter marks an address and an
/// unpublished item, which keys it reserves, how it renders Markdown, and its site-wide files. Everything else (which
/// items are published, the address kept from the old URL, numbering taken addresses and file names, comments as JSON,
/// the common front matter) is the same for every such format (docs/architecture.md#permalink-sites).
/// </summary>
public abstract class PermalinkSiteFormat
{
    /// <summary>The format's name on the command line (<c>eleventy</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The generator's name in notes (<c>Eleventy</c>).</summary>
    public abstract string DisplayName { get; }

    /// <summary>The folder whose files the site serves as they are (media, <c>_redirects</c>, <c>.htaccess</c>).</summary>
    public virtual string PublishedRoot => "public";

    /// <summary>The Markdown the generator renders, which converted bodies are judged by.</summary>
    public abstract MarkdownFlavor Flavor { get; }

    /// <summary>True when the generator builds <c>.html</c> content files, so <c>--body html</c> can be followed.</summary>
    public abstract bool BuildsHtmlFiles { get; }

    /// <summary>An item's content file, relative to the output: <paramref name="folder"/> is <c>posts</c>, <c>pages</c> or <c>types/&lt;name&gt;</c>.</summary>
    public abstract string ContentFile(string folder, string slug, string extension);

    /// <summary>The comments data file that belongs to a content file.</summary>
    public abstract string CommentsFileOf(string contentFile);

    /// <summary>How an unpublished item is written, for the audit's note (<c>written with permalink: false</c>).</summary>
    public abstract string UnpublishedNote { get; }

    /// <summary>
    /// The front matter fields that place the item: its permalink, or (for null) what keeps an unpublished item from
    /// being built and listed; and any field every item needs (a layout).
    /// </summary>
    public abstract IEnumerable<KeyValuePair<string, object?>> AddressFields(string? permalink);

    /// <summary>The key the slug is recorded under (the generator may read <c>slug</c> itself).</summary>
    public virtual string SlugKey => "slug";

    /// <summary>A source field name the generator gives a meaning to (besides the keys Migrator writes).</summary>
    public abstract bool IsReserved(string key);

    /// <summary>The HTML body before conversion to Markdown; may rewrite what the generator cannot build.</summary>
    public virtual string PrepareHtml(Post post, string html, IDiagnosticSink diagnostics) => html;

    /// <summary>Writes the site-wide files after the last item; <paramref name="frontPageTaken"/> when an item is at <c>/</c>.</summary>
    public abstract void WriteSiteFiles(OutputFolder output, Site site, string? siteUrl, bool frontPageTaken);
}
