using Migrator.Core.Publishing;
using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Export;

/// <summary>What the front matter of one item depends on besides the post itself.</summary>
internal sealed record FrontMatterInput(
    string Layout,
    DateTimeOffset? Date,
    string? Permalink,
    IReadOnlyList<string> RedirectFrom,
    bool Unpublished,
    bool DisableLiquid,
    bool HasComments,
    bool IncludePrivateData);

/// <summary>
/// Builds a post's front matter in a fixed order: layout, title, date, author, categories, tags, excerpt, image,
/// wordpress_id, wordpress_url, permalink, redirect_from, published, dsq_thread_id, disqus_identifier, disqus_url, comment_status,
/// render_with_liquid, sticky, menu_order; then (<see cref="JekyllDocument"/>) comments_key; then taxonomies, meta,
/// and the source's own extra keys as they were.
/// </summary>
internal static class JekyllFrontMatter
{
    private const string ThreadIdKey = "dsq_thread_id";

    public static (List<KeyValuePair<string, object?>> Head, List<KeyValuePair<string, object?>> Tail) Build(
        Post post, Site site, FrontMatterInput input, IDiagnosticSink diagnostics)
    {
        var head = new List<KeyValuePair<string, object?>>
        {
            new("layout", input.Layout),
            new("title", post.Title),
        };
        if (input.Date is { } date)
            head.Add(new("date", date));
        if (AuthorName(post, site) is { } author)
            head.Add(new("author", author));
        AddNames(head, "categories", post.TermsOf(Taxonomies.Category));
        AddNames(head, "tags", post.TermsOf(Taxonomies.Tag));
        if (!string.IsNullOrWhiteSpace(post.Excerpt))
            head.Add(new("excerpt", LineEndings.ToLf(post.Excerpt)));

        if (post.FeaturedImage is { } image)
            head.Add(new("image", image));
        if (post.Id is { } id)
            head.Add(new("wordpress_id", id));
        if (!string.IsNullOrEmpty(post.Guid))
            head.Add(new("wordpress_url", post.Guid));
        if (input.Permalink is not null)
            head.Add(new("permalink", input.Permalink));
        if (input.RedirectFrom.Count > 0)
            head.Add(new("redirect_from", input.RedirectFrom.ToArray()));
        if (input.Unpublished)
            head.Add(new("published", false));
        AddThread(head, post);
        if (string.Equals(post.CommentStatus, "closed", StringComparison.Ordinal))
            head.Add(new("comment_status", "closed"));
        if (input.DisableLiquid)
            head.Add(new("render_with_liquid", false));
        if (post.Sticky)
            head.Add(new("sticky", true));
        if (post.MenuOrder != 0)
            head.Add(new("menu_order", post.MenuOrder));

        var tail = new List<KeyValuePair<string, object?>>();
        if (OtherTaxonomies(post) is { Count: > 0 } taxonomies)
            tail.Add(new("taxonomies", taxonomies));
        var meta = PostMetaSelection.Of(post, input.IncludePrivateData);
        if (meta.PrivateDropped.Count > 0)
            diagnostics.Report(CoreDiagnostics.PersonalMetaLeftOut(post.Source, meta.PrivateDropped));
        if (meta.Kept.Count > 0)
            tail.Add(new("meta", meta.Kept));
        if (meta.Dropped.Count > 0)
            diagnostics.Report(JekyllWriteDiagnostics.InternalMetaDropped(post.Source, meta.Dropped));
        AddExtra(head, tail, post, input.HasComments, diagnostics);
        return (head, tail);
    }

    private static string? AuthorName(Post post, Site site)
    {
        if (string.IsNullOrEmpty(post.Author))
            return null;
        var known = site.Authors.FirstOrDefault(a => string.Equals(a.Login, post.Author, StringComparison.Ordinal));
        return string.IsNullOrWhiteSpace(known?.DisplayName) ? post.Author : known.DisplayName;
    }

    private static void AddNames(List<KeyValuePair<string, object?>> fields, string key, IEnumerable<TermRef> terms)
    {
        var names = terms.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length > 0)
            fields.Add(new(key, names));
    }

    /// <summary>
    /// Disqus: the numeric thread ids (one as a string, several as a list: docs/disqus.md#thread-ids-and-identifiers), the identifier the
    /// WordPress plugin sent and its URL, so that an include passing them keeps the old threads attached.
    /// </summary>
    private static void AddThread(List<KeyValuePair<string, object?>> fields, Post post)
    {
        var ids = (post.Thread?.ThreadIds ?? [])
            .Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 1)
            fields.Add(new(ThreadIdKey, ids[0]));
        else if (ids.Length > 1)
            fields.Add(new(ThreadIdKey, ids));
        if (!string.IsNullOrEmpty(post.Thread?.Identifier))
            fields.Add(new("disqus_identifier", post.Thread.Identifier));
        if (!string.IsNullOrEmpty(post.Thread?.Url))
            fields.Add(new("disqus_url", post.Thread.Url));
    }

    /// <summary>Terms of taxonomies other than categories, tags and menus, by taxonomy: names, in order.</summary>
    private static List<KeyValuePair<string, object?>> OtherTaxonomies(Post post) =>
    [
        .. post.Terms
            .Where(t => t.Taxonomy is not (Taxonomies.Category or Taxonomies.Tag or Taxonomies.NavMenu))
            .GroupBy(t => t.Taxonomy, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, object?>(g.Key, g.Select(t => t.Name).Distinct(StringComparer.Ordinal).ToArray())),
    ];

    /// <summary>
    /// The source's own keys, after ours, as they were. One with the same name as a key written here is dropped when
    /// its value is the same, and otherwise kept under <c>source_&lt;key&gt;</c> and reported.
    /// </summary>
    private static void AddExtra(
        List<KeyValuePair<string, object?>> head, List<KeyValuePair<string, object?>> tail, Post post, bool hasComments, IDiagnosticSink diagnostics)
    {
        var taken = head.Concat(tail).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (hasComments)
            taken[JekyllDocument.CommentsKeyField] = null;
        foreach (var (key, value) in post.Extra)
        {
            if (!taken.TryGetValue(key, out var ours))
            {
                tail.Add(new(key, value));
                taken[key] = value;
                continue;
            }
            if (SameScalar(ours, value) || AlreadyRedirected(key, ours, value))
                continue;
            var renamed = "source_" + key;
            while (taken.ContainsKey(renamed))
                renamed = "source_" + renamed;
            diagnostics.Report(JekyllWriteDiagnostics.ExtraKeyRenamed(post.Source, key, renamed));
            tail.Add(new(renamed, value));
            taken[renamed] = value;
        }
    }

    /// <summary>The source's own <c>redirect_from</c>, when ours (built from every old URL, the source's redirects included) holds all of it.</summary>
    private static bool AlreadyRedirected(string key, object? ours, object? theirs)
    {
        if (key != "redirect_from" || ours is not string[] written)
            return false;
        var values = theirs switch
        {
            string one => [one],
            IEnumerable<object?> many => [.. many],
            _ => new List<object?> { theirs },
        };
        return values.All(v => v is string s && (written.Contains(s.Trim(), StringComparer.Ordinal)
            || written.Contains(Uri.UnescapeDataString(s.Trim()), StringComparer.Ordinal)));
    }

    private static bool SameScalar(object? ours, object? theirs) =>
        Equals(ours, theirs) ||
        (ours is string or long or int or bool && theirs is string or long or int or bool &&
         string.Equals(Convert.ToString(ours, CultureInfo.InvariantCulture), Convert.ToString(theirs, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase));
}
