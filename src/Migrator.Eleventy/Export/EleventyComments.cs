using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.Eleventy.Export;

/// <summary>
/// A post's public comments (approved comments and pings, never editorial notes) as Eleventy template data: a
/// <c>….11tydata.json</c> file beside the content file with a <c>comments</c> list, which Eleventy gives that page
/// only. JSON, because Eleventy reads JSON data files with no plugin. Commenters' e-mail and IP addresses only on the
/// owner's request.
/// </summary>
internal static class EleventyComments
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text, or null when the post has no public comment.</summary>
    public static (string? Text, int Count) Write(Post post, bool includePrivateData)
    {
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
                foreach (var (key, value) in CommentFields.Of(comment, includePrivateData, date => EleventyFrontMatter.Date(date).Text))
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
                            json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
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
