using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Output;

namespace Migrator.Core.Redirects;

/// <summary>
/// Server redirect files: Netlify/Cloudflare <c>_redirects</c>, an nginx <c>map</c> include, Apache rewrite rules.
/// Each format writes its values in one place (<c>…Line</c>), which encodes or escapes what that format treats
/// specially; a redirect that cannot be written safely is left out of that file and reported (RDR006).
/// </summary>
public static class RedirectFiles
{
    /// <summary>The server formats this class writes (the front matter formats are written by the exporters).</summary>
    public static IReadOnlyList<string> ServerFormats { get; } = ["netlify", "cloudflare", "nginx", "apache"];

    /// <summary>
    /// nginx reads a request line of at most 8 KB (<c>large_client_header_buffers</c>), so a longer old URL can never
    /// be requested; refusing it also bounds the map's hash bucket.
    /// </summary>
    private const int NginxLongestSource = 8000;

    /// <summary>
    /// Writes the requested formats. <paramref name="publishedRoot"/> is where the site's own static files go ("" or
    /// "static"); null when the target is not a static site. <paramref name="basePath"/> is the path the new site is served
    /// at ("" at the root, "/blog"): the published <c>.htaccess</c> sits there.
    /// </summary>
    public static void Write(IReadOnlyCollection<string> formats, string? publishedRoot, string basePath, OutputFolder output, IReadOnlyList<Redirect> redirects, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ordered = redirects.OrderBy(r => r.From, StringComparer.Ordinal).ToList();
        var root = publishedRoot is null ? "redirects/" : publishedRoot.Length == 0 ? "" : publishedRoot.TrimEnd('/') + "/";
        if (formats.Contains("netlify") || formats.Contains("cloudflare"))
            output.WriteText(root + "_redirects", Netlify(ordered, formats.Contains("netlify") ? "Netlify" : "Cloudflare Pages", diagnostics));
        if (formats.Contains("nginx"))
            output.WriteText("redirects/nginx-redirects.conf", Nginx(ordered, diagnostics));
        if (formats.Contains("apache"))
            output.WriteText(root + ".htaccess", Apache(ordered, basePath, diagnostics));
    }

    /// <summary>
    /// Netlify and Cloudflare Pages <c>_redirects</c>: <c>/from /to 301</c>. Query-string sources cannot be matched there
    /// and are left out (counted, RDR003).
    /// </summary>
    public static string Netlify(IReadOnlyList<Redirect> redirects, string host, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sb = new StringBuilder("# Redirects from the old site's URLs, written by Migrator.\n");
        var skippedQueries = 0;
        foreach (var r in redirects)
        {
            if (r.From.Contains('?', StringComparison.Ordinal))
                skippedQueries++;
            else if (NetlifyLine(r, out var why) is { } line)
                sb.Append(line);
            else
                diagnostics.Report(RedirectDiagnostics.CannotWrite(r.From, r.To, "_redirects", why));
        }
        if (skippedQueries > 0)
            diagnostics.Report(RedirectDiagnostics.QueryNotSupported(host + " _redirects", skippedQueries));
        return sb.ToString();
    }

    /// <summary>
    /// One <c>_redirects</c> line. Fields are split at any white space, so every white space character is
    /// percent-encoded. In a source, <c>*</c> is a wildcard and a segment starting with <c>:</c> a placeholder: such a
    /// source is refused (encoding them would no longer match what browsers send). In a target, <c>:</c> at the start
    /// of a segment would be filled in from a placeholder, so it is encoded.
    /// </summary>
    private static string? NetlifyLine(Redirect r, out string why)
    {
        why = RedirectUrl.UnwritableSource(r.From) ?? RedirectUrl.UnwritableTarget(r.To)
            ?? (r.From.Contains('*', StringComparison.Ordinal) ? "'*' is a wildcard in _redirects" : null)
            ?? (r.From.Contains("/:", StringComparison.Ordinal) ? "a path segment starting with ':' is a placeholder in _redirects" : null)
            ?? "";
        if (why.Length > 0)
            return null;
        var from = RedirectUrl.AsRequested(r.From);
        var to = RedirectUrl.Encode(r.To, c => char.IsWhiteSpace(c) || c is '"' or '\\');
        to = to.Replace("/:", "/%3A", StringComparison.Ordinal);
        return $"{from} {to} 301\n";
    }

