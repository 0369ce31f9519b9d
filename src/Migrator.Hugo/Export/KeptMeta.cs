using Migrator.Core.Model;

namespace Migrator.Hugo.Export;

/// <summary>
/// Which post meta goes into the front matter (under <c>meta</c>, a repeated key as a list): everything except the
/// WordPress internals that mean nothing on a static site (editing locks, trash and upload bookkeeping, the default page
/// template), which are dropped and named in one diagnostic. Same rules as the Jekyll exporter.
/// <c>dsq_thread_id</c> and <c>_wp_old_slug</c> are written elsewhere (the Disqus key, aliases), so neither kept nor reported.
/// </summary>
internal static class KeptMeta
{
    public const string DsqThreadId = "dsq_thread_id";
    public const string OldSlug = "_wp_old_slug";

    private static readonly HashSet<string> InternalKeys = new(StringComparer.Ordinal)
    {
        "_edit_lock",
        "_edit_last",
        "_wp_old_date",
        "_wp_attached_file",
        "_wp_attachment_metadata",
        "_encloseme",
        "_pingme",
        "_wp_desired_post_slug",
    };

    public static (IReadOnlyList<MetaEntry> Kept, IReadOnlyList<string> Dropped) Split(IEnumerable<MetaEntry> meta)
    {
        var kept = new List<MetaEntry>();
        var dropped = new List<string>();
        foreach (var entry in meta)
        {
            if (entry.Key is DsqThreadId or OldSlug)
                continue;
            if (IsInternal(entry))
            {
                if (!dropped.Contains(entry.Key, StringComparer.Ordinal))
                    dropped.Add(entry.Key);
                continue;
            }
            kept.Add(entry);
        }
        return (kept, dropped);
    }

    private static bool IsInternal(MetaEntry entry) =>
        InternalKeys.Contains(entry.Key) ||
        entry.Key.StartsWith("_wp_trash_meta_", StringComparison.Ordinal) ||
        (string.Equals(entry.Key, "_wp_page_template", StringComparison.Ordinal) && entry.Value is "default" or "");
}
