using Migrator.Core.Publishing;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Export;

/// <summary>What the posts taught the session about the site, for <c>_config.yml</c>.</summary>
internal sealed record SiteFacts(
    OffsetTally Offsets,
    IReadOnlyList<string> Collections,
    bool HasMoreTag,
    bool HasDisqus,
    bool UsesRedirectFrom,
    IReadOnlyList<string> HiddenNames);

/// <summary>
/// Writes <c>_config.yml</c>: title, description, lang, url and baseurl (from the new base URL, else the old site's),
/// timezone (the source's, else derived from the posts' offsets: <see cref="SiteTimeZone"/>), a fallback permalink
/// (every published item carries its own), <c>excerpt_separator: "&lt;!--more--&gt;"</c> when a post has a more tag,
/// <c>future: false</c> (scheduled posts appear when their date comes, as on WordPress), kramdown with the GFM parser
/// (Debian's jekyll package depends on kramdown-parser-gfm), collections, layout defaults, the exclude list, an empty
/// the include list (server redirect files written at the root: <c>_redirects</c>, <c>.htaccess</c>) and
/// exclude list (the nginx redirects folder and the audit report are not site content), an empty
/// Disqus shortname to fill in when the site had threads, the jekyll-redirect-from plugin when <c>redirect_from</c>
/// is written, then the source's own configuration keys.
/// </summary>
internal static class JekyllSiteConfig
{
    public const string FallbackPermalink = "/:year/:month/:day/:title/";

    private static readonly string[] RedirectPlugin = ["jekyll-redirect-from"];
    private static readonly string[] Included = [".htaccess", "_redirects"];
    private static readonly string[] Excluded = ["Gemfile", "Gemfile.lock", "node_modules", "vendor", "redirects", "migration-report.csv", "migration-report.html"];

    /// <summary>
    /// The names among <paramref name="sitePaths"/> (files and the folders on their way) that Jekyll does not publish
    /// unless listed under <c>include:</c>: those starting with <c>_</c> or <c>.</c>. Jekyll 4 matches an entry of a
    /// subfolder against <c>include:</c> by its name alone, so the names are listed, not the paths (docs/jekyll.md).
    /// Jekyll's own folders (<c>_posts</c>, <c>_layouts</c>…) are never listed: they would be published as files.
    /// </summary>
    public static IReadOnlyList<string> HiddenNames(IEnumerable<string> sitePaths) =>
        [.. sitePaths.SelectMany(p => p.Split('/'))
            .Where(n => n.Length > 1 && n[0] is '_' or '.' && !JekyllOwnNames.Contains(n))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static readonly HashSet<string> JekyllOwnNames = new(StringComparer.Ordinal)
    {
        "_posts", "_drafts", "_layouts", "_includes", "_data", "_sass", "_site", "_plugins", "_config.yml",
    };

    public static string Write(Site site, SiteAddress address, SiteFacts facts, IDiagnosticSink diagnostics)
    {
        var fields = new List<KeyValuePair<string, object?>>
        {
            new("title", site.Title),
        };
        if (!string.IsNullOrWhiteSpace(site.Description))
            fields.Add(new("description", site.Description));
        if (!string.IsNullOrWhiteSpace(site.Language))
            fields.Add(new("lang", site.Language));
        fields.Add(new("url", address.Origin ?? ""));
        fields.Add(new("baseurl", address.BasePath));
        if (TimeZone(site, facts, diagnostics) is { } zone)
            fields.Add(new("timezone", zone));
        fields.Add(new("permalink", FallbackPermalink));
        if (facts.HasMoreTag)
            fields.Add(new("excerpt_separator", JekyllBody.MoreTag));
        fields.Add(new("future", false));
        fields.Add(new("markdown", "kramdown"));
        // No typography the source did not have: kramdown's smart quotes and symbols (« for <<, – for --) off
        // (docs/jekyll.md#markdown).
        fields.Add(new("kramdown", Map(("input", "GFM"), ("hard_wrap", false), ("smart_quotes", "apos,apos,quot,quot"),
            ("typographic_symbols", Map(("hellip", "..."), ("mdash", "---"), ("ndash", "--"), ("laquo", "&lt;&lt;"), ("raquo", "&gt;&gt;"),
                ("laquo_space", "&lt;&lt; "), ("raquo_space", " &gt;&gt;"))))));
        if (facts.Collections.Count > 0)
        {
            fields.Add(new("collections", facts.Collections
                .Select(c => new KeyValuePair<string, object?>(c, Map(("output", true), ("permalink", "/:collection/:name/"))))
                .ToList()));
        }
        fields.Add(new("defaults", Defaults(facts.Collections)));
        fields.Add(new("include", Included.Concat(facts.HiddenNames).Distinct(StringComparer.Ordinal).ToArray()));
        fields.Add(new("exclude", Excluded));
        if (facts.HasDisqus)
            fields.Add(new("disqus", Map(("shortname", ""))));
        if (facts.UsesRedirectFrom)
        {
            // GitHub Pages allows this plugin; the whitelist lets `jekyll build --safe` load it too.
            fields.Add(new("plugins", RedirectPlugin));
            fields.Add(new("whitelist", RedirectPlugin));
        }
        foreach (var (key, value) in site.Extra)
        {
            if (fields.Any(f => string.Equals(f.Key, key, StringComparison.Ordinal)))
                diagnostics.Report(JekyllWriteDiagnostics.SiteConfigKeyKept(key));
            else
                fields.Add(new(key, value));
        }
        return Header(facts.HasDisqus) + FrontMatterWriter.WriteYaml(fields);
    }

    private static string Header(bool hasDisqus) =>
        "# Written by Migrator. Every post and page carries its old URL as its own permalink;\n" +
        "# the permalink below is only for posts you add later.\n" +
        (hasDisqus ? "# Disqus: set disqus.shortname to your forum name to show the old threads.\n" : "");

    private static string? TimeZone(Site site, SiteFacts facts, IDiagnosticSink diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(site.TimeZone))
            return site.TimeZone;
        if (facts.Offsets.MostCommon() is not { } common)
            return null;
        var name = SiteTimeZone.NameFor(common.Offset);
        diagnostics.Report(name is null
            ? JekyllWriteDiagnostics.TimeZoneNotExpressible(SiteTimeZone.Format(common.Offset))
            : JekyllWriteDiagnostics.TimeZoneChosen(name, SiteTimeZone.Format(common.Offset), common.Count, facts.Offsets.Total));
        return name;
    }

    private static List<object?> Defaults(IReadOnlyList<string> collections)
    {
        var defaults = new List<object?>
        {
            Map(("scope", Map(("path", ""), ("type", "posts"))), ("values", Map(("layout", "post")))),
            Map(("scope", Map(("path", ""), ("type", "drafts"))), ("values", Map(("layout", "post")))),
            Map(("scope", Map(("path", ""), ("type", "pages"))), ("values", Map(("layout", "page")))),
        };
        defaults.AddRange(collections.Select(c => (object?)Map(("scope", Map(("path", ""), ("type", c))), ("values", Map(("layout", c))))));
        return defaults;
    }

    private static List<KeyValuePair<string, object?>> Map(params (string Key, object? Value)[] entries) =>
        [.. entries.Select(e => new KeyValuePair<string, object?>(e.Key, e.Value))];
}
