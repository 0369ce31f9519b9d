using Migrator.Core.Publishing;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;

namespace Migrator.Hugo.Export;

/// <summary>
/// A post's public comments (approved comments and pings, never editorial notes) as a Hugo data file
/// (<c>data/comments/&lt;key&gt;.yaml</c>, read in templates as <c>site.Data.comments</c>). Commenters' e-mail and IP
/// addresses are written only when the owner asks for private data.
/// </summary>
internal static class CommentsDataWriter
{
    /// <summary>The YAML text, or null when the post has no public comment.</summary>
    public static (string? Text, int Count) Write(Post post, bool includePrivateData)
    {
        var comments = post.Comments.Where(c => c.IsPublic).ToList();
        if (comments.Count == 0)
            return (null, 0);
        var items = comments.Select(c => (object?)Fields(c, includePrivateData)).ToList();
        var yaml = FrontMatterWriter.WriteYaml([new("comments", items)]);
        return (yaml, comments.Count);
    }

    private static List<KeyValuePair<string, object?>> Fields(Comment comment, bool includePrivateData) =>
        CommentFields.Of(comment, includePrivateData, date => new PlainScalar(HugoDates.Format(date)));
}
