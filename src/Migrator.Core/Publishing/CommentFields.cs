using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// One public comment as the fields of a static site's comments data file (Jekyll <c>_data/comments</c>, Hugo
/// <c>data/comments</c>): id, parent, author, author_url, date, content (HTML as stored, LF line ends) and type.
/// Commenters' e-mail and IP addresses only when the owner asks for private data.
/// </summary>
public static class CommentFields
{
    /// <param name="comment">The comment.</param>
    /// <param name="includePrivateData">Write e-mail and IP addresses too.</param>
    /// <param name="date">How the target writes a date value (a YAML timestamp, an RFC 3339 scalar…).</param>
    public static List<KeyValuePair<string, object?>> Of(Comment comment, bool includePrivateData, Func<DateTimeOffset, object> date)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(date);
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
        if (comment.Date is { } d)
            fields.Add(new("date", date(d)));
        fields.Add(new("content", comment.Content.Replace("\r\n", "\n", StringComparison.Ordinal)));
        fields.Add(new("type", comment.Type.Length == 0 ? "comment" : comment.Type));
        return fields;
    }

    private static readonly string[] DataExtensions = [".yml", ".yaml"];

    /// <summary>
    /// Reads the comments data file <c>&lt;stem&gt;.yml</c> (or <c>.yaml</c>) in <paramref name="folder"/>: null when there is
    /// none; its comments, or the reason it cannot be read (a symbolic link is not followed; the caller checks that
    /// <paramref name="folder"/> itself is reached without one).
    /// </summary>
    public static (List<Comment> Comments, string? Error)? ReadFile(string folder, string stem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(stem);
        var path = DataExtensions.Select(e => Path.Combine(folder, stem + e)).FirstOrDefault(File.Exists);
        if (path is null)
            return null;
        if (Input.SiteFolder.LinkOnPath(folder, path) is { } link)
            return ([], $"'{link.FullName}' is a symbolic link, which is not followed");
        using var reader = new StreamReader(Input.SiteFolder.OpenRead(path));
        var data = FrontMatter.FrontMatterReader.Read("---\n" + reader.ReadToEnd() + "\n---\n");
        return data.Error is { } error ? ([], error.Message) : (Read(data.Fields), null);
    }

    /// <summary>
    /// The comments of a comments data file read back (the <c>comments</c> list of maps <see cref="Of"/> writes): what a
    /// static site keeps of them returns to the model, as approved comments.
    /// </summary>
    public static List<Comment> Read(IReadOnlyList<KeyValuePair<string, object?>> file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var list = file.FirstOrDefault(f => f.Key == "comments").Value as IEnumerable<object?> ?? [];
        var comments = new List<Comment>();
        foreach (var entry in list.OfType<IEnumerable<KeyValuePair<string, object?>>>())
        {
            var fields = entry.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            string? Text(string key) => fields.GetValueOrDefault(key) switch
            {
                null => null,
                FrontMatter.YamlTimestamp t => t.Text,
                var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            };
            comments.Add(new Comment
            {
                Id = long.TryParse(Text("id"), out var id) ? id : comments.Count + 1,
                ParentId = long.TryParse(Text("parent"), out var parent) ? parent : 0,
                Author = Text("author") ?? "",
                AuthorUrl = Text("author_url"),
                AuthorEmail = Text("author_email"),
                AuthorIp = Text("author_ip"),
                Date = DateTimeOffset.TryParse(Text("date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null,
                Content = Text("content") ?? "",
                Type = Text("type") is { } type && type != "comment" ? type : "",
            });
        }
        return comments;
    }
}
