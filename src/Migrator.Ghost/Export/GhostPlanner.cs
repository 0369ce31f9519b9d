using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;
using Migrator.Core.Redirects;
using Migrator.Core.Text;

namespace Migrator.Ghost.Export;

/// <summary>A Ghost tag: public (categories and tags) or internal (name starting with <c>#</c>, slug with <c>hash-</c>).</summary>
internal sealed record GhostTag(string Slug, string Name, string? Description = null);

/// <summary>What one item becomes in Ghost's import file; the session gives it its final slug and ids.</summary>
internal sealed record GhostWritePlan(string OutputPath, string? NewUrl) : WritePlan(OutputPath, NewUrl)
{
    public SourceRef? Source { get; init; }
    public required string Slug { get; init; }
    public required string GhostType { get; init; }
    public required string GhostStatus { get; init; }
    public string Title { get; init; } = "";
    public string? MetaTitle { get; init; }
    public string? MetaDescription { get; init; }
    public string Html { get; init; } = "";
    public string? FeatureImage { get; init; }
    public string? Excerpt { get; init; }
    public string? CanonicalUrl { get; init; }
    public bool Featured { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public DateTimeOffset? Published { get; init; }
    public IReadOnlyList<GhostTag> Tags { get; init; } = [];
    public string? Author { get; init; }
    /// <summary>The old site-relative paths (as browsers send them) that should lead to this item.</summary>
    public IReadOnlyList<string> OldPaths { get; init; } = [];
    /// <summary>The post's public comments as JSON, or null.</summary>
    public string? Comments { get; init; }
}

/// <summary>
/// Decides what one item becomes in Ghost (docs/ghost.md): post or page, Ghost's status, slug, the fields Ghost's
/// importer takes, the body as HTML, tags from categories and tags. Pure and thread-safe.
/// </summary>
internal sealed class GhostPlanner(Site site, GhostExportOptions options)
{
    public const string ImportFile = "ghost-import.json";
    private const int MaxTitle = 255;

    /// <summary>What Ghost's editor shows for a post without a title.</summary>
    private const string Untitled = "(Untitled)";
    private const int MaxExcerpt = 300;

