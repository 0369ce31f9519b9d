using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Globalization;
using Migrator.Core.Model;

namespace Migrator.Core.Publishing;

/// <summary>
/// A post's public comments (approved comments and pings, never editorial notes) as a JSON data file:
/// <c>{"comments": [...]}</c> with the fields of <see cref="CommentFields"/>, dates in RFC 3339 with their own offset
/// (Eleventy's template data, Astro's data collection). Commenters' e-mail and IP addresses only on the owner's request.
/// </summary>
public static class CommentsJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text, or null when the post has no public comment.</summary>
    public static (string? Text, int Count) Write(Post post, bool includePrivateData)
    {
        ArgumentNullException.ThrowIfNull(post);
        var comments = post.Comments.Where(c => c.IsPublic).ToList();
        if (comments.Count == 0)
            return (null, 0);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteStartArray("comments");
            foreach (var comment in comments)
            {
                json.WriteStartObject();
                foreach (var (key, value) in CommentFields.Of(comment, includePrivateData, date => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)))
                {
                    switch (value)
                    {
                        case null:
                            json.WriteNull(key);
                            break;
                        case long number:
                            json.WriteNumber(key, number);
                            break;
                        case int number:
                            json.WriteNumber(key, number);
                            break;
                        default:
                            json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                            break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (Encoding.UTF8.GetString(stream.ToArray()) + "\n", comments.Count);
    }
}
