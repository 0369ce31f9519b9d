using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.Astro.Export;

/// <summary>
/// A post's Astro front matter (docs/astro.md#front-matter), every field of which the written content schema accepts:
/// title, date, permalink (or <c>null</c> with <c>draft: true</c> for an unpublished item), kind, tags and categories,
/// then what the old site knew (excerpt, author, Disqus keys, ids), the source's own fields, and kept meta under
/// <c>meta</c>. A source field whose name Migrator writes or Astro reads is kept as <c>source_&lt;name&gt;</c>.
/// </summary>
internal static class AstroFrontMatter
{
    /// <summary>Keys this writer owns (the schema types them), and keys Astro reads itself (docs/astro.md#front-matter).</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "date", "updated", "permalink", "draft", "tags", "categories", "excerpt", "author", "wp_slug",
        "kind", "image", "disqus_identifier", "disqus_url", "dsq_thread_id", "wordpress_id", "meta", "post_format",
        "slug", "layout",
    };

    /// <summary>What the planner decided that the front matter records.</summary>
    /// <param name="Permalink">The decoded URL path, or null for an unpublished item.</param>
    /// <param name="Kind"><c>post</c>, <c>page</c> or the custom type's name (the home page lists posts).</param>
    /// <param name="Slug">The slug as written in the file name.</param>
    /// <param name="IncludePrivateData">Write meta holding visitors' data too.</param>
    public sealed record Decision(string? Permalink, string Kind, string Slug, bool IncludePrivateData);

    public static List<KeyValuePair<string, object?>> Build(Post post, Decision decision, IDiagnosticSink diagnostics)
    {
        var fields = new List<KeyValuePair<string, object?>> { new("title", post.Title) };
        if (post.Date is { } date)
            fields.Add(new("date", Date(date)));
        if (post.Modified is { } modified && modified != post.Date)
            fields.Add(new("updated", Date(modified)));
        fields.Add(new("permalink", decision.Permalink));
        if (decision.Permalink is null)
            fields.Add(new("draft", true));
        fields.Add(new("kind", decision.Kind));
        AddTerms(post, fields);
        if (!string.IsNullOrEmpty(post.Excerpt))
            fields.Add(new("excerpt", post.Excerpt));
        if (!string.IsNullOrEmpty(post.Author))
            fields.Add(new("author", post.Author));
        fields.Add(new("wp_slug", decision.Slug));
        if (post.FeaturedImage is { } image)
            fields.Add(new("image", image));
        AddDisqus(post, fields);
        if (post.Id is { } id)
            fields.Add(new("wordpress_id", id));
        AddSourceFields(post, fields, diagnostics);
        AddMeta(post, decision.IncludePrivateData, fields, diagnostics);
        return fields;
    }

    /// <summary>RFC 3339 with the post's own offset; the schema coerces it to a date.</summary>
    public static PlainScalar Date(DateTimeOffset date) =>
        new(date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    /// <summary>The front matter block.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields) => FrontMatterWriter.Write(fields);

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

    private static void AddDisqus(Post post, List<KeyValuePair<string, object?>> fields)
    {
        if (!string.IsNullOrEmpty(post.Thread?.Identifier))
            fields.Add(new("disqus_identifier", post.Thread.Identifier));
        if (!string.IsNullOrEmpty(post.Thread?.Url))
            fields.Add(new("disqus_url", post.Thread.Url));
        var threadIds = (post.Thread?.ThreadIds ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        if (threadIds.Count == 1)
            fields.Add(new("dsq_thread_id", threadIds[0]));
        else if (threadIds.Count > 1)
            fields.Add(new("dsq_thread_id", threadIds.Select(v => (object?)v).ToList()));
    }

    private static void AddSourceFields(Post post, List<KeyValuePair<string, object?>> fields, IDiagnosticSink diagnostics)
    {
        var taken = new HashSet<string>(fields.Select(f => f.Key), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in post.Extra)
        {
            var name = key;
            if (IsReserved(key) || taken.Contains(key))
            {
                name = "source_" + key;
                diagnostics.Report(AstroDiagnostics.FieldRenamed(post.Source, key, name));
            }
            if (taken.Add(name))
                fields.Add(new(name, value));
        }
    }

    /// <summary>A key Migrator writes or Astro reads itself.</summary>
    internal static bool IsReserved(string key) => Reserved.Contains(key);

    private static void AddMeta(Post post, bool includePrivateData, List<KeyValuePair<string, object?>> fields, IDiagnosticSink diagnostics)
    {
        var meta = PostMetaSelection.Of(post, includePrivateData);
        if (meta.PrivateDropped.Count > 0)
            diagnostics.Report(CoreDiagnostics.PersonalMetaLeftOut(post.Source, meta.PrivateDropped));
        if (meta.Dropped.Count > 0)
            diagnostics.Report(AstroDiagnostics.MetaDropped(post.Source, meta.Dropped));
        if (meta.Kept.Count > 0)
            fields.Add(new("meta", meta.Kept));
    }
}
