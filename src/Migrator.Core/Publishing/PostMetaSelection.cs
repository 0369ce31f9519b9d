using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// Splits a post's meta rows into what is written under <c>meta:</c> (a map; a repeated key becomes a list) and the
/// WordPress internals that mean nothing on a static site, which are dropped and named in one diagnostic.
/// Shared by the static-site exporters (Jekyll, Hugo) so both keep and drop the same keys.
/// Keys the model holds in typed fields (<see cref="WordPressMetaKeys"/>) are written by the targets as their own fields
/// and are neither written here nor reported.
/// </summary>
public sealed partial record PostMetaSelection(IReadOnlyList<KeyValuePair<string, object?>> Kept, IReadOnlyList<string> Dropped)
{
    /// <summary>Keys left out because they name or hold someone's e-mail or IP address (unless private data is asked for).</summary>
    public IReadOnlyList<string> PrivateDropped { get; init; } = [];

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

    /// <summary>
    /// Selects the meta rows to write. Unless <paramref name="includePrivateData"/>, a row whose key names an e-mail or
    /// IP address, or whose value holds one, is left out and named in <see cref="PrivateDropped"/> (docs/privacy.md).
    /// </summary>
    public static PostMetaSelection Of(Post post, bool includePrivateData = false)
    {
        ArgumentNullException.ThrowIfNull(post);
        var meta = post.Meta;
        var representedKeys = RepresentedKeys(post);
        var kept = new List<(string Key, List<string> Values)>();
        var dropped = new List<string>();
        var privateDropped = new List<string>();
        foreach (var entry in meta)
        {
            if (representedKeys.Contains(entry.Key))
                continue;
            if (!includePrivateData && IsPersonal(entry))
            {
                if (!privateDropped.Contains(entry.Key, StringComparer.Ordinal))
                    privateDropped.Add(entry.Key);
                continue;
            }
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
            dropped) { PrivateDropped = privateDropped };
    }

    /// <summary>
    /// Meta keys the model holds in typed fields (written as the target's own fields, not under <c>meta</c>): the
    /// Disqus thread ids, the old slugs, and the featured image once resolved.
    /// </summary>
    private static HashSet<string> RepresentedKeys(Post post)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { WordPressMetaKeys.DisqusThreadId, WordPressMetaKeys.OldSlug };
        if (post.FeaturedImage is not null)
            keys.Add(WordPressMetaKeys.Thumbnail);
        return keys;
    }

    /// <summary>A key that names an e-mail or IP address, or a value that holds one.</summary>
    public static bool IsPersonal(MetaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return PersonalKey().IsMatch(entry.Key) || PersonalData.Holds(entry.Value);
    }

    // A key that ends in the name of an address (_feedback_email, author_ip, remote_addr); flags such as
    // _jetpack_dont_email_post_to_subs are not addresses, and their values are checked like any other.
    [System.Text.RegularExpressions.GeneratedRegex(@"(^|[_\-])(e-?mail|ip|ip_?address|remote_?addr|user_?agent)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PersonalKey();

    private static bool IsInternal(MetaEntry entry) =>
        InternalKeys.Contains(entry.Key) ||
        entry.Key.StartsWith("_wp_trash_meta_", StringComparison.Ordinal) ||
        (string.Equals(entry.Key, "_wp_page_template", StringComparison.Ordinal) && entry.Value is "default" or "");
}
