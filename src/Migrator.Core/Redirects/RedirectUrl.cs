using System.Text;

namespace Migrator.Core.Redirects;

/// <summary>
/// The checks and percent-encoding every redirect file format shares. Each format decides which characters it must
/// encode; what no format can hold (a line break splits a rule in two) is refused here.
/// </summary>
internal static class RedirectUrl
{
    /// <summary>Why no redirect file can hold <paramref name="url"/>; null when it can.</summary>
    public static string? Unwritable(string url) =>
        url.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')
            ? "it holds a control character (a line break or tab would split the rule)"
            : null;

    /// <summary>Why <paramref name="url"/> cannot be a redirect target; null when it can.</summary>
    /// <remarks>
    /// A target is a path on this site or an absolute http(s) URL. <c>//host/…</c> (and <c>/\host/…</c>, which browsers
    /// read the same way) would send visitors to another host.
    /// </remarks>
    public static string? UnwritableTarget(string url) =>
        Unwritable(url) ?? (url.StartsWith('/')
            ? url.Length > 1 && url[1] is '/' or '\\' ? "a target starting with '//' leads to another host" : null
            : OldUrls.IsAbsoluteHttp(url) ? null : "a target must be a path starting with '/' or an http(s) URL");

    /// <summary>Why <paramref name="url"/> cannot be a redirect source; null when it can.</summary>
    public static string? UnwritableSource(string url) =>
        Unwritable(url) ?? (url.StartsWith('/') ? null : "an old URL must be a path starting with '/'");

    /// <summary>Percent-encodes (UTF-8, upper-case hex) every character <paramref name="encode"/> selects; others are kept.</summary>
    public static string Encode(string s, Func<char, bool> encode)
    {
        if (!s.Any(encode))
            return s;
        var sb = new StringBuilder(s.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < s.Length; i++)
        {
            if (!encode(s[i]))
            {
                sb.Append(s[i]);
                continue;
            }
            var length = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            var n = Encoding.UTF8.GetBytes(s.AsSpan(i, length), bytes);
            for (var b = 0; b < n; b++)
                sb.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            i += length - 1;
        }
        return sb.ToString();
    }

    /// <summary>
    /// A path and query as a browser sends it: in the path, spaces, <c>" # &lt; &gt; ` { }</c> and non-ASCII characters
    /// percent-encoded; in the query, spaces, <c>" # &lt; &gt;</c> and non-ASCII characters. Existing escapes are kept.
    /// </summary>
    public static string AsRequested(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = q >= 0 ? pathAndQuery[..q] : pathAndQuery;
        var encoded = Encode(path, c => InQuerySet(c) || c is '?' or '`' or '{' or '}');
        return q >= 0 ? encoded + "?" + Encode(pathAndQuery[(q + 1)..], InQuerySet) : encoded;
    }

    private static bool InQuerySet(char c) => c <= ' ' || c > '~' || c is '"' or '#' or '<' or '>';
}
