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
        return ScanBudget.Run(post, context, Name, scan =>
        {
            foreach (var (name, count) in ShortcodeExpander.FindUnknown(post.Content.Text))
                scan.Diagnostics.Report(NormaliseDiagnostics.UnknownShortcodeKept(post.Source, name, count));
            return post.WithBody(new ShortcodeExpander(post, scan).Expand(post.Content.Text), BodyFormat.Html);
        }, () => post.WithBody(post.Content.Text, BodyFormat.Html));
    }
}
