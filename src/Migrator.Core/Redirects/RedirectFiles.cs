using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Output;

namespace Migrator.Core.Redirects;

/// <summary>Server redirect files: Netlify/Cloudflare <c>_redirects</c>, an nginx <c>map</c> include, Apache rewrite rules.</summary>
public static class RedirectFiles
{
    /// <summary>The server formats this class writes (the front matter formats are written by the exporters).</summary>
    public static IReadOnlyList<string> ServerFormats { get; } = ["netlify", "cloudflare", "nginx", "apache"];

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
        {
            var name = formats.Contains("netlify") ? "Netlify" : "Cloudflare Pages";
            output.WriteText(root + "_redirects", Netlify(ordered, out var skipped));
            if (skipped > 0)
                diagnostics.Report(RedirectDiagnostics.QueryNotSupported(name + " _redirects", skipped));
        }
        if (formats.Contains("nginx"))
            output.WriteText("redirects/nginx-redirects.conf", Nginx(ordered));
        if (formats.Contains("apache"))
        {
            output.WriteText(root + ".htaccess", Apache(ordered, basePath, out var outside));
            if (outside > 0)
                diagnostics.Report(RedirectDiagnostics.OutsideHtaccessFolder(basePath, outside));
        }
    }

    /// <summary>Netlify and Cloudflare Pages <c>_redirects</c>: <c>/from /to 301</c>. Query-string sources cannot be matched there and are left out (counted).</summary>
    public static string Netlify(IReadOnlyList<Redirect> redirects, out int skippedQueries)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        var sb = new StringBuilder("# Redirects from the old site's URLs, written by Migrator.\n");
        skippedQueries = 0;
        foreach (var r in redirects)
        {
            if (r.From.Contains('?', StringComparison.Ordinal))
            {
                skippedQueries++;
                continue;
            }
            sb.Append(SpaceFree(r.From)).Append(' ').Append(SpaceFree(r.To)).Append(" 301\n");
        }
        return sb.ToString();
    }

    /// <summary>An nginx <c>map</c> on <c>$request_uri</c> (path and query exactly as requested), to include in the <c>http</c> block.</summary>
    public static string Nginx(IReadOnlyList<Redirect> redirects)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        var sb = new StringBuilder();
        sb.Append("# Redirects from the old site's URLs, written by Migrator.\n");
        sb.Append("# Include this file in the http {} block, then in the site's server {} block add:\n");
        sb.Append("#     if ($migrator_redirect) { return 301 $migrator_redirect; }\n");
        sb.Append("map $request_uri $migrator_redirect {\n    default \"\";\n");
        // nginx compares map strings case-insensitively, so the lower-case percent-encoding WordPress printed also
        // matches the upper-case form browsers send; one line per source is enough (and two would conflict).
        // $request_uri is matched exactly: an old link without its trailing slash gets its own line (as the Apache rules
        // accept both), unless that form is a source of its own.
        var seen = new HashSet<string>(redirects.Select(r => r.From), StringComparer.OrdinalIgnoreCase);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in redirects)
        {
            if (!written.Add(r.From))
                continue;
            MapLine(sb, r.From, r.To);
            if (r.From.Length > 1 && r.From.EndsWith('/') && !r.From.Contains('?', StringComparison.Ordinal)
                && r.From[..^1] is var bare && !seen.Contains(bare) && written.Add(bare))
                MapLine(sb, bare, r.To);
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// Apache <c>.htaccess</c> rules (mod_rewrite) for the folder the site is served from (<paramref name="basePath"/>):
    /// per-folder rules match the path below that folder, so old URLs outside it cannot be redirected there (counted in
    /// <paramref name="outside"/>). Targets keep their percent-encoding (<c>NE</c>; <c>%</c> escaped, as <c>%1</c> would
    /// be a back-reference); patterns with spaces are quoted.
    /// </summary>
    public static string Apache(IReadOnlyList<Redirect> redirects, string basePath, out int outside)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        ArgumentNullException.ThrowIfNull(basePath);
        var sb = new StringBuilder("# Redirects from the old site's URLs, written by Migrator.\nRewriteEngine On\n");
        outside = 0;
        var folder = basePath.TrimEnd('/') + "/";
        foreach (var r in redirects)
        {
            var q = r.From.IndexOf('?', StringComparison.Ordinal);
            var path = q >= 0 ? r.From[..q] : r.From;
            if (!path.StartsWith(folder, StringComparison.Ordinal) && path != basePath)
            {
                outside++;
                continue;
            }
            var relative = path.Length > folder.Length ? path[folder.Length..] : "";
            var pattern = "^" + Regex.Escape(Uri.UnescapeDataString(relative));
            pattern = pattern.EndsWith('/') ? pattern + "?$" : pattern + "$";
            if (pattern.Contains(' ', StringComparison.Ordinal))
                pattern = "\"" + pattern.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            var target = SpaceFree(r.To).Replace("%", "\\%", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal);
            if (q >= 0)
            {
                sb.Append("RewriteCond %{QUERY_STRING} ^").Append(Regex.Escape(r.From[(q + 1)..])).Append("$\n");
                target += target.Contains('?', StringComparison.Ordinal) ? "" : "?";
            }
            sb.Append("RewriteRule ").Append(pattern).Append(' ').Append(target).Append(" [R=301,L,NE]\n");
        }
        return sb.ToString();
    }

    private static void MapLine(StringBuilder sb, string from, string to) =>
        sb.Append("    \"").Append(NginxEscape(from)).Append("\" \"").Append(NginxEscape(to)).Append("\";\n");

    private static string NginxEscape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string SpaceFree(string s) => s.Replace(" ", "%20", StringComparison.Ordinal);
}
