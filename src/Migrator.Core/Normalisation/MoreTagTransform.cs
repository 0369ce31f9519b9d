using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Normalisation;

/// <summary>
/// The teaser break in HTML and WordPress bodies: the first <c>&lt;!--more …--&gt;</c> (WordPress matches
/// <c>&lt;!--more</c> up to the next <c>--&gt;</c>) becomes the plain <c>&lt;!--more--&gt;</c> that Hugo and Jekyll
/// understand, dropping any custom link text (reported); later ones are removed (only the first splits the post);
/// <c>&lt;!--noteaser--&gt;</c> is removed (reported).
/// </summary>
public sealed partial class MoreTagTransform : IPostTransform
{
    public string Name => "more-tag";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Content.Format is not (BodyFormat.Html or BodyFormat.WordPress))
            return post;
        var text = post.Content.Text;
        if (!text.Contains("<!--more", StringComparison.Ordinal) && !text.Contains("<!--noteaser-->", StringComparison.Ordinal))
            return post;

        var (canonical, customTexts, extra) = Canonical(text);
        foreach (var custom in customTexts)
            context.Diagnostics.Report(NormaliseDiagnostics.MoreTextDropped(post.Source, custom));
        if (extra > 0)
            context.Diagnostics.Report(NormaliseDiagnostics.ExtraMoreTagRemoved(post.Source, extra));
        text = canonical;
        text = HoistOutOfParagraph(text);
        if (text.Contains("<!--noteaser-->", StringComparison.Ordinal))
        {
            text = RemoveOnOwnLine(text, "<!--noteaser-->");
            context.Diagnostics.Report(NormaliseDiagnostics.NoTeaserRemoved(post.Source));
        }
        return post.WithBody(text);
    }

    /// <summary>
    /// The first more tag written as <c>&lt;!--more--&gt;</c> (its custom link text returned), later ones removed (counted).
    /// Exporters that may get bodies not yet normalised use this too, so there is one definition of the more tag.
    /// </summary>
    public static (string Html, IReadOnlyList<string> CustomTexts, int ExtraRemoved) Canonical(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var seen = 0;
        var custom = new List<string>();
        var result = MoreTag().Replace(html, m =>
        {
            seen++;
            if (seen > 1)
                return "";
            var text = m.Groups[1].Value.Trim();
            if (text.Length > 0)
                custom.Add(text);
            return "<!--more-->";
        });
        return (result, custom, Math.Max(0, seen - 1));
    }

    /// <summary>
    /// A more tag on its own line in classic content ends up inside a paragraph after wpautop
    /// (<c>&lt;p&gt;&lt;!--more--&gt;&lt;br /&gt;\nText</c>); the break belongs between blocks, where Jekyll and Hugo look
    /// for it, so it is moved out of the paragraph's edge. A more tag in the middle of a sentence stays where it is.
    /// </summary>
    internal static string HoistOutOfParagraph(string html) => html
        .Replace("<p><!--more--></p>", "<!--more-->", StringComparison.Ordinal)
        .Replace("<p><!--more--><br />\n", "<!--more-->\n<p>", StringComparison.Ordinal)
        .Replace("<p><!--more-->\n", "<!--more-->\n<p>", StringComparison.Ordinal)
        .Replace("<br />\n<!--more--></p>", "</p>\n<!--more-->", StringComparison.Ordinal);

    /// <summary>Removes every <paramref name="token"/>, with its line break when it stood alone on its line.</summary>
    private static string RemoveOnOwnLine(string text, string token)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        int at;
        while ((at = text.IndexOf(token, i, StringComparison.Ordinal)) >= 0)
        {
            sb.Append(text, i, at - i);
            var end = at + token.Length;
            var lineStart = at == 0 || text[at - 1] == '\n';
            if (lineStart && end < text.Length && text[end] == '\n')
                end++;
            i = end;
        }
        sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }

    [GeneratedRegex("<!--more(.*?)?-->", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex MoreTag();
}
