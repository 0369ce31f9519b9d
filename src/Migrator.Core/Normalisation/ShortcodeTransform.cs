using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Normalisation.Shortcodes;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Expands the shortcodes Migrator knows in WordPress stored content (<c>do_shortcode</c>, which WordPress runs after
/// wpautop): <c>[caption]</c>/<c>[wp_caption]</c>, <c>[gallery]</c>, <c>[embed]</c>, <c>[audio]</c>, <c>[video]</c>,
/// Jetpack <c>[youtube]</c>/<c>[vimeo]</c>, and <c>[code]</c>/<c>[sourcecode]</c>/<c>[php]</c>…; escaped <c>[[x]]</c>
/// become the literal <c>[x]</c>. Other shortcodes stay as literal text and are reported once per name per post.
/// The body is finished HTML afterwards (<see cref="BodyFormat.Html"/>).
/// </summary>
public sealed class ShortcodeTransform : IPostTransform
{
    public string Name => "shortcodes";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Content.Format != BodyFormat.WordPress)
            return post;
        var text = post.Content.Text;
        try
        {
            foreach (var (name, count) in ShortcodeExpander.FindUnknown(text))
                context.Diagnostics.Report(NormaliseDiagnostics.UnknownShortcodeKept(post.Source, name, count));
            text = new ShortcodeExpander(post, context).Expand(text);
        }
        catch (RegexMatchTimeoutException)
        {
            context.Diagnostics.Report(NormaliseDiagnostics.TransformSkipped(post.Source, Name, "the content is too irregular to scan in time"));
            text = post.Content.Text;
        }
        return post.WithBody(text, BodyFormat.Html);
    }
}
