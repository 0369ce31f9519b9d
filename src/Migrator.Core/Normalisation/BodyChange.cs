using Migrator.Core.Model;

namespace Migrator.Core.Normalisation;

/// <summary>Replacing a post's body text (and format) without touching anything else; unchanged text keeps the same post.</summary>
internal static class BodyChange
{
    public static Post WithBody(this Post post, string text, BodyFormat? format = null)
    {
        var newFormat = format ?? post.Content.Format;
        if (string.Equals(text, post.Content.Text, StringComparison.Ordinal) && newFormat == post.Content.Format)
            return post;
        return post with { Content = post.Content with { Text = text, Format = newFormat } };
    }

    /// <summary>True for WordPress stored content that holds blocks (<c>do_blocks</c> tests exactly this substring).</summary>
    public static bool HasBlocks(this Body body) => body.Text.Contains("<!-- wp:", StringComparison.Ordinal);
}