    /// <summary>The Ghost site's URL that audit addresses are made from.</summary>
    public string? SiteUrl { get; } = options.BaseUrl ?? site.Url;

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        var publication = PublicationRules.Classify(post, options.IncludePrivateData);
        if (publication is Skipped skipped)
            return new SkipPlan(skipped.Reason);
        var (kind, collection, status, note) = publication switch
        {
            Published { Scheduled: true } p => (p.Kind, p.Collection, "scheduled", "scheduled: Ghost publishes it at its date"),
            Published p => (p.Kind, p.Collection, "published", (string?)null),
            Draft d => (d.Kind, d.Collection, "draft", d.Reason + "; a draft in Ghost"),
            _ => throw new InvalidOperationException($"unknown publication {publication.GetType().Name}"),
        };
        var tags = Tags(post, diagnostics);
        if (kind == ContentKind.Collection)
        {
            var typeTag = new GhostTag("hash-" + GhostSlug.Of(collection ?? post.Type), "#" + (collection ?? post.Type));
            diagnostics.Report(GhostDiagnostics.CustomTypeAsPost(post.Source, post.Type, typeTag.Name));
            tags = [.. tags, typeTag];
        }
        var title = post.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Report(GhostDiagnostics.TitleMissing(post.Source));
            title = Untitled;
        }
        string? metaTitle = Extra(post, "meta_title");
        if (title.Length > MaxTitle)
        {
            diagnostics.Report(GhostDiagnostics.TitleCut(post.Source, title.Length));
            metaTitle ??= title.Length <= 300 ? title : null;
            title = title[..MaxTitle];
        }
        var excerpt = string.IsNullOrWhiteSpace(post.Excerpt) ? null : post.Excerpt.Trim();
        if (excerpt is not null && excerpt.Length > MaxExcerpt)
        {
            diagnostics.Report(GhostDiagnostics.ExcerptTooLong(post.Source, excerpt.Length));
            excerpt = null;
        }
        var slug = Slug(post);
        var (comments, count) = CommentsJson.Write(post, options.IncludePrivateData);
        return new GhostWritePlan(ImportFile, status == "draft" ? null : Address(slug))
        {
            Source = post.Source,
            Slug = slug,
            GhostType = kind == ContentKind.Page ? "page" : "post",
            GhostStatus = status,
            Title = title,
            MetaTitle = metaTitle,
            MetaDescription = Extra(post, "meta_description"),
            Html = Html(post, diagnostics),
            FeatureImage = post.FeaturedImage,
            Excerpt = excerpt,
            CanonicalUrl = Extra(post, "canonical_url"),
            Featured = post.Sticky,
            Created = post.Date,
            Updated = post.Modified ?? post.Date,
            Published = status == "draft" ? null : post.Date,
            Tags = tags,
            Author = post.Author,
            OldPaths = [.. OldUrls.For(post, site).Where(u => !u.HasQuery).Select(u => u.PathAndQuery).Distinct(StringComparer.Ordinal)],
            Comments = comments,
            CommentsWritten = count,
            Note = note,
        };
    }

    /// <summary>The address Ghost gives an item of this slug (<c>/{slug}/</c>, posts and pages alike).</summary>
    public string Address(string slug) => SitePaths.Address(SiteUrl, "/" + slug + "/");

    /// <summary>The slug Ghost will keep: from the slug, else the title, else the id.</summary>
    private static string Slug(Post post)
    {
        var slug = GhostSlug.Of(PercentDecoding.Decode(post.Slug));
        if (slug.Length == 0)
            slug = GhostSlug.Of(post.Title);
        if (slug.Length == 0)
            slug = post.Id is { } id ? "post-" + id.ToString(CultureInfo.InvariantCulture) : "untitled";
        return slug;
    }

    /// <summary>Categories, then tags, as Ghost tags (the first is the primary tag); other taxonomies as internal tags (GHO007).</summary>
    private static List<GhostTag> Tags(Post post, IDiagnosticSink diagnostics)
    {
        var tags = new List<GhostTag>();
        foreach (var term in post.TermsOf(Taxonomies.Category).Concat(post.TermsOf(Taxonomies.Tag)))
            Add(new GhostTag(GhostSlug.Of(PercentDecoding.Decode(term.Slug)) is { Length: > 0 } s ? s : GhostSlug.Of(term.Name), term.Name));
        var internals = new List<string>();
        foreach (var term in post.Terms.Where(t => t.Taxonomy is not (Taxonomies.Category or Taxonomies.Tag)))
        {
            var name = $"#{term.Taxonomy}-{term.Name}";
            internals.Add(name);
            Add(new GhostTag("hash-" + GhostSlug.Of($"{term.Taxonomy}-{PercentDecoding.Decode(term.Slug)}"), name));
        }
        if (internals.Count > 0)
            diagnostics.Report(GhostDiagnostics.InternalTags(post.Source, internals));
        return tags;

        void Add(GhostTag tag)
        {
            if (tag.Slug.Length > 0 && !tags.Any(t => t.Slug == tag.Slug))
                tags.Add(tag with { Name = tag.Name.Length > 191 ? tag.Name[..191] : tag.Name });
        }
    }

    /// <summary>The body as the HTML Ghost's importer turns into its editor's document, with what that conversion would
    /// drop kept in HTML cards (GHO010).</summary>
    private static string Html(Post post, IDiagnosticSink diagnostics)
    {
        var (html, wrapped) = GhostCards.Keep(SourceHtml(post, diagnostics));
        if (wrapped > 0)
            diagnostics.Report(GhostDiagnostics.HtmlCards(post.Source, wrapped));
        return html;
    }

    private static string SourceHtml(Post post, IDiagnosticSink diagnostics)
    {
        var body = post.Content;
        switch (body.Format)
        {
            case BodyFormat.Html:
                return body.Text;
            case BodyFormat.Markdown:
                return MarkdownRenderer.ToHtml(body.Text, MarkdownFlavor.CommonMark);
            case BodyFormat.WordPress:
                diagnostics.Report(GhostDiagnostics.BodyNotHtml(post.Source, "WordPress content that was not normalised"));
                return body.Text;
            default:
                diagnostics.Report(GhostDiagnostics.BodyNotHtml(post.Source, body.Extension ?? "in an unknown markup"));
                return body.Text;
        }
    }

    /// <summary>A string field the source kept under Ghost's own name (a Ghost export read back), or null.</summary>
    private static string? Extra(Post post, string key) =>
        post.Extra.FirstOrDefault(e => e.Key == key).Value is string { Length: > 0 } value ? value : null;
}
