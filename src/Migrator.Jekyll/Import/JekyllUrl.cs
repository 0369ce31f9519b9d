using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Jekyll's URL building (<c>Jekyll::URL</c>, <c>Configuration#style_to_permalink</c>, <c>Utils.add_permalink_suffix</c>):
/// placeholders filled and escaped, empty ones collapsed, <c>..</c> removed, slashes squeezed (docs/jekyll.md#permalinks).
/// </summary>
internal static partial class JekyllUrl
{
    /// <summary>The template of a built-in style, or the value itself when it is already a template.</summary>
    public static string StyleToTemplate(string permalink) => permalink switch
    {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        _ => permalink,
    };

    /// <summary>
    /// <c>Utils.add_permalink_suffix</c>: what a collection document or page template ends with under the site style
    /// (<c>/</c> for pretty-like styles, <c>:output_ext</c> for the others).
    /// </summary>
    public static string AddPermalinkSuffix(string template, string style) => style switch
    {
        "pretty" => template + "/",
        "date" or "ordinal" or "none" => template + ":output_ext",
        _ when style.EndsWith('/') => template + "/",
        _ when style.EndsWith(":output_ext", StringComparison.Ordinal) => template + ":output_ext",
        _ => template,
    };

    /// <summary>
    /// Fills a template. <paramref name="placeholders"/> returns the value of a known placeholder (null or empty for an
    /// empty one) and throws <see cref="KeyNotFoundException"/> for one Jekyll does not know; unknown ones stay as text and
    /// are passed to <paramref name="unknown"/>.
    /// </summary>
    public static string Expand(string template, IReadOnlyDictionary<string, string?> placeholders, Action<string> unknown)
    {
        var filled = Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            string[] pool = name.EndsWith('_') ? [name, name[..^1]] : [name];
            var winner = pool.FirstOrDefault(placeholders.ContainsKey);
            if (winner is null)
            {
                unknown(name);
                return match.Value;
            }
            var replacement = EscapePath(placeholders[winner] ?? "");
            return replacement + match.Value[(1 + winner.Length)..];
        });
        return Sanitize(Squeeze(filled));
    }

    /// <summary><c>URL#sanitize_url</c>: leading slash, <c>..</c> turned into <c>/</c>, <c>./</c> dropped, slashes squeezed.</summary>
    public static string Sanitize(string url)
    {
        var result = ("/" + url).Replace("..", "/", StringComparison.Ordinal);
        while (result.Contains("./", StringComparison.Ordinal))
            result = result.Replace("./", "", StringComparison.Ordinal);
        return Squeeze(result);
    }

    /// <summary>
    /// <c>URL.escape_path</c>: everything but unreserved characters, sub-delims, <c>:</c>, <c>@</c> and <c>/</c> is
    /// percent-encoded as UTF-8; existing <c>%XX</c> escapes are kept (upper-cased).
    /// </summary>
    public static string EscapePath(string path)
    {
        if (path.Length == 0)
            return path;
        var builder = new StringBuilder(path.Length);
        var bytes = Encoding.UTF8.GetBytes(path);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal)))
                builder.Append(c);
            else if (c == '%' && i + 2 < bytes.Length && char.IsAsciiHexDigit((char)bytes[i + 1]) && char.IsAsciiHexDigit((char)bytes[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant((char)bytes[i + 1])).Append(char.ToUpperInvariant((char)bytes[i + 2]));
                i += 2;
            }
            else
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static string Squeeze(string text) => Slashes().Replace(text, "/");

    [GeneratedRegex(":([a-z_]+)")]
    private static partial Regex Placeholder();

    [GeneratedRegex("/{2,}")]
    private static partial Regex Slashes();
}
