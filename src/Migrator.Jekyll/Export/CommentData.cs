using Migrator.Core.Publishing;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Export;

/// <summary>
/// The comments a post's page shows, as the YAML of <c>_data/comments/&lt;key&gt;.yml</c>: only the comments the old
/// site showed (<see cref="Comment.IsPublic"/>, never editorial notes), each with id, parent, author, author_url,
/// date, content (HTML as stored) and type. E-mail and IP addresses only with <c>IncludePrivateData</c>.
/// </summary>
internal sealed record CommentData(IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Written, int NotPublished)
{
    public static CommentData Of(Post post, bool includePrivateData)
    {
        var written = new List<IReadOnlyList<KeyValuePair<string, object?>>>();
        var notPublished = 0;
        foreach (var comment in post.Comments)
        {
            if (comment.IsPublic)
                written.Add(Fields(comment, includePrivateData));
            else
                notPublished++;
        }
        return new CommentData(written, notPublished);
    }

    /// <summary>The data file's text: the post's title, then the list of comments.</summary>
    public string ToYaml(string postTitle) => FrontMatterWriter.WriteYaml(
    [
        new("post_title", postTitle),
        new("comments", Written),
    ]);

    private static List<KeyValuePair<string, object?>> Fields(Comment comment, bool includePrivateData) =>
        CommentFields.Of(comment, includePrivateData, date => date);
}
