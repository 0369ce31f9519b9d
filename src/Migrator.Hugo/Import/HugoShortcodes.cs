using System.Text;
using Migrator.Core.Markup;
using Migrator.Core.Model;

namespace Migrator.Hugo.Import;

/// <summary>
/// Turns the Hugo shortcodes of a body into what Hugo renders them as, where that is plain content, as the Jekyll reader
/// does with Liquid: <c>{{&lt; highlight lang &gt;}}…{{&lt; /highlight &gt;}}</c> → a code block (<see cref="CodeBlockText"/>);
/// Hugo's <c>figure</c>, <c>youtube</c>, <c>vimeo</c> and <c>gist</c> → their HTML (<see cref="HugoBuiltInShortcodes"/>);
/// an escaped shortcode <c>{{&lt;/* x */&gt;}}</c> → the literal <c>{{&lt; x &gt;}}</c>. Every other shortcode is kept
/// verbatim, and its name returned so the reader can report it.
/// </summary>
internal static class HugoShortcodes
{
    public static (string Text, IReadOnlyList<string> Kept) Convert(string body, BodyFormat format)
    {
        var kept = new List<string>();
        var output = new StringBuilder(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var open = NextShortcode(body, pos);
            if (open < 0)
                break;
            output.Append(body, pos, open - pos);
            pos = Shortcode(body, open, format, output, kept);
        }
        output.Append(body, pos, body.Length - pos);
        return (output.ToString(), [.. kept.Distinct(StringComparer.Ordinal)]);
    }

    private static int NextShortcode(string body, int from)
    {
        for (var i = body.IndexOf("{{", from, StringComparison.Ordinal); i >= 0; i = body.IndexOf("{{", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 < body.Length && body[i + 2] is '<' or '%')
                return i;
        }
        return -1;
    }

    /// <summary>Handles the shortcode at <paramref name="start"/>; returns where the text after it starts.</summary>
    private static int Shortcode(string body, int start, BodyFormat format, StringBuilder output, List<string> kept)
    {
        var delimiter = body[start + 2];
        var close = Closing(delimiter);
        var end = body.IndexOf(close, start + 3, StringComparison.Ordinal);
        if (end < 0)
        {
            output.Append(body, start, 3);
            return start + 3;
        }
        var after = end + close.Length;
        var inner = body[(start + 3)..end];
        var trimmed = inner.Trim();
        if (trimmed.StartsWith("/*", StringComparison.Ordinal) && trimmed.EndsWith("*/", StringComparison.Ordinal))
        {
            // {{</* x */>}} is how Hugo writes a shortcode as text.
            output.Append("{{").Append(delimiter).Append(trimmed[2..^2]).Append(close);
            return after;
        }
        var name = Name(trimmed);
        if (name == "highlight" && !trimmed.StartsWith('/') && EndOf(body, after, delimiter, "highlight") is var (codeEnd, blockEnd) && codeEnd >= 0)
        {
            var language = trimmed["highlight".Length..].Trim().Split([' ', '\t', ','], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            output.Append(CodeBlockText.For(body[after..codeEnd], language.Trim('"'), format, atLineStart: start == 0 || body[start - 1] == '\n'));
            return blockEnd;
        }
        if (name.Length > 0 && !trimmed.StartsWith('/') && HugoBuiltInShortcodes.Render(name, trimmed[name.Length..]) is { } builtIn)
        {
            output.Append(builtIn);
            return after;
        }
        if (name.Length > 0 && !trimmed.StartsWith('/'))
            kept.Add(name);
        output.Append(body, start, after - start);
        return after;
    }

    /// <summary>Where the closing <c>{{&lt; /name &gt;}}</c> starts and ends, or (-1, -1).</summary>
    private static (int Start, int End) EndOf(string body, int from, char delimiter, string name)
    {
        var close = Closing(delimiter);
        for (var i = body.IndexOf("{{" + delimiter, from, StringComparison.Ordinal); i >= 0; i = body.IndexOf("{{" + delimiter, i + 3, StringComparison.Ordinal))
        {
            var end = body.IndexOf(close, i + 3, StringComparison.Ordinal);
            if (end < 0)
                break;
            var inner = body[(i + 3)..end].Trim();
            if (inner.StartsWith('/') && Name(inner[1..].Trim()) == name)
                return (i, end + close.Length);
        }
        return (-1, -1);
    }

    private static string Closing(char delimiter) => delimiter == '<' ? ">}}" : "%}}";

    private static string Name(string inner)
    {
        var length = 0;
        while (length < inner.Length && !char.IsWhiteSpace(inner[length]) && inner[length] is not ('"' or '>' or '%'))
            length++;
        return inner[..length];
    }
}
