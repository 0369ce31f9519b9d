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
                return new IgnoredItem(source, "comment", Title(entry), CommentReason(entry, source, comments));
            case "settings" or "template":
                return new IgnoredItem(source, entry.Kind, Title(entry), BloggerDiagnostics.NotContent(source, entry.Kind));
            default:
                return new IgnoredItem(source, entry.Kind, Title(entry), BloggerDiagnostics.UnknownKind(source, entry.Kind));
        }
    }

    /// <summary>Where a comment went: with its post, nowhere (its post is missing), or not written (not shown on the old blog).</summary>
    private static Diagnostic CommentReason(BloggerEntry entry, SourceRef source, BloggerComments comments)
    {
        if (entry.PostId is not { } postId || !comments.HasPost(postId))
            return BloggerDiagnostics.CommentWithoutPost(source, entry.PostId);
        var (status, word) = BloggerComment.StatusOf(entry);
        return status == CommentStatus.Approved
            ? BloggerDiagnostics.CommentOfPost(source, postId)
            : BloggerDiagnostics.CommentNotShown(source, postId, word);
    }

    /// <summary>A title for the report: the entry's own, else its id (settings entries are named by their id).</summary>
    private static string? Title(BloggerEntry entry) =>
        entry.Title.Length > 0 ? entry.Title
        : entry.Kind == "settings" && entry.Id.LastIndexOf(".settings.", StringComparison.Ordinal) is var at and >= 0 ? entry.Id[(at + ".settings.".Length)..]
        : entry.Id.Length > 0 ? entry.Id : null;
}
