using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Normalisation.Shortcodes;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Turns classic WordPress content into paragraphs: <c>wpautop()</c> then <c>shortcode_unautop()</c>, applied only to
/// <see cref="BodyFormat.WordPress"/> bodies without <c>&lt;!-- wp:</c> (block content never gets wpautop).
/// Code shortcodes (<c>[code]</c>, <c>[sourcecode]</c>, <c>[php]…[/php]</c>) are set aside during wpautop and put back
/// unchanged, as syntax-highlighter plugins do by handling them before wpautop runs; otherwise their code would gain
/// <c>&lt;p&gt;</c> and <c>&lt;br /&gt;</c>. The body stays in the WordPress format (shortcodes are expanded later).
/// </summary>
public sealed class WpautopTransform : IPostTransform
{
    private static readonly Regex CodeShortcodes = ShortcodeSyntax.For(ShortcodeRegistry.CodeNames);

    public string Name => "wpautop";

    public Post Apply(Post post, TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        if (post.Content.Format != BodyFormat.WordPress || post.Content.HasBlocks())
            return post;
        return ScanBudget.Run(post, context, Name, _ => post.WithBody(Run(post.Content.Text)));
    }

    internal static string Run(string text)
    {
        var setAside = new List<KeyValuePair<string, string>>();
        var original = text;
        text = CodeShortcodes.Replace(text, m =>
        {
            if (!m.Groups[5].Success || (m.Groups[1].Value == "[" && m.Groups[6].Value == "]"))
                return m.Value;
            // Inside a <pre> (an author's <pre>[sourcecode]…[/sourcecode]</pre>) wpautop changes nothing, and a <pre>
            // key there would nest one pre in another, whose second </pre> wpautop drops as WordPress does: the
            // rest of the page would end up in the code block. A comment keeps the place there.
            var key = InsidePre(original, m.Index) ? $"<!--migrator-code-{setAside.Count}-->" : $"<pre migrator-code-{setAside.Count}></pre>";
            setAside.Add(new(key, m.Value));
            return key;
        });
        text = Wpautop.Apply(text);
        text = Wpautop.ShortcodeUnautop(text, ShortcodeRegistry.Names);
        if (setAside.Count == 0)
            return text;
        var sb = new StringBuilder(text);
        foreach (var (key, code) in setAside)
            sb.Replace(key, code);
        return sb.ToString();
    }

    /// <summary>True when a <c>&lt;pre&gt;</c> opened before <paramref name="index"/> is not closed yet there.</summary>
    private static bool InsidePre(string text, int index)
    {
        var open = 0;
        for (var at = text.IndexOf("<pre", StringComparison.OrdinalIgnoreCase); at >= 0 && at < index; at = text.IndexOf("<pre", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            if (at + 4 < text.Length && text[at + 4] is '>' or ' ' or '\t' or '\n' or '\r' or '/')
                open++;
        }
        for (var at = text.IndexOf("</pre", StringComparison.OrdinalIgnoreCase); at >= 0 && at < index; at = text.IndexOf("</pre", at + 5, StringComparison.OrdinalIgnoreCase))
            open--;
        return open > 0;
    }
}
