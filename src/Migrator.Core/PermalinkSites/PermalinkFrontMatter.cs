using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.Core.PermalinkSites;

/// <summary>
/// A post's front matter on a permalink site: title, dates, the format's address fields, kind, tags and categories, then
/// what the old site knew (excerpt, author, slug, Disqus keys, ids), the source's own fields, and kept meta under
/// <c>meta</c>. A source field whose name the generator gives a meaning, or that Migrator writes, is kept as
/// <c>source_&lt;name&gt;</c> (SIT003).
/// </summary>
public static class PermalinkFrontMatter
{
    /// <summary>Keys this writer owns on every permalink site.</summary>
    private static readonly HashSet<string> Written = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "updated", "permalink", "draft", "tags", "categories", "excerpt", "author", "kind", "image",
        "disqus_identifier", "disqus_url", "dsq_thread_id", "wordpress_id", "meta", "post_format",
    };

    /// <summary>What the planner decided that the front matter records.</summary>
    /// <param name="Permalink">The decoded URL path, or null for an unpublished item.</param>
    /// <param name="Kind"><c>post</c>, <c>page</c> or the custom type's name (the home page lists posts).</param>
    /// <param name="Slug">The slug as written in the file name.</param>
    /// <param name="IncludePrivateData">Write meta holding visitors' data too.</param>
    public sealed record Decision(string? Permalink, string Kind, string Slug, bool IncludePrivateData);

    public static List<KeyValuePair<string, object?>> Build(Post post, Decision decision, PermalinkSiteFormat format, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(format);
        var fields = new List<KeyValuePair<string, object?>> { new("title", post.Title) };
        if (post.Date is { } date)
            fields.Add(new("date", Date(date)));
        if (post.Modified is { } modified && modified != post.Date)
            fields.Add(new("updated", Date(modified)));
        fields.AddRange(format.AddressFields(decision.Permalink));
        fields.Add(new("kind", decision.Kind));
        AddTerms(post, fields);
        if (!string.IsNullOrEmpty(post.Excerpt))
            fields.Add(new("excerpt", post.Excerpt));
        if (!string.IsNullOrEmpty(post.Author))
            fields.Add(new("author", post.Author));
        fields.Add(new(format.SlugKey, decision.Slug));
        if (post.FeaturedImage is { } image)
            fields.Add(new("image", image));
        DisqusFields.AddTo(fields, post.Thread);
        if (post.Id is { } id)
            fields.Add(new("wordpress_id", id));
        AddSourceFields(post, format, fields, diagnostics);
        AddMeta(post, decision.IncludePrivateData, fields, diagnostics);
        return fields;
    }

    /// <summary>RFC 3339 with the post's own offset: a timestamp js-yaml reads as a date.</summary>
    public static PlainScalar Date(DateTimeOffset date) =>
        new(date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    /// <summary>A key Migrator writes on this format's sites, or the generator reads itself.</summary>
    public static bool IsReserved(string key, PermalinkSiteFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Written.Contains(key) || string.Equals(key, format.SlugKey, StringComparison.OrdinalIgnoreCase) || format.IsReserved(key);
    }

    private static void AddTerms(Post post, List<KeyValuePair<string, object?>> fields)
    {
        var tags = Names(post.TermsOf(Taxonomies.Tag));
        if (tags.Count > 0)
            fields.Add(new("tags", tags));
        var categories = Names(post.TermsOf(Taxonomies.Category));
        if (categories.Count > 0)
            fields.Add(new("categories", categories));
        foreach (var group in post.Terms.Where(t => t.Taxonomy is not (Taxonomies.Tag or Taxonomies.Category or Taxonomies.PostFormat))
                     .GroupBy(t => t.Taxonomy, StringComparer.Ordinal))
        {
            var key = "taxonomy_" + group.Key;
            if (!fields.Any(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)))
                fields.Add(new(key, Names(group)));
        }
        var format = post.TermsOf(Taxonomies.PostFormat).Select(t => t.Slug.Replace("post-format-", "", StringComparison.Ordinal)).FirstOrDefault();
        if (format is not null)
            fields.Add(new("post_format", format));
    }

    private static List<object?> Names(IEnumerable<TermRef> terms) =>
        [.. terms.Select(t => string.IsNullOrWhiteSpace(t.Name) ? t.Slug : t.Name).Distinct(StringComparer.Ordinal).Select(n => (object?)n)];

    private static void AddSourceFields(Post post, PermalinkSiteFormat format, List<KeyValuePair<string, object?>> fields, IDiagnosticSink diagnostics)
    {
        var taken = new HashSet<string>(fields.Select(f => f.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in post.Extra)
        {
            var name = key;
            if (IsReserved(key, format) || taken.Contains(key))
            {
                name = "source_" + key;
                diagnostics.Report(PermalinkSiteDiagnostics.FieldRenamed(post.Source, format.DisplayName, key, name));
            }
            if (taken.Add(name))
                fields.Add(new(name, value));
        }
    }

    private static void AddMeta(Post post, bool includePrivateData, List<KeyValuePair<string, object?>> fields, IDiagnosticSink diagnostics)
    {
        var meta = PostMetaSelection.Of(post, includePrivateData);
        if (meta.PrivateDropped.Count > 0)
            diagnostics.Report(CoreDiagnostics.PersonalMetaLeftOut(post.Source, meta.PrivateDropped));
        if (meta.Dropped.Count > 0)
            diagnostics.Report(PermalinkSiteDiagnostics.MetaDropped(post.Source, meta.Dropped));
        if (meta.Kept.Count > 0)
            fields.Add(new("meta", meta.Kept));
    }
}
