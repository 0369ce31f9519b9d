using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Export;

/// <summary>
/// Writes the model as a WordPress eXtended RSS 1.2 file that the official WordPress importer accepts
/// (named <c>&lt;site&gt;.wordpress.000.xml</c>, or <c>&lt;site&gt;.wordpress.&lt;yyyy-MM-dd&gt;.000.xml</c> with an
/// export date (<see cref="WxrExportOptions.ExportDate"/>), split into <c>.001.xml</c>… when asked).
/// </summary>
/// <remarks>
/// Decisions, each explained where it is made:
/// <list type="bullet">
/// <item>Bodies (<see cref="WxrContent"/>): WordPress content as stored; HTML and rendered Markdown with soft line
/// breaks joined so wpautop at display adds no <c>&lt;br /&gt;</c> (<see cref="WpautopSafeHtml"/>); an excerpt separator
/// becomes <c>&lt;!--more--&gt;</c>.</item>
/// <item>Disqus (<see cref="WxrItemIdentity"/>): the plugin sends <c>"ID guid"</c> and finds threads by
/// <c>dsq_thread_id</c>; so thread ids are written as <c>dsq_thread_id</c> meta, and an identifier of that shape sets
/// the post id and guid. A <c>disqus_identifier</c> meta would be ignored by the plugin and is not written; other
/// identifiers are reported (map them with the Disqus URL Mapper).</item>
/// <item>Ids (<see cref="WxrExportSession"/>): items without an id get a stable synthesised one; ids stay unique.</item>
/// <item>Authors (<see cref="WxrFileSet"/>): authors only posts name are declared in space the header reserves.</item>
/// <item>Comments (<see cref="CommentOrder"/>): renumbered, parents first, when the importer would lose parents.</item>
/// </list>
/// </remarks>
public sealed class WxrExporter : IExporter
{
    private readonly WxrExportOptions _options;

    public WxrExporter(WxrExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public WxrExporter(ExportSettings settings)
        : this(WxrExportOptions.From(settings))
    {
    }

    public string Name => "wxr";

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new WxrExportSession(site, output, _options, diagnostics);
    }

    /// <summary>
    /// The file name stem WordPress uses for exports, <c>&lt;site-slug&gt;.wordpress.&lt;yyyy-MM-dd&gt;</c>: the slug is
    /// the site title as <c>sanitize_key</c> makes it, else the host name, else <c>site</c>; the date is the export date
    /// in UTC, left out when there is none (never the wall-clock time: the same input gives the same names).
    /// </summary>
    public static string FileStem(Site site, DateTimeOffset? date)
    {
        ArgumentNullException.ThrowIfNull(site);
        var slug = WordPressNames.SanitizeKey(site.Title);
        if (slug.Length == 0 && Uri.TryCreate(site.Url ?? site.BaseSiteUrl, UriKind.Absolute, out var url))
            slug = WordPressNames.SanitizeKey(url.Host.Replace('.', '-'));
        if (slug.Length == 0)
            slug = "site";
        return date is { } d
            ? $"{slug}.wordpress.{d.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
            : $"{slug}.wordpress";
    }
}
