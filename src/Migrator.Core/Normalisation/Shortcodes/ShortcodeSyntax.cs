using System.Text;
using System.Text.RegularExpressions;

namespace Migrator.Core.Normalisation.Shortcodes;

/// <summary>A shortcode found in content: its name, attributes, and content when it encloses some.</summary>
internal sealed record Shortcode(string Name, ShortcodeAttributes Attributes, string? Content);

/// <summary>
/// Attributes as <c>shortcode_parse_atts()</c> returns them: named values (names lower-cased) and positional values
/// (<c>[youtube URL]</c>, <c>[vimeo 123]</c>), in order.
/// </summary>
internal sealed class ShortcodeAttributes
{
    public static ShortcodeAttributes Empty { get; } = new(new Dictionary<string, string>(), []);

    public ShortcodeAttributes(IReadOnlyDictionary<string, string> named, IReadOnlyList<string> positional)
    {
        Named = named;
        Positional = positional;
    }

    public IReadOnlyDictionary<string, string> Named { get; }
    public IReadOnlyList<string> Positional { get; }

    public string? this[string name] => Named.TryGetValue(name, out var v) ? v : null;

    /// <summary>The named value, or null when missing or empty (PHP's <c>empty()</c> for strings, <c>"0"</c> aside).</summary>
    public string? NonEmpty(string name) => this[name] is { Length: > 0 } v ? v : null;

    /// <summary>PHP <c>(int)</c> of a named value: leading digits, 0 when none.</summary>
    public int Int(string name, int fallback = 0)
    {
        var v = this[name];
        if (v is null)
            return fallback;
        var s = v.AsSpan().TrimStart();
        var n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[n]))
            n++;
        return n == 0 ? 0 : int.Parse(s[..Math.Min(n, 9)], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True for boolean attributes given as <c>on</c>, <c>1</c>, <c>true</c> or <c>yes</c>.</summary>
    public bool Flag(string name) => this[name]?.Trim().ToLowerInvariant() is "on" or "1" or "true" or "yes" or "loop" or "autoplay" or "muted";
}

/// <summary>
/// The shortcode grammar of wp-includes/shortcodes.php: <c>get_shortcode_regex()</c> (possessive quantifiers written as
/// atomic groups), <c>shortcode_parse_atts()</c> and <c>stripcslashes()</c>.
/// </summary>
internal static partial class ShortcodeSyntax
{
    private const int TimeoutMs = 5000;

    /// <summary>
    /// The regular expression matching any of <paramref name="names"/> (compiled: build it once and keep it). Groups: 1 = extra <c>[</c> (escaped form),
    /// 2 = name, 3 = attribute text, 4 = <c>/</c> of a self-closing tag, 5 = content, 6 = extra <c>]</c>.
    /// </summary>
    public static Regex For(IEnumerable<string> names)
    {
        var alternation = string.Join('|', names.Select(Regex.Escape));
        var pattern =
            @"\[(\[?)(" + alternation + @")(?![A-Za-z0-9_-])"
            + @"([^\]/]*(?:/(?!\])[^\]/]*)*?)"
            + @"(?:(/)\]|\](?:((?>[^\[]*)(?>(?:\[(?!/\2\])(?>[^\[]*))*))\[/\2\])?)"
            + @"(\]?)";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(TimeoutMs));
    }

    /// <summary><c>shortcode_parse_atts()</c>.</summary>
    public static ShortcodeAttributes ParseAttributes(string text)
    {
        text = NoBreakSpaces().Replace(text, " ");
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        var any = false;
        foreach (Match m in Attribute().Matches(text))
        {
            any = true;
            var g = m.Groups;
            if (g[1].Length > 0)
                named[g[1].Value.ToLowerInvariant()] = StripCSlashes(g[2].Value);
            else if (g[3].Length > 0)
                named[g[3].Value.ToLowerInvariant()] = StripCSlashes(g[4].Value);
            else if (g[5].Length > 0)
                named[g[5].Value.ToLowerInvariant()] = StripCSlashes(g[6].Value);
            else if (g[7].Length > 0)
                positional.Add(StripCSlashes(g[7].Value));
            else if (g[8].Length > 0)
                positional.Add(StripCSlashes(g[8].Value));
            else if (g[9].Success)
                positional.Add(StripCSlashes(g[9].Value));
        }
        if (!any)
            return ShortcodeAttributes.Empty;
        // Reject any unclosed HTML elements.
        foreach (var key in named.Keys.ToList())
        {
            if (named[key].Contains('<', StringComparison.Ordinal) && !BalancedTags().IsMatch(named[key]))
                named[key] = "";
        }
        for (var k = 0; k < positional.Count; k++)
        {
            if (positional[k].Contains('<', StringComparison.Ordinal) && !BalancedTags().IsMatch(positional[k]))
                positional[k] = "";
        }
        return new ShortcodeAttributes(named, positional);
    }

    /// <summary>PHP <c>stripcslashes()</c>: C-style escapes (<c>\n</c>, <c>\x41</c>, <c>\101</c>) decoded, other backslashes dropped.</summary>
    public static string StripCSlashes(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
            return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c != '\\' || i + 1 >= s.Length)
            {
                sb.Append(c);
                continue;
            }
            var e = s[++i];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'a': sb.Append('\a'); break;
                case 'v': sb.Append('\v'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'x' when i + 1 < s.Length && char.IsAsciiHexDigit(s[i + 1]):
                    {
                        var len = i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 2]) ? 2 : 1;
                        sb.Append((char)Convert.ToInt32(s.Substring(i + 1, len), 16));
                        i += len;
                        break;
                    }
                case >= '0' and <= '7':
                    {
                        var len = 1;
                        while (len < 3 && i + len < s.Length && s[i + len] is >= '0' and <= '7')
                            len++;
                        sb.Append((char)(Convert.ToInt32(s.Substring(i, len), 8) & 0xFF));
                        i += len - 1;
                        break;
                    }
                default: sb.Append(e); break;
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex("[\u00a0\u200b]+", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex NoBreakSpaces();

    [GeneratedRegex(
        @"([A-Za-z0-9_-]+)[ \t\n\x0B\f\r]*=[ \t\n\x0B\f\r]*""([^""]*)""(?:[ \t\n\x0B\f\r]|$)"
        + @"|([A-Za-z0-9_-]+)[ \t\n\x0B\f\r]*=[ \t\n\x0B\f\r]*'([^']*)'(?:[ \t\n\x0B\f\r]|$)"
        + @"|([A-Za-z0-9_-]+)[ \t\n\x0B\f\r]*=[ \t\n\x0B\f\r]*([^ \t\n\x0B\f\r'""]+)(?:[ \t\n\x0B\f\r]|$)"
        + @"|""([^""]*)""(?:[ \t\n\x0B\f\r]|$)"
        + @"|'([^']*)'(?:[ \t\n\x0B\f\r]|$)"
        + @"|([^ \t\n\x0B\f\r]+)(?:[ \t\n\x0B\f\r]|$)",
        RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex Attribute();

    [GeneratedRegex("^(?>[^<]*)(?>(?:<(?>[^>]*)>(?>[^<]*))*)$", RegexOptions.CultureInvariant, TimeoutMs)]
    private static partial Regex BalancedTags();
}
