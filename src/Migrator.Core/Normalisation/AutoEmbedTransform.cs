using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Normalisation.Embeds;
using Migrator.Core.Normalisation.Shortcodes;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation;

/// <summary>
/// What WordPress does to stored content before wpautop (<c>the_content</c> priority 8): <c>[embed]</c> shortcodes, then
/// <c>autoembed</c>: a URL alone on its line (only whitespace around it), or alone in its own <c>&lt;p&gt;</c>, becomes an
/// embed (<see cref="EmbedRenderer"/>: YouTube/Vimeo player, else a link). Applies to <see cref="BodyFormat.WordPress"/>
/// bodies, classic and block alike (embed blocks store their URL alone on a line). Unlike WordPress, URLs inside
/// <c>pre</c>, <c>code</c>, <c>textarea</c>, <c>script</c> and <c>style</c> are left alone.
/// </summary>
public sealed partial class AutoEmbedTransform : IPostTransform
{
    private const string LineBreak = "<!-- wp-line-break -->";
    private static readonly string[] EmbedOnly = ["embed"];
    private static readonly Regex EmbedShortcode = ShortcodeSyntax.For(EmbedOnly);

    public string Name => "auto-embed";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Content.Format != BodyFormat.WordPress)
            return post;
        return ScanBudget.Run(post, context, Name, scan =>
            post.WithBody(EmbedBareUrls(new ShortcodeExpander(post, scan, EmbedOnly, EmbedShortcode).Expand(post.Content.Text))));
    }

    internal static string EmbedBareUrls(string text)
    {
        if (!UrlStart().IsMatch(text))
            return text;
        text = Wpautop.ReplaceNewlinesInTags(text, LineBreak);
        text = Replace(UrlOnItsLine(), text);
        text = Replace(UrlAloneInParagraph(), text);
        return text.Replace(LineBreak, "\n", StringComparison.Ordinal);
    }

    private static string Replace(Regex regex, string text)
    {
        List<(int Start, int End)>? skipped = null; // found only when there is a URL to check against them
        return regex.Replace(text, m =>
        {
            var url = m.Groups[2];
            skipped ??= LiteralRanges(text);
            if (skipped.Exists(r => url.Index >= r.Start && url.Index < r.End))
                return m.Value;
            return m.Groups[1].Value + EmbedRenderer.Render(url.Value) + m.Groups[3].Value;
        });
    }

    /// <summary>The insides of elements whose text is literal or not content.</summary>
    private static List<(int Start, int End)> LiteralRanges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var depth = 0;
        var start = 0;
        foreach (var t in HtmlLexer.Tokenize(text))
        {
            if (t.Kind == HtmlTokenKind.RawText)
                ranges.Add((t.Start, t.End));
            if (t.Kind != HtmlTokenKind.Tag || t.Name is not ("pre" or "code" or "textarea"))
                continue;
            if (!t.IsEndTag && depth++ == 0)
                start = t.End;
            else if (t.IsEndTag && depth > 0 && --depth == 0)
                ranges.Add((start, t.Start));
        }
        if (depth > 0)
            ranges.Add((start, text.Length));
        return ranges;
    }

    [GeneratedRegex(@"(?:^|[ \t\n\x0B\f\r]|>)https?://", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 5000)]
    private static partial Regex UrlStart();

    [GeneratedRegex(@"^([ \t\n\x0B\f\r]*)(https?://[^ \t\n\x0B\f\r<>""]+)([ \t\x0B\f\r]*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline, 5000)]
    private static partial Regex UrlOnItsLine();

    [GeneratedRegex(@"(<p(?: [^>]*)?>[ \t\n\x0B\f\r]*)(https?://[^ \t\n\x0B\f\r<>""]+)([ \t\n\x0B\f\r]*</p>)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 5000)]
    private static partial Regex UrlAloneInParagraph();
}
