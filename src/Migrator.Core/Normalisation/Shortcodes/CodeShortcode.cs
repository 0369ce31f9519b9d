using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Shortcodes;

/// <summary>
/// Syntax-highlighter shortcodes: <c>[code]</c>, <c>[sourcecode language="x"]</c> (also <c>lang</c>) and the enclosing
/// language names (<c>[php]…[/php]</c>) become <c>&lt;pre&gt;&lt;code class="language-x"&gt;</c>. The code stays literal and
/// is HTML-escaped exactly once: content holding raw <c>&lt;</c> or <c>&gt;</c> was stored raw and is escaped as is;
/// content without them was stored escaped (the visual editor writes <c>&amp;lt;</c>) and is decoded once first.
/// A leading and a trailing newline (the ones right inside the brackets) are dropped. A shortcode that was all an
/// author's <c>&lt;pre&gt;</c> held (<c>&lt;pre&gt;[sourcecode]…[/sourcecode]&lt;/pre&gt;</c>) is that code block alone:
/// never a <c>pre</c> inside a <c>pre</c> (docs/wordpress-content.md#code-blocks).
/// </summary>
internal static partial class CodeShortcode
{
    /// <summary>Unwraps the author's <c>&lt;pre&gt;</c> around a rendered code shortcode that was its only content.</summary>
    public static string Unnest(string html) =>
        html.Contains("<pre", StringComparison.OrdinalIgnoreCase)
            ? PreAroundRendered().Replace(html, "$1")
            : html;

    // What Render writes holds no '<' inside the code element (the text is escaped).
    [GeneratedRegex(@"<pre\b[^>]*>\s*(<pre><code(?: class=""[^""]*"")?>[^<]*</code></pre>)\s*</pre>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PreAroundRendered();

    public static string? Render(Shortcode shortcode, ShortcodeExpander expander)
    {
        if (shortcode.Content is not { } content)
            return null;
        var isAlias = shortcode.Name is not ("code" or "sourcecode");
        var atts = shortcode.Attributes;
        var language = atts.NonEmpty("language") ?? atts.NonEmpty("lang") ?? (isAlias ? shortcode.Name : null);
        if (content.StartsWith('\n'))
            content = content[1..];
        if (content.EndsWith('\n'))
            content = content[..^1];
        var raw = content.AsSpan().IndexOfAny('<', '>') >= 0 ? content : HtmlEntities.Decode(content);
        var sb = new StringBuilder("<pre><code");
        var cls = language is null ? "" : CleanLanguage(language);
        if (cls.Length > 0)
            sb.Append(" class=\"language-").Append(cls).Append('"');
        sb.Append('>').Append(HtmlEntities.EscapeText(raw)).Append("</code></pre>");
        return sb.ToString();
    }

    private static string CleanLanguage(string language)
    {
        var sb = new StringBuilder(language.Length);
        foreach (var c in language.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '#')
                sb.Append(c);
        }
        return sb.ToString();
    }
}
