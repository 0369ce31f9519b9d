using Migrator.Core.Publishing;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Export;

/// <summary>What the planner decided for a post, which the front matter records.</summary>
internal sealed record HugoPageDecision(
    string Slug,
    string? Url,
    IReadOnlyList<string> Aliases,
    bool Draft,
    string? Type,
    bool IncludePrivateData);

/// <summary>
/// Builds a post's Hugo front matter fields (docs/hugo.md#front-matter-fields) and writes them as YAML or TOML. Order: title, date,
/// lastmod, draft, slug, url, aliases, type, taxonomies, summary, author, Disqus keys, wordpress_id, the source's own
/// fields, then kept meta under <c>meta</c>. Never <c>published</c> with a non-date value (docs/hugo.md#front-matter-fields).
/// </summary>
internal static class HugoFrontMatterBuilder
{
    /// <summary>Keys this writer owns; a source field of the same name (Hugo compares keys case-insensitively) is renamed.</summary>
    private static readonly HashSet<string> OwnKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "lastmod", "modified", "draft", "slug", "url", "aliases", "categories", "tags", "summary",
        "author", "disqus_identifier", "disqus_url", "dsq_thread_id", "wordpress_id", "meta",
    };

    /// <summary>Keys Hugo parses as dates: a source field there that is not a date would fail the build.</summary>
    private static readonly HashSet<string> HugoDateKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "publishdate", "pubdate", "published", "expirydate", "unpublishdate",
    };

    public static List<KeyValuePair<string, object?>> Build(Post post, HugoPageDecision decision, IDiagnosticSink diagnostics)
    {
        var fields = new List<KeyValuePair<string, object?>> { new("title", post.Title) };
        if (post.Date is { } date)
            fields.Add(new("date", date));
        if (post.Modified is { } modified && modified != post.Date)
            fields.Add(new("lastmod", modified));
        if (decision.Draft)
            fields.Add(new("draft", true));
        fields.Add(new("slug", decision.Slug));
        if (decision.Url is not null)
            fields.Add(new("url", decision.Url));
        if (decision.Aliases.Count > 0)
            fields.Add(new("aliases", decision.Aliases.ToList()));
        if (decision.Type is not null)
            fields.Add(new("type", decision.Type));
        AddTerms(post, fields);
        if (!string.IsNullOrEmpty(post.Excerpt))
            fields.Add(new("summary", post.Excerpt));
        if (!string.IsNullOrEmpty(post.Author))
            fields.Add(new("author", post.Author));
        DisqusFields.AddTo(fields, post.Thread);
        if (post.Id is { } id)
            fields.Add(new("wordpress_id", id));
        // The featured image as Hugo's own templates read it (.Params.images: Open Graph and Twitter cards).
        if (post.FeaturedImage is { } image && !post.Extra.Any(e => string.Equals(e.Key, "images", StringComparison.OrdinalIgnoreCase)))
            fields.Add(new("images", new List<object?> { image }));
        AddSourceFields(post, fields, diagnostics);
        AddMeta(post, decision.IncludePrivateData, fields, diagnostics);
        return fields;
    }

    /// <summary>The front matter block in the chosen syntax.</summary>
    public static string Write(IReadOnlyList<KeyValuePair<string, object?>> fields, FrontMatterSyntax syntax, SourceRef? where, IDiagnosticSink diagnostics)
    {
        if (syntax == FrontMatterSyntax.Toml)
        {
            var toml = TomlFrontMatterWriter.Write(fields);
            foreach (var key in toml.LeftOut)
                diagnostics.Report(HugoDiagnostics.ValueNotExpressible(where, key));
            return toml.Text;
        }
        return FrontMatterWriter.Write(fields.Select(f => new KeyValuePair<string, object?>(f.Key, ForYaml(f.Value))));
    }

    /// <summary>Dates as RFC 3339 plain scalars (a YAML timestamp Hugo reads with its offset), recursively.</summary>
    private static object? ForYaml(object? value) => value switch
    {
        DateTimeOffset d => new PlainScalar(HugoDates.Format(d)),
        string or null => value,
        IEnumerable<KeyValuePair<string, object?>> map => map.Select(kv => new KeyValuePair<string, object?>(kv.Key, ForYaml(kv.Value))).ToList(),
        System.Collections.IEnumerable seq => seq.Cast<object?>().Select(ForYaml).ToList(),
        _ => value,
    };

    private static void AddTerms(Post post, List<KeyValuePair<string, object?>> fields)
    {
        var categories = Names(post.TermsOf(Taxonomies.Category));
        if (categories.Count > 0)
            fields.Add(new("categories", categories));
        var tags = Names(post.TermsOf(Taxonomies.Tag));
        if (tags.Count > 0)
            fields.Add(new("tags", tags));
        foreach (var group in post.Terms.Where(t => HugoTaxonomies.IsCustom(t.Taxonomy)).GroupBy(t => t.Taxonomy, StringComparer.Ordinal))
            fields.Add(new(HugoTaxonomies.FrontMatterKey(group.Key), Names(group)));
        var formats = post.TermsOf(Taxonomies.PostFormat).Select(t => t.Slug.Replace("post-format-", "", StringComparison.Ordinal)).ToList();
        if (formats.Count > 0)
            fields.Add(new("post_format", formats[0]));
    }

    private static List<object?> Names(IEnumerable<TermRef> terms) =>
        [.. terms.Select(t => HugoTaxonomies.Value(t.Name, t.Slug)).Distinct(StringComparer.Ordinal).Select(n => (object?)n)];

    private static void AddSourceFields(Post post, List<KeyValuePair<string, object?>> fields, IDiagnosticSink diagnostics)
    {
        var taken = new HashSet<string>(fields.Select(f => f.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in post.Extra)
        {
            if (key is "aliases" or "redirect_from")
                continue; // merged into the aliases the planner wrote
            var name = key;
            var clashes = OwnKeys.Contains(key) || taken.Contains(key) ||
                          (HugoDateKeys.Contains(key) && !IsDate(value));
            if (clashes)
            {
                name = "source_" + key;
                diagnostics.Report(HugoDiagnostics.FieldKeptUnderOtherName(post.Source, key, name));
            }
            if (taken.Add(name))
                fields.Add(new(name, value));
        }
    }

    private static bool IsDate(object? value) => value switch
    {
        DateTimeOffset => true,
        YamlTimestamp t => HugoDates.Parse(t.Text, null) is not null,
        string s => HugoDates.Parse(s, null) is not null,
        _ => false,
    };

    private static void AddMeta(Post post, bool includePrivateData, List<KeyValuePair<string, object?>> fields, IDiagnosticSink diagnostics)
    {
        var meta = PostMetaSelection.Of(post, includePrivateData);
        if (meta.PrivateDropped.Count > 0)
            diagnostics.Report(CoreDiagnostics.PersonalMetaLeftOut(post.Source, meta.PrivateDropped));
        if (meta.Dropped.Count > 0)
            diagnostics.Report(HugoDiagnostics.MetaDropped(post.Source, meta.Dropped));
        if (meta.Kept.Count > 0)
            fields.Add(new("meta", meta.Kept));
    }
}
