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

    private static List<KeyValuePair<string, object?>> Fields(Comment comment, bool includePrivateData)
    {
        var fields = new List<KeyValuePair<string, object?>>
        {
            new("id", comment.Id),
            new("parent", comment.ParentId),
            new("author", comment.Author),
        };
        if (!string.IsNullOrEmpty(comment.AuthorUrl))
            fields.Add(new("author_url", comment.AuthorUrl));
        if (includePrivateData && !string.IsNullOrEmpty(comment.AuthorEmail))
            fields.Add(new("author_email", comment.AuthorEmail));
        if (includePrivateData && !string.IsNullOrEmpty(comment.AuthorIp))
            fields.Add(new("author_ip", comment.AuthorIp));
        if (comment.Date is { } date)
            fields.Add(new("date", new PlainScalar(HugoDates.Format(date))));
        if (comment.Type is not ("" or "comment"))
            fields.Add(new("type", comment.Type));
        fields.Add(new("content", comment.Content));
        return fields;
    }
}
