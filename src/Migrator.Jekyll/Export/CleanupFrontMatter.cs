using System.Globalization;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Text;

namespace Migrator.Jekyll.Export;

/// <summary>
/// What the clean-up changes in a file's front matter, and why (each change named for the audit note).
/// <see cref="Keys"/> go to <see cref="Cleanup.FrontMatterPatch"/>; <see cref="MetaThreadId"/> is written inside the
/// <c>meta:</c> map where jekyll-import put it.
/// </summary>
internal sealed record FrontMatterChanges(Dictionary<string, object?> Keys, object? MetaThreadId, IReadOnlyList<string> Notes)
{
    public bool Any => Keys.Count > 0 || MetaThreadId is not null;
}

/// <summary>
/// Compares the front matter a file says with the normalised post and keeps only the keys whose cleaned value differs:
/// <c>title</c> and <c>excerpt</c> (the model's decoded values), <c>description</c> (decoded like a title; the model
/// keeps it verbatim in <see cref="Post.Extra"/>), category and tag names (decoded, only when the model has the decoded
/// name), <c>dsq_thread_id</c> lists (one distinct value becomes that value, repeated values are dropped; top level or
/// inside <c>meta:</c>) and an empty <c>date:</c> (docs/jekyll.md#dates: it fails the build; the date Jekyll would otherwise use is
/// written). A decoded value that would bring a new <c>&lt;</c> is kept as written (<see cref="IsSafeChange"/>). Every other
/// key stays as written.
/// </summary>
internal static class CleanupFrontMatter
{
    public const string ThreadIdKey = "dsq_thread_id";

    public static FrontMatterChanges Compare(IReadOnlyList<KeyValuePair<string, object?>> fields, Post post)
    {
        var keys = new Dictionary<string, object?>(StringComparer.Ordinal);
        object? metaThreadId = null;
        var notes = new List<string>();
        foreach (var (key, value) in fields)
        {
            if (keys.ContainsKey(key))
                continue;
            (object? Value, string Note)? change = key switch
            {
                "title" when value is string s && IsSafeChange(s, post.Title) => (post.Title, "title entities"),
                "excerpt" when value is string s && post.Excerpt is { } e && IsSafeChange(s, e) => (e, "excerpt entities"),
                "description" when value is string s && HtmlEntities.Decode(s) is var d && IsSafeChange(s, d) => (d, "description entities"),
                "categories" or "category" => Terms(key, value, post, Taxonomies.Category),
                "tags" or "tag" => Terms(key, value, post, Taxonomies.Tag),
                ThreadIdKey => ThreadIds(value, post) is { } ids ? (ids.Value, $"dsq_thread_id {ids.Note}") : null,
                "date" when IsEmpty(value) && post.Date is { } date => (date, $"empty date → {FrontMatterWriter.FormatDate(date)}"),
                _ => null,
            };
            if (change is { } found)
            {
                keys[key] = found.Value;
                notes.Add(found.Note);
            }
            else if (key == "meta" && value is List<KeyValuePair<string, object?>> meta &&
                     meta.FirstOrDefault(kv => kv.Key == ThreadIdKey) is { Key: not null } entry &&
                     ThreadIds(entry.Value, post) is { } metaIds)
            {
                metaThreadId = metaIds.Value;
                notes.Add($"meta dsq_thread_id {metaIds.Note}");
            }
        }
        return new FrontMatterChanges(keys, metaThreadId, notes);
    }

    /// <summary>
    /// A different value that brings no new <c>&lt;</c>: themes that print <c>{{ page.title }}</c> unescaped show
    /// <c>&amp;lt;select&amp;gt;</c> as text but would take a decoded <c>&lt;select&gt;</c> for a tag, so such a value is kept.
    /// </summary>
    private static bool IsSafeChange(string before, string after) =>
        !string.Equals(before, after, StringComparison.Ordinal) && after.Count(c => c == '<') <= before.Count(c => c == '<');

    /// <summary>True for <c>date:</c> with nothing after it (or only an empty string), which Jekyll rejects.</summary>
    public static bool IsEmpty(object? value) => value is null || value is string s && s.Trim().Length == 0;

    // Names decoded like the model's term names; a changed name must be one the model has, else the key is kept.
    private static (object? Value, string Note)? Terms(string key, object? value, Post post, string taxonomy)
    {
        var names = post.TermsOf(taxonomy).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var what = taxonomy == Taxonomies.Tag ? "tag entities" : "category entities";
        switch (value)
        {
            case string s:
                var decoded = HtmlEntities.Decode(s);
                if (!IsSafeChange(s, decoded))
                    return null;
                // `categories: A B` is split on spaces; `category: A B` is one name.
                var parts = key is "categories" or "tags" ? Split(decoded) : [decoded];
                var partsBefore = key is "categories" or "tags" ? Split(s).Length : 1;
                return parts.Length == partsBefore && parts.All(names.Contains) ? (decoded, what) : null;
            case List<object?> list:
                var changed = false;
                var cleaned = new List<object?>(list.Count);
                foreach (var item in list)
                {
                    if (item is string name && HtmlEntities.Decode(name) is var d && IsSafeChange(name, d))
                    {
                        if (!names.Contains(d))
                            return null;
                        cleaned.Add(d);
                        changed = true;
                    }
                    else
                        cleaned.Add(item);
                }
                return changed ? (cleaned, what) : null;
            default:
                return null;
        }
    }

    private static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A <c>dsq_thread_id</c> list as the model has it (distinct, trimmed, non-empty): one value when there is one, the
    /// distinct list when values repeated; null when nothing changes or a value is not one the model holds.
    /// </summary>
    private static (object Value, string Note)? ThreadIds(object? value, Post post)
    {
        if (value is not List<object?> list)
            return null;
        var ids = new List<string>();
        foreach (var item in list)
        {
            var text = item switch
            {
                string s => s.Trim(),
                long n => n.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is null)
                return null;
            if (text.Length > 0 && !ids.Contains(text, StringComparer.Ordinal))
                ids.Add(text);
        }
        var known = post.Thread?.ThreadIds ?? [];
        if (ids.Count == 0 || !ids.All(id => known.Contains(id, StringComparer.Ordinal)))
            return null;
        if (ids.Count == 1)
            return (ids[0], "list → value");
        return ids.Count < list.Count ? (ids.Cast<object?>().ToList(), "repeated values removed") : null;
    }
}
