using System.Text;
using System.Xml.Linq;
using Migrator.Core.Text;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Import;

/// <summary>
/// An item's <c>&lt;category domain="…" nicename="…"&gt;Name&lt;/category&gt;</c> elements as term references
/// (docs/wordpress-wxr.md#terms-on-items): slugs decoded, names raw, WXR 1.0 <c>tag</c> mapped to <c>post_tag</c>, and WXR 1.0's
/// attribute-less duplicates dropped when a twin with a nicename exists.
/// </summary>
internal static class WxrItemTerms
{
    public static IReadOnlyList<TermRef> Read(IReadOnlyList<XElement> categories, WxrValues values, ItemPlace place,
        List<Diagnostic> diagnostics)
    {
        if (categories.Count == 0)
            return [];
        var read = categories.Select(c => (
                Taxonomy: TaxonomyOf((string?)c.Attribute("domain")),
                HasDomain: c.Attribute("domain") is not null,
                Nicename: (string?)c.Attribute("nicename"),
                Name: values.Text(c)))
            .ToList();
        var terms = new List<TermRef>();
        foreach (var (taxonomy, hasDomain, nicename, name) in read)
        {
            TermRef term;
            if (!string.IsNullOrEmpty(nicename))
            {
                var slug = PercentDecoding.Decode(nicename.Trim(), out var invalid);
                if (invalid)
                    diagnostics.Add(WxrDiagnostics.SlugNotUtf8(place, "category nicename", nicename));
                term = new TermRef(taxonomy, slug, name);
            }
            else
            {
                var hasTwin = read.Any(other => !string.IsNullOrEmpty(other.Nicename)
                    && string.Equals(other.Name, name, StringComparison.Ordinal)
                    && (!hasDomain || string.Equals(other.Taxonomy, taxonomy, StringComparison.Ordinal)));
                if (hasTwin)
                    continue;
                term = new TermRef(taxonomy, SlugFromName(name), name);
                diagnostics.Add(WxrDiagnostics.CategoryWithoutNicename(place, name, taxonomy, term.Slug));
            }
            if (!terms.Any(t => t.Taxonomy == term.Taxonomy && t.Slug == term.Slug && t.Name == term.Name))
                terms.Add(term);
        }
        return terms;
    }

    /// <summary>The taxonomy a <c>domain</c> names; WXR 1.0 wrote <c>tag</c> for <c>post_tag</c>, no domain means category.</summary>
    public static string TaxonomyOf(string? domain) => domain?.Trim() switch
    {
        null or "" => Taxonomies.Category,
        "tag" => Taxonomies.Tag,
        var other => other,
    };

    /// <summary>
    /// A plain slug for a term name that came without one: lower case, white space and dashes to single dashes, other
    /// punctuation dropped, letters of every script kept. (Not WordPress's sanitize_title; reported where used.)
    /// </summary>
    public static string SlugFromName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '_')
                sb.Append(c);
            else if ((char.IsWhiteSpace(c) || c == '-') && sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        return sb.ToString().TrimEnd('-');
    }
}
