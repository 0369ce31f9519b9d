using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.PermalinkSites;

namespace Migrator.Eleventy.Export;

/// <summary>
/// Eleventy as a permalink site (docs/eleventy.md): content under <c>content/</c>, comments in the template data file
/// beside each content file, <c>permalink: false</c> for what is not published, one Liquid layout, markdown-it.
/// </summary>
internal sealed class EleventySite : PermalinkSiteFormat
{
    public const string InputFolder = "content";
    public const string Layout = "post.liquid";

    public static EleventySite Instance { get; } = new();

    /// <summary>Keys the Eleventy data cascade gives a meaning (docs/eleventy.md#front-matter); every <c>eleventy…</c> key too.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "layout", "comments", "pagination", "templateEngineOverride", "dynamicPermalink", "permalinkBypassOutputDir",
        "page", "collections", "content", "pkg", "site",
    };

    public override string Name => "eleventy";

    public override string DisplayName => "Eleventy";

    public override MarkdownFlavor Flavor => MarkdownFlavor.MarkdownIt;

    public override bool BuildsHtmlFiles => true;

    public override string UnpublishedNote => "written with permalink: false";

    public override string ContentFile(string folder, string slug, string extension) => $"{InputFolder}/{folder}/{slug}{extension}";

    /// <summary><c>content/posts/a.md</c> → <c>content/posts/a.11tydata.json</c>: Eleventy's template data file.</summary>
    public override string CommentsFileOf(string contentFile) =>
        contentFile[..contentFile.LastIndexOf('.')] + ".11tydata.json";

    public override IEnumerable<KeyValuePair<string, object?>> AddressFields(string? permalink)
    {
        if (permalink is not null)
        {
            yield return new("permalink", permalink);
        }
        else
        {
            yield return new("permalink", false);
            yield return new("eleventyExcludeFromCollections", true);
            yield return new("draft", true);
        }
        yield return new("layout", Layout);
    }

    public override bool IsReserved(string key) =>
        Reserved.Contains(key) || key.StartsWith("eleventy", StringComparison.OrdinalIgnoreCase);

    public override void WriteSiteFiles(OutputFolder output, Site site, string? siteUrl, bool frontPageTaken)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (path, content) in EleventySiteFiles.Fixed)
            output.WriteText(path, content);
        output.WriteText(InputFolder + "/_data/site.json", EleventySiteFiles.SiteData(site, siteUrl));
        if (!frontPageTaken)
            output.WriteText(InputFolder + "/index.liquid", EleventySiteFiles.Home);
    }
}
