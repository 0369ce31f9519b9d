namespace Migrator.Core.Model;

/// <summary>
/// What keeps a Disqus thread attached to a post: the numeric thread ids Disqus gave it (<c>dsq_thread_id</c>, a set),
/// the identifier the WordPress plugin sent (<c>"ID guid"</c>), and the URL it sent (the old permalink).
/// </summary>
public sealed record ThreadIdentity(IReadOnlyList<string> ThreadIds, string? Identifier, string? Url);
