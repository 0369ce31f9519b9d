using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.PermalinkSites;

namespace Migrator.Astro.Export;

/// <summary>
/// Astro as a permalink site (docs/astro.md): entries of the <c>items</c> content collection, comments as entries of
/// the <c>comments</c> data collection with the same id, <c>permalink: null</c> and <c>draft: true</c> for what is not
/// published, Markdown only (remark with GFM), relative images made root-relative.
/// </summary>
internal sealed class AstroSite : PermalinkSiteFormat
{
    public const string ItemsFolder = "src/content/items";
    public const string CommentsFolder = "src/content/comments";

    public static AstroSite Instance { get; } = new();

    public override string Name => "astro";

    public override string DisplayName => "Astro";

    public override MarkdownFlavor Flavor => MarkdownFlavor.Goldmark;

    public override bool BuildsHtmlFiles => false;

    public override string UnpublishedNote => "written with draft: true, no page";

    /// <summary>Astro reads <c>slug</c> itself, so the slug is kept as <c>wp_slug</c>.</summary>
    public override string SlugKey => "wp_slug";

    public override string ContentFile(string folder, string slug, string extension) => $"{ItemsFolder}/{folder}/{slug}.md";

    /// <summary><c>src/content/items/posts/a.md</c> → <c>src/content/comments/posts/a.json</c>: the entry of the same id.</summary>
    public override string CommentsFileOf(string contentFile) =>
        CommentsFolder + contentFile[ItemsFolder.Length..contentFile.LastIndexOf('.')] + ".json";

    public override IEnumerable<KeyValuePair<string, object?>> AddressFields(string? permalink)
    {
        yield return new("permalink", permalink);
        if (permalink is null)
            yield return new("draft", true);
    }

    /// <summary>Keys Astro reads itself (docs/astro.md#front-matter).</summary>
    public override bool IsReserved(string key) => key.Equals("slug", StringComparison.OrdinalIgnoreCase) || key.Equals("layout", StringComparison.OrdinalIgnoreCase);

    public override string PrepareHtml(Post post, string html, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var resolved = RelativeImages.Resolve(html, post.Link, out var addresses);
        if (addresses.Count > 0)
            diagnostics.Report(AstroDiagnostics.RelativeImagesResolved(post.Source, addresses));
        return resolved;
    }

    public override void WriteSiteFiles(OutputFolder output, Site site, string? siteUrl, bool frontPageTaken)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (path, content) in AstroSiteFiles.Fixed)
            output.WriteText(path, content);
        output.WriteText("astro.config.mjs", AstroSiteFiles.Config(siteUrl));
        output.WriteText("src/site.json", AstroSiteFiles.SiteData(site, siteUrl));
        if (!frontPageTaken)
            output.WriteText("src/pages/index.astro", AstroSiteFiles.Home);
    }
}
