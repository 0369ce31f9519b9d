using System.Net;
using Migrator.Core.Model;

namespace Migrator.Core.Markup;

/// <summary>
/// A source format's highlight block (Jekyll's <c>{% highlight %}</c>, Hugo's <c>{{&lt; highlight &gt;}}</c>) as plain
/// content: a fenced code block in a Markdown body, <c>&lt;pre&gt;&lt;code class="language-…"&gt;</c> in an HTML body.
/// The code is kept exactly, without its leading and trailing line breaks (both generators strip them).
/// </summary>
public static class CodeBlockText
{
    /// <param name="code">The code as written.</param>
    /// <param name="language">The language name, or empty.</param>
    /// <param name="format">The body's format.</param>
    /// <param name="atLineStart">The block starts a line of the body; otherwise a line break is put before a fence.</param>
    public static string For(string code, string language, BodyFormat format, bool atLineStart)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(language);
        code = code.Trim('\n', '\r');
        if (format != BodyFormat.Markdown)
        {
            var cls = language.Length > 0 ? $" class=\"language-{WebUtility.HtmlEncode(language)}\"" : "";
            return $"<pre><code{cls}>{WebUtility.HtmlEncode(code)}</code></pre>";
        }
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        var block = fence + language + "\n" + code + (code.Length > 0 ? "\n" : "") + fence;
        return atLineStart ? block : "\n" + block;
    }

    /// <summary>The longest run of <paramref name="c"/> in <paramref name="text"/> (a fence must be longer).</summary>
    internal static int LongestRun(string text, char c)
    {
        int best = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            best = Math.Max(best, run);
        }
        return best;
    }
}
