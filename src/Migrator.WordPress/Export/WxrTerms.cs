using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>A term as written in the channel, with its id and its parent's slug (null at top level).</summary>
internal sealed record WxrTerm(Term Term, long Id, string? ParentSlug);

/// <summary>
/// The site's terms in the order WordPress writes them: <c>wp:category</c>, then <c>wp:tag</c>, then <c>wp:term</c>
/// (custom taxonomies, then <c>nav_menu</c>); within a taxonomy parents before children (source order otherwise).
/// Every term gets an id unique in its taxonomy (its own when it has one that is free there). A parent that is missing, or in a loop, is dropped
/// and reported.
/// </summary>
internal sealed class WxrTerms
{
    public WxrTerms(IReadOnlyList<Term> terms, IDiagnosticSink diagnostics)
    {
        // Ids are unique within a taxonomy; the same id in two taxonomies is a shared term (WordPress before 4.2).
        var usedIds = new HashSet<long>(terms.Where(t => t.Id > 0).Select(t => t.Id!.Value));
        var nextId = usedIds.Count == 0 ? 1 : usedIds.Max() + 1;
        var given = new HashSet<(string, long)>();
        var ids = new Dictionary<Term, long>(ReferenceEqualityComparer.Instance);
        foreach (var t in terms)
            ids[t] = t.Id is long id && id > 0 && given.Add((t.Taxonomy, id)) ? id : nextId++;

        var taxonomies = terms.Select(t => t.Taxonomy).Distinct(StringComparer.Ordinal).ToList();
        Categories = Ordered(terms, Taxonomies.Category, ids, diagnostics);
        Tags = Ordered(terms, Taxonomies.Tag, ids, diagnostics);
        Others =
        [
            .. taxonomies.Where(x => x is not (Taxonomies.Category or Taxonomies.Tag or Taxonomies.NavMenu))
                .SelectMany(x => Ordered(terms, x, ids, diagnostics)),
            .. Ordered(terms, Taxonomies.NavMenu, ids, diagnostics),
        ];
    }

    public IReadOnlyList<WxrTerm> Categories { get; }
    public IReadOnlyList<WxrTerm> Tags { get; }
    public IReadOnlyList<WxrTerm> Others { get; }

    private static List<WxrTerm> Ordered(IReadOnlyList<Term> all, string taxonomy, Dictionary<Term, long> ids, IDiagnosticSink diagnostics)
    {
        var terms = all.Where(t => string.Equals(t.Taxonomy, taxonomy, StringComparison.Ordinal)).ToList();
        var bySlug = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var t in terms)
            bySlug.TryAdd(t.Slug, t);
        var parentOf = new Dictionary<Term, Term?>(ReferenceEqualityComparer.Instance);
        foreach (var t in terms)
        {
            Term? parent = null;
            if (!string.IsNullOrEmpty(t.ParentSlug))
            {
                if (bySlug.TryGetValue(t.ParentSlug, out var p) && !ReferenceEquals(p, t))
                    parent = p;
                else
                    diagnostics.Report(WxrWriteDiagnostics.TermParentMissing(taxonomy, t.Slug, t.ParentSlug));
            }
            parentOf[t] = parent;
        }

        var placed = new HashSet<Term>(ReferenceEqualityComparer.Instance);
        var result = new List<WxrTerm>(terms.Count);
        while (result.Count < terms.Count)
        {
            var progress = false;
            foreach (var t in terms)
            {
                if (placed.Contains(t) || (parentOf[t] is { } p && !placed.Contains(p)))
                    continue;
                placed.Add(t);
                result.Add(new WxrTerm(t, ids[t], parentOf[t]?.Slug));
                progress = true;
            }
            if (progress)
                continue;
            var stuck = terms.First(t => !placed.Contains(t));
            diagnostics.Report(WxrWriteDiagnostics.TermParentMissing(taxonomy, stuck.Slug, stuck.ParentSlug ?? ""));
            parentOf[stuck] = null;
        }
        return result;
    }
}
