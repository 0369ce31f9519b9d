using System.Text;
using Migrator.Core.Model;

namespace Migrator.Core.Pipeline;

/// <summary>
/// The largest item a run converts: the text it holds (title, body, excerpt, meta values, comments) in UTF-8 bytes.
/// Converting a body costs many times its size in memory (parsed HTML, Markdown, the fidelity check), so one huge
/// item could exhaust the machine; an item over the limit fails alone, with its row, and the run goes on.
/// </summary>
public static class ItemSizeLimit
{
    /// <summary>16 MiB: hundreds of times the largest post of ordinary blogs, small enough to convert in bounded memory.</summary>
    public const int DefaultMegabytes = 16;

    /// <summary>The item's text in UTF-8 bytes.</summary>
    public static long Measure(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return Bytes(post.Title) + Bytes(post.Content.Text) + Bytes(post.Excerpt)
            + post.Meta.Sum(m => (long)Bytes(m.Value)) + post.Comments.Sum(c => (long)Bytes(c.Content));
    }

    private static int Bytes(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
}
