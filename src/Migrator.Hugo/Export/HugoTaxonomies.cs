using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Migrator.Core.Model;
using Migrator.Core.Text;

namespace Migrator.Hugo.Export;

/// <summary>
/// WordPress taxonomies in Hugo: categories and tags are Hugo's defaults; post formats are not a taxonomy
/// (docs/hugo.md#taxonomies; written as <c>post_format</c>); menus are not content; any other taxonomy is declared under
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

    /// <summary>The taxonomy's section in Hugo (its plural name): <c>categories</c>, <c>tags</c>, or the custom key.</summary>
    public static string Section(string taxonomy) => taxonomy switch
    {
        Taxonomies.Category => "categories",
        Taxonomies.Tag => "tags",
        _ => FrontMatterKey(taxonomy),
    };

    /// <summary>
    /// What a post's front matter names a term by. Hugo shows that value and makes the term page's path from it, so it
    /// is the term's name, unless the path Hugo would make of the name does not work as a URL (<c>C#</c>: a browser reads
    /// <c>#</c> as a fragment; <c>..</c>, <c>.NET</c>, <c>a/b</c>: dot folders and nested paths; nothing left at all):
    /// then the term's slug, and <see cref="NeedsTermPage"/> says a term page must carry the name as its title.
    /// </summary>
    public static string Value(string name, string slug) => UsablePath(name) ? name : SafeSlug(name, slug);

    /// <summary>True when the term is written by its slug and needs <c>content/&lt;section&gt;/&lt;slug&gt;/_index.md</c> titled with its name.</summary>
    public static bool NeedsTermPage(string name) => !UsablePath(name);

    private static bool UsablePath(string text)
    {
        var path = Migrator.Hugo.HugoPaths.MakePath(text, disablePathToLower: true);
        return path.Length > 0 && path[0] != '.' && path.IndexOfAny(['#', '/', '\\']) < 0;
    }

    private static string SafeSlug(string name, string slug)
    {
        foreach (var candidate in new[] { PercentDecoding.Decode(slug), WordPressSlug.FromTitle(name) })
        {
            if (UsablePath(candidate))
                return Migrator.Hugo.HugoPaths.MakePath(candidate, disablePathToLower: true);
        }
        var hash = XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(name));
        return "term-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "lastmod", "modified", "draft", "slug", "url", "aliases", "type", "layout", "summary", "author",
        "categories", "tags", "meta", "params", "weight", "description", "keywords", "publishdate", "pubdate", "published",
        "expirydate", "unpublishdate", "build", "_build", "cascade", "outputs", "resources", "markup", "headless",
        "disqus_identifier", "disqus_url", "dsq_thread_id", "wordpress_id", "post_format", "sitemap", "linktitle",
    };
}
