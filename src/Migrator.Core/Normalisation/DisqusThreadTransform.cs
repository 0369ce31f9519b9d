using System.Globalization;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Sets <see cref="Post.Thread"/>, what keeps a Disqus thread attached to the post:
/// <list type="bullet">
/// <item><b>ThreadIds</b>: the thread ids already known, then the distinct <c>dsq_thread_id</c> meta values, in order
/// (several distinct ids are all kept and reported: only the Disqus export tells which holds the comments);</item>
/// <item><b>Identifier</b>: the one already known (front matter <c>disqus_identifier</c>), else <c>"ID guid"</c> as the
/// WordPress plugin sent it, when both are known;</item>
/// <item><b>Url</b>: the one already known (<c>disqus_url</c>), else the post's old permalink.</item>
/// </list>
/// A thread is set whenever Disqus data exists, and also for every WordPress item that can carry comments (id and
/// guid known): the plugin sent that identifier for every post, so it finds the thread even without a
/// <c>dsq_thread_id</c>. Menu items, revisions and WordPress's internal types get none.
/// </summary>
public sealed class DisqusThreadTransform : IPostTransform
{
    public const string ThreadIdMetaKey = WordPressMetaKeys.DisqusThreadId;

    public string Name => "disqus-thread";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        var existing = post.Thread;
        var ids = (existing?.ThreadIds ?? [])
            .Concat(post.MetaValues(ThreadIdMetaKey))
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var fromWordPress = post.Id is not null && !string.IsNullOrEmpty(post.Guid) && WordPressPostTypes.CanHaveComments(post.Type);
        if (existing is null && ids.Count == 0 && !fromWordPress)
            return post;

        var identifier = existing?.Identifier
            ?? (fromWordPress ? string.Create(CultureInfo.InvariantCulture, $"{post.Id} {post.Guid}") : null);
        if (ids.Count > 1)
            context.Diagnostics.Report(NormaliseDiagnostics.SeveralDisqusThreadIds(post.Source, string.Join(", ", ids)));
        if (existing?.Identifier is null && identifier is not null && identifier.Contains('&', StringComparison.Ordinal))
            context.Diagnostics.Report(NormaliseDiagnostics.DisqusGuidHasAmpersand(post.Source, identifier));
        return post with { Thread = new ThreadIdentity(ids, identifier, existing?.Url ?? post.Link) };
    }

}
