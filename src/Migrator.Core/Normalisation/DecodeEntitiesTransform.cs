using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Decodes HTML character references exactly once in every text field that still holds them after import:
/// title, excerpt, term names (WordPress stores them escaped: <c>Tips &amp;amp; Tricks</c>) and comment authors get
/// a full decode (<see cref="HtmlEntities.Decode"/>); HTML bodies and comment content get the markup-safe decode
/// (<see cref="HtmlEntities.DecodeInHtml"/>: <c>&amp;lt;</c> stays); Markdown bodies get
/// <see cref="MarkdownEntities.Decode"/> (never in code, never creating syntax). WordPress bodies are decoded only once
/// they are HTML, after the shortcode step, so shortcode attributes are read as stored. Meta values, slugs, URLs and
/// bodies in other formats are kept as stored.
/// </summary>
public sealed class DecodeEntitiesTransform : IPostTransform
{
    public string Name => "decode-entities";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        var body = post.Content;
        var text = body.Format switch
        {
            BodyFormat.Html => HtmlEntities.DecodeInHtml(body.Text),
            BodyFormat.Markdown => MarkdownEntities.Decode(body.Text),
            _ => body.Text,
        };
        return post.WithBody(text) with
        {
            Title = HtmlEntities.Decode(post.Title),
            Excerpt = post.Excerpt is null ? null : HtmlEntities.Decode(post.Excerpt),
            Terms = [.. post.Terms.Select(t => t with { Name = HtmlEntities.Decode(t.Name) })],
            Comments = [.. post.Comments.Select(c => c with
            {
                Author = HtmlEntities.Decode(c.Author),
                Content = HtmlEntities.DecodeInHtml(c.Content),
            })],
        };
    }
}
