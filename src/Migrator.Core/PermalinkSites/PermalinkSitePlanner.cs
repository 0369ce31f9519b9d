using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;
using Migrator.Core.Text;

namespace Migrator.Core.PermalinkSites;

/// <summary>A permalink site's write plan: the parts the session puts together once the item's address is sure to be its own.</summary>
public sealed record PermalinkWritePlan(string OutputPath, string? NewUrl) : WritePlan(OutputPath, NewUrl)
{
    /// <summary>Where the item was read, for diagnostics at commit time.</summary>
    public SourceRef? Source { get; init; }

    /// <summary>The decoded URL path (<c>/2020/01/02/hello/</c>); null for an unpublished item.</summary>
    public string? Permalink { get; init; }

    /// <summary>The front matter fields, the address fields included.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> FrontMatter { get; init; } = [];

    public string Body { get; init; } = "";

    /// <summary>The comments data file's JSON, or null.</summary>
    public string? CommentsData { get; init; }
}

/// <summary>
/// Decides what one item becomes on a permalink site: its content file, its permalink (the old URL's path, decoded, so
/// the new page answers the old address), its front matter and body, and its comments data. Pure and thread-safe.
/// </summary>
public sealed class PermalinkSitePlanner(Site site, PermalinkSiteFormat format, PermalinkSiteOptions options)
{
    private static readonly FileNameRules FileNames = new() { MaxBytes = 180, DashRuns = true };

    /// <summary>The new site's URL (origin and path) that audit addresses are made from.</summary>
    public string? SiteUrl { get; } = options.BaseUrl ?? site.Url;

    public PermalinkSiteFormat Format => format;

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        var publication = PublicationRules.Classify(post, options.IncludePrivateData);
        if (publication is Skipped skipped)
            return new SkipPlan(skipped.Reason);
        var (kind, collection, draft, note) = publication switch
        {
            Published p => (p.Kind, p.Collection, false, p.Scheduled ? $"scheduled: {format.DisplayName} publishes it with its future date" : null),
            Draft d => (d.Kind, d.Collection, true, d.Reason + "; " + format.UnpublishedNote),
            _ => throw new InvalidOperationException($"unknown publication {publication.GetType().Name}"),
        };

        var slug = Slug(post, diagnostics);
        var permalink = draft ? null : Permalink(post, kind, collection, slug, diagnostics);
        var body = SiteBody.Of(post, options.Body, format, diagnostics);
        var folder = kind switch
        {
            ContentKind.Post => "posts",
            ContentKind.Page => "pages",
            _ => "types/" + Safe(collection ?? "items", "items"),
        };
        var kindName = kind switch { ContentKind.Post => "post", ContentKind.Page => "page", _ => collection ?? "item" };
        var fields = PermalinkFrontMatter.Build(post, new PermalinkFrontMatter.Decision(permalink, kindName, slug, options.IncludePrivateData), format, diagnostics);
        var (comments, count) = CommentsJson.Write(post, options.IncludePrivateData);
        var plan = new PermalinkWritePlan(format.ContentFile(folder, slug, body.Extension), permalink is null ? null : SitePaths.Address(SiteUrl, permalink))
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
    public IReadOnlyList<OutputFile> Files(PermalinkWritePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var files = new List<OutputFile> { new(plan.OutputPath, FrontMatterWriter.Write(plan.FrontMatter) + plan.Body) };
        if (plan.CommentsData is not null)
            files.Add(new(format.CommentsFileOf(plan.OutputPath), plan.CommentsData));
        return files;
    }

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
        diagnostics.Report(PermalinkSiteDiagnostics.PermalinkGenerated(post.Source, made));
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
