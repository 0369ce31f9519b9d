using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// Splits a post's meta rows into what is written under <c>meta:</c> (a map; a repeated key becomes a list) and the
/// WordPress internals that mean nothing on a static site, which are dropped and named in one diagnostic.
/// Shared by the static-site exporters (Jekyll, Hugo) so both keep and drop the same keys.
/// Keys written elsewhere in the front matter (<c>dsq_thread_id</c>, <c>_thumbnail_id</c> as <c>image</c>) are
/// passed to <see cref="Of"/> as represented keys and neither written nor reported.
/// </summary>
public sealed record PostMetaSelection(IReadOnlyList<KeyValuePair<string, object?>> Kept, IReadOnlyList<string> Dropped)
{
    /// <summary>Keys WordPress uses for its own editing, trash and upload bookkeeping.</summary>
    private static readonly HashSet<string> InternalKeys = new(StringComparer.Ordinal)
    {
        "_edit_lock",
        "_edit_last",
        "_wp_old_slug",
        "_wp_old_date",
        "_wp_attached_file",
        "_wp_attachment_metadata",
        "_encloseme",
        "_pingme",
        "_wp_desired_post_slug",
    };

    public static PostMetaSelection Of(IReadOnlyList<MetaEntry> meta, IReadOnlySet<string> representedKeys)
    {
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(representedKeys);
        var kept = new List<(string Key, List<string> Values)>();
        var dropped = new List<string>();
        foreach (var entry in meta)
        {
            if (representedKeys.Contains(entry.Key))
                continue;
            if (IsInternal(entry))
            {
                if (!dropped.Contains(entry.Key, StringComparer.Ordinal))
                    dropped.Add(entry.Key);
                continue;
            }
            var existing = kept.FindIndex(k => string.Equals(k.Key, entry.Key, StringComparison.Ordinal));
            if (existing >= 0)
                kept[existing].Values.Add(entry.Value);
            else
                kept.Add((entry.Key, [entry.Value]));
        }
        return new PostMetaSelection(
            [.. kept.Select(k => new KeyValuePair<string, object?>(k.Key, k.Values.Count == 1 ? k.Values[0] : k.Values.ToArray()))],
            dropped);
    }

    private static bool IsInternal(MetaEntry entry) =>
        InternalKeys.Contains(entry.Key) ||
        entry.Key.StartsWith("_wp_trash_meta_", StringComparison.Ordinal) ||
        (string.Equals(entry.Key, "_wp_page_template", StringComparison.Ordinal) && entry.Value is "default" or "");
}
