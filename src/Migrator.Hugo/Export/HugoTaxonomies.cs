using Migrator.Core.Model;

namespace Migrator.Hugo.Export;

/// <summary>
/// WordPress taxonomies in Hugo: categories and tags are Hugo's defaults; post formats are not a taxonomy
/// (trap 12, written as <c>post_format</c>); menus are not content; any other taxonomy is declared under
/// <c>[taxonomies]</c> with its WordPress name and written under that front matter key.
/// </summary>
internal static class HugoTaxonomies
{
    public static bool IsCustom(string taxonomy) =>
        taxonomy is not (Taxonomies.Category or Taxonomies.Tag or Taxonomies.PostFormat or Taxonomies.NavMenu) &&
        taxonomy.Length > 0;

    /// <summary>
    /// The front matter key (and <c>[taxonomies]</c> name): the taxonomy name made a safe TOML bare key, prefixed with
    /// <c>taxonomy_</c> when Hugo or this exporter already uses the name (Co-Authors Plus's <c>author</c>).
    /// </summary>
    public static string FrontMatterKey(string taxonomy)
    {
        var key = new string([.. taxonomy.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return Reserved.Contains(key) ? "taxonomy_" + key : key;
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "lastmod", "modified", "draft", "slug", "url", "aliases", "type", "layout", "summary", "author",
        "categories", "tags", "meta", "params", "weight", "description", "keywords", "publishdate", "pubdate", "published",
        "expirydate", "unpublishdate", "build", "_build", "cascade", "outputs", "resources", "markup", "headless",
        "disqus_identifier", "disqus_url", "dsq_thread_id", "wordpress_id", "post_format", "sitemap", "linktitle",
    };
}
