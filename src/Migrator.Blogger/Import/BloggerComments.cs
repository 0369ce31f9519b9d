using Migrator.Core.Model;

namespace Migrator.Blogger.Import;

/// <summary>
/// The export's comments, grouped by the post they belong to. Blogger writes comments as entries of their own, in the
/// classic backup after all the posts, so a first pass over the file gathers them (and only them, with the ids of the posts: posts are read in
/// the second pass, one at a time) before any post is converted; see docs/blogger.md#comments-two-passes.
/// </summary>
internal sealed class BloggerComments
{
    private readonly Dictionary<string, List<BloggerEntry>> _byPost = new(StringComparer.Ordinal);
    private readonly HashSet<string> _postIds = new(StringComparer.Ordinal);

    public static BloggerComments Gather(string file)
    {
        var comments = new BloggerComments();
        foreach (var (element, damage) in BloggerFeed.Entries(file))
        {
            if (damage is not null || element is null)
                break;
            var entry = BloggerEntryReader.Read(element);
            if (entry.Kind is "post" or "page")
                comments._postIds.Add(entry.Id);
            else if (entry.Kind == "comment" && entry.PostId is { } postId)
            {
                if (!comments._byPost.TryGetValue(postId, out var list))
                    comments._byPost[postId] = list = [];
                list.Add(entry);
            }
        }
        return comments;
    }

    /// <summary>The comments of the post with entry id <paramref name="postId"/>, replies pointing at their parents.</summary>
    public IReadOnlyList<Comment> Of(string postId)
    {
        if (!_byPost.TryGetValue(postId, out var entries))
            return [];
        // Comment ids are numbered 1, 2… within the post, in file order (Blogger's own ids do not fit a number); each
        // keeps Blogger's id in its meta.
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
            numbers.TryAdd(BloggerIds.Tail(entries[i].Id), i + 1);
        return [.. entries.Select((e, i) => BloggerComment.From(e, i + 1,
            e.ReplyTo is { } parent && numbers.TryGetValue(BloggerIds.Tail(parent), out var parentNumber) ? parentNumber : 0))];
    }

    /// <summary>True when the export holds a post or page with entry id <paramref name="postId"/>.</summary>
    public bool HasPost(string postId) => _postIds.Contains(postId);
}
