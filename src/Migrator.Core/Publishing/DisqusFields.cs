using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// A post's Disqus thread as front matter (docs/disqus.md): <c>disqus_identifier</c>, <c>disqus_url</c> and
/// <c>dsq_thread_id</c>, one id as a string and several as a list, so that the thread stays attached on the new site.
/// </summary>
public static class DisqusFields
{
    public static void AddTo(List<KeyValuePair<string, object?>> fields, ThreadIdentity? thread)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!string.IsNullOrEmpty(thread?.Identifier))
            fields.Add(new("disqus_identifier", thread.Identifier));
        if (!string.IsNullOrEmpty(thread?.Url))
            fields.Add(new("disqus_url", thread.Url));
        var ids = (thread?.ThreadIds ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 1)
            fields.Add(new("dsq_thread_id", ids[0]));
        else if (ids.Count > 1)
            fields.Add(new("dsq_thread_id", ids.Select(v => (object?)v).ToList()));
    }
}