    /// <summary>
    /// An nginx <c>map</c> on <c>$request_uri</c> (path and query exactly as requested), to include in the <c>http</c>
    /// block before any other <c>map</c>: it sets the map hash sizes its keys need (see the file's header).
    /// </summary>
    public static string Nginx(IReadOnlyList<Redirect> redirects, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        ArgumentNullException.ThrowIfNull(diagnostics);
        // nginx compares map strings case-insensitively, so the lower-case percent-encoding WordPress printed also
        // matches the upper-case form browsers send; one line per source is enough (and two would conflict).
        // $request_uri is matched exactly: an old link without its trailing slash gets its own line (as the Apache rules
        // accept both), unless that form is a source of its own.
        var lines = new List<(string Key, string Value)>();
        foreach (var r in redirects)
        {
            if (NginxLine(r, out var why) is { } line)
                lines.Add(line);
            else
                diagnostics.Report(RedirectDiagnostics.CannotWrite(r.From, r.To, "nginx-redirects.conf", why));
        }
        var seen = new HashSet<string>(lines.Select(l => l.Key), StringComparer.OrdinalIgnoreCase);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var map = new StringBuilder();
        foreach (var (key, value) in lines)
        {
            if (!written.Add(key))
                continue;
            MapLine(map, key, value);
            if (key.Length > 1 && key.EndsWith('/') && !key.Contains('?', StringComparison.Ordinal)
                && key[..^1] is var bare && !seen.Contains(bare) && written.Add(bare))
                MapLine(map, bare, value);
        }
        var (bucketSize, maxSize) = NginxHashSizes(written);
        var sb = new StringBuilder();
        sb.Append("# Redirects from the old site's URLs, written by Migrator.\n");
        sb.Append("# Include this file in the http {} block, before any other map (the two map_hash_* lines size every\n");
        sb.Append("# map of the http block; nginx refuses them after a map, or when the configuration already sets them:\n");
        sb.Append("# then keep the larger values there and delete them here). In the site's server {} block add:\n");
        sb.Append("#     if ($migrator_redirect) { return 301 $migrator_redirect; }\n");
        sb.Append("map_hash_bucket_size ").Append(bucketSize.ToString(CultureInfo.InvariantCulture)).Append(";\n");
        sb.Append("map_hash_max_size ").Append(maxSize.ToString(CultureInfo.InvariantCulture)).Append(";\n");
        sb.Append("map $request_uri $migrator_redirect {\n    default \"\";\n");
        sb.Append(map);
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// One map entry. The key is what browsers send (<see cref="RedirectUrl.AsRequested"/>), taken literally by nginx.
    /// In the value, <c>$</c> would start a variable and nginx has no escape for it, so it is percent-encoded, as are
    /// white space, quotes and backslashes (which browsers read as <c>/</c>).
    /// </summary>
    private static (string Key, string Value)? NginxLine(Redirect r, out string why)
    {
        why = RedirectUrl.UnwritableSource(r.From) ?? RedirectUrl.UnwritableTarget(r.To) ?? "";
        var key = RedirectUrl.AsRequested(r.From);
        if (why.Length == 0 && Encoding.UTF8.GetByteCount(key) > NginxLongestSource)
            why = $"it is longer than the {NginxLongestSource} bytes nginx reads in a request line";
        if (why.Length > 0)
            return null;
        return (key, RedirectUrl.Encode(r.To, c => char.IsWhiteSpace(c) || c is '$' or '"' or '\\'));
    }

    /// <summary>
    /// <c>map_hash_bucket_size</c> and <c>map_hash_max_size</c> for these keys. nginx stores a key of n bytes in
    /// n + 10 bytes rounded up to 8 (on 64-bit machines), and a bucket ends with one 8-byte pointer; a bucket that holds
    /// two of the longest keys, and a table allowed four slots per key, let nginx place every key.
    /// </summary>
    private static (int BucketSize, int MaxSize) NginxHashSizes(IEnumerable<string> keys)
    {
        var longest = keys.Select(k => Encoding.UTF8.GetByteCount(k)).DefaultIfEmpty(0).Max();
        var element = (longest + 10 + 7) / 8 * 8;
        var bucket = Math.Max(128, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * element + 8)));
        var max = Math.Max(2048, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)keys.Count()) * 4);
        return (bucket, max);
    }

    private static void MapLine(StringBuilder sb, string from, string to) =>
        sb.Append("    \"").Append(NginxQuoted(from)).Append("\" \"").Append(NginxQuoted(to)).Append("\";\n");

    private static string NginxQuoted(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>
    /// Apache <c>.htaccess</c> rules (mod_rewrite) for the folder the site is served from (<paramref name="basePath"/>):
    /// per-folder rules match the path below that folder, so old URLs outside it cannot be redirected there (counted,
    /// RDR005).
    /// </summary>
    public static string Apache(IReadOnlyList<Redirect> redirects, string basePath, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sb = new StringBuilder("# Redirects from the old site's URLs, written by Migrator.\nRewriteEngine On\n");
        var outside = 0;
        var folder = basePath.TrimEnd('/') + "/";
        foreach (var r in redirects)
        {
            var q = r.From.IndexOf('?', StringComparison.Ordinal);
            var path = q >= 0 ? r.From[..q] : r.From;
            if (!path.StartsWith(folder, StringComparison.Ordinal) && path != basePath)
                outside++;
            else if (ApacheLines(r, path.Length > folder.Length ? path[folder.Length..] : "", q >= 0 ? r.From[(q + 1)..] : null, out var why) is { } lines)
                sb.Append(lines);
            else
                diagnostics.Report(RedirectDiagnostics.CannotWrite(r.From, r.To, ".htaccess", why));
        }
        if (outside > 0)
            diagnostics.Report(RedirectDiagnostics.OutsideHtaccessFolder(basePath, outside));
        return sb.ToString();
    }

    /// <summary>
    /// The rule (and query condition) of one redirect. mod_rewrite matches the pattern against the decoded path, so the
    /// pattern is the decoded path with every regex metacharacter and space escaped by a backslash (its argument parser
    /// splits at unescaped spaces, and ends a quoted argument at any quote, so patterns are never quoted). In the
    /// target, <c>$</c> and <c>%</c> would be back-references (escaped with a backslash; <c>NE</c> keeps the
    /// percent-encoding), and white space, quotes and backslashes are percent-encoded. Apache looks for the requested
    /// file before it reads <c>.htaccess</c>, so a path with a segment longer than a file name can be is refused.
    /// </summary>
    private static string? ApacheLines(Redirect r, string relativePath, string? query, out string why)
    {
        var decoded = Uri.UnescapeDataString(relativePath);
        why = RedirectUrl.UnwritableSource(r.From) ?? RedirectUrl.UnwritableTarget(r.To)
            ?? (RedirectUrl.Unwritable(decoded) is { } reason ? "decoded, " + reason : null)
            ?? (decoded.Split('/').Any(s => Encoding.UTF8.GetByteCount(s) > 255)
                ? "a path segment longer than 255 bytes cannot be a file name, so Apache answers before reading any .htaccess; put this rule in the server configuration"
                : null)
            ?? "";
        if (why.Length > 0)
            return null;
        var pattern = "^" + Regex.Escape(decoded);
        pattern = pattern.EndsWith('/') ? pattern + "?$" : pattern + "$";
        var target = RedirectUrl.Encode(r.To, c => char.IsWhiteSpace(c) || c is '"' or '\\')
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal);
        var condition = "";
        if (query is not null)
        {
            condition = "RewriteCond %{QUERY_STRING} ^" + Regex.Escape(RedirectUrl.AsRequested("/?" + query)[2..]) + "$\n";
            target += target.Contains('?', StringComparison.Ordinal) ? "" : "?";
        }
        return condition + "RewriteRule " + pattern + " " + target + " [R=301,L,NE]\n";
    }
}
