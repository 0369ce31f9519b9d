using Migrator.Core.Publishing;
using System.Globalization;
using System.Text;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Hugo.Export;

/// <summary>
/// Writes <c>hugo.toml</c> for a site that builds with no theme: <c>baseURL</c>, <c>title</c>, <c>languageCode</c>,
/// <c>timeZone</c>, <c>disablePathToLower</c> (keep URLs' case: docs/hugo.md#urls), the default taxonomies plus any custom ones,
/// the posts permalink, raw HTML allowed in Markdown (docs/hugo.md#raw-html-and-shortcodes), and a commented Disqus shortname for the owner.
/// </summary>
internal static class HugoSiteConfig
{
    public static string Write(Site site, string baseUrl, string? timeZone, IEnumerable<string> customTaxonomies)
    {
        var sb = new StringBuilder();
        sb.Append("# Written by Migrator. Hugo builds only pages whose date has come: scheduled posts appear once the site\n")
          .Append("# is built after their date. Old URLs are kept with front matter 'url'; old slugs redirect through 'aliases'.\n");
        Line(sb, "baseURL", baseUrl);
        Line(sb, "title", site.Title);
        if (!string.IsNullOrWhiteSpace(site.Language))
            Line(sb, "languageCode", site.Language.Trim());
        if (timeZone is not null)
            Line(sb, "timeZone", timeZone);
        sb.Append("disablePathToLower = true\n");
        sb.Append("\n[taxonomies]\ncategory = \"categories\"\ntag = \"tags\"\n");
        foreach (var taxonomy in customTaxonomies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            sb.Append(TomlFrontMatterWriter.Key(taxonomy)).Append(" = ").Append(TomlFrontMatterWriter.Quote(taxonomy)).Append('\n');
        sb.Append("\n[permalinks]\n")
          .Append(HugoPagePlanner.PostsSection).Append(" = ").Append(TomlFrontMatterWriter.Quote(HugoPagePlanner.PostsPermalink)).Append('\n');
        sb.Append("\n[markup.goldmark.renderer]\nunsafe = true\n");
        // No typography the source did not have: Goldmark's typographer (-- to an en dash, << to «, straight quotes
        // curled) off. The boolean form is read by every Hugo version (docs/hugo.md#typography).
        sb.Append("\n[markup.goldmark.extensions]\ntypographer = false\n");
        sb.Append("\n# Disqus: put your forum's shortname here to show comments (layouts/partials/disqus.html sends each page's\n")
          .Append("# disqus_identifier and disqus_url from its front matter, so old threads stay attached).\n")
          .Append("# [services.disqus]\n# shortname = \"your-forum-shortname\"\n");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string key, string value) =>
        sb.Append(key).Append(" = ").Append(TomlFrontMatterWriter.Quote(value)).Append('\n');

    /// <summary>
    /// The site time zone: the source's own (<see cref="Site.TimeZone"/>) when known, else the posts' most common offset
    /// as a fixed <c>Etc/GMT</c> zone. POSIX inverts the sign in those names: UTC+01:00 is <c>Etc/GMT-1</c>, UTC−05:00 is
    /// <c>Etc/GMT+5</c>. Partial-hour offsets map to a zone without daylight saving time when one has them, else none is written (dates carry offsets anyway).
    /// </summary>
    public static string? TimeZone(Site site, OffsetTally offsets, IDiagnosticSink diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(site.TimeZone))
            return site.TimeZone.Trim();
        if (offsets.MostCommon() is not var (common, _))
            return null;
        var zone = SiteTimeZone.NameFor(common);
        if (zone is null)
            diagnostics.Report(HugoDiagnostics.TimeZoneNotDerived(HugoDates.FormatOffset(common)));
        return zone;
    }
}
