using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Blogger.Import;

/// <summary>What one entry becomes: a post or page, a comment's row, or an entry ignored with its reason.</summary>
internal static class BloggerItem
{
    public static SourceItem Of(BloggerEntry entry, SourceRef source, BloggerComments comments, Dictionary<string, int> firstLines)
    {
        switch (entry.Kind)
        {
            case null:
                return new UnreadableItem(source, "entry", Title(entry), BloggerDiagnostics.NoKind(source));
            case "post" or "page":
                var diagnostics = new List<Diagnostic>();
                var attached = (IReadOnlyList<Comment>)[];
                if (firstLines.TryGetValue(entry.Id, out var firstLine))
                    diagnostics.Add(BloggerDiagnostics.DuplicateId(source, entry.Id, firstLine));
                else
                {
                    firstLines[entry.Id] = entry.Line;
                    attached = comments.Of(entry.Id);
                }
                return new ReadPost(BloggerPost.From(entry, source, attached, diagnostics), diagnostics);
            case "comment":
                return entry.PostId is { } postId && comments.HasPost(postId)
                    ? new IgnoredItem(source, "comment", Title(entry), BloggerDiagnostics.CommentOfPost(source, postId))
                    : new IgnoredItem(source, "comment", Title(entry), BloggerDiagnostics.CommentWithoutPost(source, entry.PostId));
            case "settings" or "template":
                return new IgnoredItem(source, entry.Kind, Title(entry), BloggerDiagnostics.NotContent(source, entry.Kind));
            default:
                return new IgnoredItem(source, entry.Kind, Title(entry), BloggerDiagnostics.UnknownKind(source, entry.Kind));
        }
    }

    /// <summary>A title for the report: the entry's own, else its id (settings entries are named by their id).</summary>
    private static string? Title(BloggerEntry entry) => entry.Title.Length > 0 ? entry.Title : entry.Id.Length > 0 ? entry.Id : null;
}
