using System.Text;
using System.Text.RegularExpressions;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Jekyll's <c>Utils.slugify</c> (default and pretty modes) and <c>Utils.titleize_slug</c>, as URLs and default titles use them
/// (docs/jekyll.md#permalinks, docs/jekyll.md#slugs).
/// </summary>
internal static partial class JekyllSlug
{
    /// <summary>Default mode: runs of anything but a Unicode letter, mark or decimal digit become one <c>-</c>.</summary>
    public static string Default(string text, bool cased = false) => Finish(DefaultPattern().Replace(text, "-"), cased);

    /// <summary>Pretty mode: like default, but also keeps <c>. _ ~ ! $ &amp; ' ( ) + , ; = @</c>.</summary>
    public static string Pretty(string text, bool cased = false) => Finish(PrettyPattern().Replace(text, "-"), cased);

    private static string Finish(string slug, bool cased)
    {
        // Ruby: slug.gsub!(/^-|-$/, "") removes one hyphen at each end (runs were already collapsed).
        if (slug.StartsWith('-'))
            slug = slug[1..];
        if (slug.EndsWith('-'))
            slug = slug[..^1];
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>Ruby <c>slug.split("-").map!(&amp;:capitalize).join(" ")</c>: each part gets a capital and the rest lower case.</summary>
    public static string TitleizeSlug(string slug)
    {
        // Ruby's split drops trailing empty strings only; inner empty parts stay as empty words.
        var all = slug.Split('-');
        var last = all.Length;
        while (last > 0 && all[last - 1].Length == 0)
            last--;
        var builder = new StringBuilder();
        for (var i = 0; i < last; i++)
        {
            if (i > 0)
                builder.Append(' ');
            var part = all[i];
            if (part.Length > 0)
                builder.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex DefaultPattern();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettyPattern();
}
