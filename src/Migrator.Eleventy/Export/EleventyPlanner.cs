using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;
using Migrator.Core.Text;

namespace Migrator.Eleventy.Export;

/// <summary>An Eleventy write plan: the parts the session puts together once the item's address is sure to be its own.</summary>
internal sealed record EleventyWritePlan(string OutputPath, string? NewUrl) : WritePlan(OutputPath, NewUrl)
{
    /// <summary>Where the item was read, for diagnostics at commit time.</summary>
    public SourceRef? Source { get; init; }

    /// <summary>The decoded URL path (<c>/2020/01/02/hello/</c>); null for an unpublished item.</summary>
    public string? Permalink { get; init; }

    /// <summary>The front matter fields, permalink included.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> FrontMatter { get; init; } = [];

    public string Body { get; init; } = "";

    /// <summary>The template data file beside the content file (<c>….11tydata.json</c>) holding the comments, or null.</summary>
    public string? CommentsData { get; init; }
}

/// <summary>
/// Decides what one item becomes in an Eleventy site (docs/eleventy.md): its content file under <c>content/</c>, its
/// permalink (the old URL's path, decoded, so the new page answers the old address), its front matter and body, and its
/// comments data. Pure and thread-safe.
/// </summary>
internal sealed class EleventyPlanner(Site site, EleventyExportOptions options)
{
    public const string InputFolder = "content";

    private static readonly FileNameRules FileNames = new() { MaxBytes = 180, DashRuns = true };

    /// <summary>The new site's URL (origin and path) that audit addresses are made from.</summary>
    public string? SiteUrl { get; } = options.BaseUrl ?? site.Url;

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        var publication = PublicationRules.Classify(post, options.IncludePrivateData);
        if (publication is Skipped skipped)
            return new SkipPlan(skipped.Reason);
        var (kind, collection, draft, note) = publication switch
        {
            Published p => (p.Kind, p.Collection, false, p.Scheduled ? "scheduled: Eleventy publishes it with its future date" : null),
            Draft d => (d.Kind, d.Collection, true, d.Reason + "; written with permalink: false"),
            _ => throw new InvalidOperationException($"unknown publication {publication.GetType().Name}"),
        };

        var slug = Slug(post, diagnostics);
        var permalink = draft ? null : Permalink(post, kind, collection, slug, diagnostics);
        var body = EleventyBody.Of(post, options.Body, diagnostics);
        var folder = kind switch
        {
            ContentKind.Post => "posts",
            ContentKind.Page => "pages",
            _ => "types/" + Safe(collection ?? "items", "items"),
        };
        var outputPath = $"{InputFolder}/{folder}/{slug}{body.Extension}";
        var kindName = kind switch { ContentKind.Post => "post", ContentKind.Page => "page", _ => collection ?? "item" };
        var fields = EleventyFrontMatter.Build(post, new EleventyFrontMatter.Decision(permalink, kindName, slug, options.IncludePrivateData), diagnostics);
        var (comments, count) = CommentsJson.Write(post, options.IncludePrivateData);
        var plan = new EleventyWritePlan(outputPath, permalink is null ? null : SitePaths.Address(SiteUrl, permalink))
        {
            Source = post.Source,
            Permalink = permalink,
            FrontMatter = fields,
            Body = body.Text,
            CommentsData = comments,
            CommentsWritten = count,
            Note = note,
            Fidelity = body.Fidelity,
        };
        return plan with { Files = Files(plan) };
    }

    /// <summary>The content file and its comments data file, as the plan says now.</summary>
    public static IReadOnlyList<OutputFile> Files(EleventyWritePlan plan)
    {
        var files = new List<OutputFile> { new(plan.OutputPath, EleventyFrontMatter.Write(plan.FrontMatter) + plan.Body) };
        if (plan.CommentsData is not null)
            files.Add(new(DataFileOf(plan.OutputPath), plan.CommentsData));
        return files;
    }

    /// <summary><c>content/posts/a.md</c> → <c>content/posts/a.11tydata.json</c>: Eleventy's template data file.</summary>
    public static string DataFileOf(string contentPath) =>
        contentPath[..contentPath.LastIndexOf('.')] + ".11tydata.json";

    /// <summary>The old URL's path, or one made up (and reported) when the item has none a file can answer.</summary>
    private string Permalink(Post post, ContentKind kind, string? collection, string slug, IDiagnosticSink diagnostics)
    {
        if (SitePaths.Of(post.Link, site.Url) is { } kept)
            return kept;
        var made = kind switch
        {
            ContentKind.Page => $"/{slug}/",
            ContentKind.Collection => $"/{Safe(collection ?? "items", "items")}/{slug}/",
            _ when post.Date is { } date => "/" + date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + $"/{slug}/",
            _ => $"/{slug}/",
        };
        diagnostics.Report(EleventyDiagnostics.PermalinkGenerated(post.Source, made));
        return made;
    }

    /// <summary>The slug as a file name; from the title, then the id, when empty.</summary>
    private static string Slug(Post post, IDiagnosticSink diagnostics)
    {
        var safe = SafeFileName.Of(PercentDecoding.Decode(post.Slug), FileNames);
        if (safe.Length == 0)
            safe = SafeFileName.Of(WordPressSlug.FromTitle(post.Title), FileNames);
        if (safe.Length == 0)
            safe = post.Id is { } id ? "post-" + id.ToString(CultureInfo.InvariantCulture) : "untitled";
        if (!string.Equals(safe, post.Slug, StringComparison.Ordinal) && post.Slug.Length > 0 && !string.Equals(safe, PercentDecoding.Decode(post.Slug), StringComparison.Ordinal))
            diagnostics.Report(CoreDiagnostics.PathSegmentRenamed(post.Source, post.Slug, safe));
        return safe;
    }

    private static string Safe(string name, string fallback)
    {
        var safe = SafeFileName.Of(name, FileNames).TrimStart('_');
        return safe.Length == 0 ? fallback : safe;
    }
}
