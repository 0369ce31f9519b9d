using Migrator.Core.FrontMatter;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.Hugo.Export;

/// <summary>A Hugo write plan, with what the session gathers for the site files.</summary>
internal sealed record HugoWritePlan(string OutputPath, string? NewUrl) : WritePlan(OutputPath, NewUrl)
{
    /// <summary>Where the post was read, for diagnostics at commit time.</summary>
    public SourceRef? Source { get; init; }

    /// <summary>The post date's offset, for the site's <c>timeZone</c>.</summary>
    public TimeSpan? Offset { get; init; }

    /// <summary>The top content folder of a page written below one (<c>about</c> for <c>content/about/team.md</c>).</summary>
    public string? PageFolder { get; init; }

    /// <summary>The top content folder of a post or custom-type document (<c>posts</c>).</summary>
    public string? ListFolder { get; init; }

    /// <summary>Custom taxonomies the post uses (front matter keys), declared in <c>hugo.toml</c>.</summary>
    public IReadOnlyList<string> CustomTaxonomies { get; init; } = [];

    /// <summary>Term pages the post's terms need (<see cref="HugoTaxonomies.NeedsTermPage"/>): content path → title.</summary>
    public IReadOnlyList<(string Path, string Title)> TermPages { get; init; } = [];
}

/// <summary>
/// Decides what one post becomes in a Hugo site: where its file goes, its URL (the old URL kept exactly, decoded, as
/// <c>url</c>), its aliases, its front matter and body, and its comments data file. Pure and thread-safe.
/// </summary>
internal sealed class HugoPagePlanner(Site site, HugoExportOptions options)
{
    public const string PostsSection = "posts";
    public const string PostsPermalink = "/:year/:month/:day/:slug/";

    /// <summary>The URL rules the written <c>hugo.toml</c> sets.</summary>
    public static HugoUrlSettings UrlSettings { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal) { [PostsSection] = PostsPermalink },
        DisablePathToLower: true,
        UglyUrls: false);

    /// <summary>The front matter syntax written.</summary>
    public FrontMatterSyntax FrontMatter => options.FrontMatter;

    /// <summary><c>baseURL</c> of the new site, with a trailing slash; <c>/</c> when unknown.</summary>
    public string BaseUrl { get; } = WithSlash(options.BaseUrl ?? site.Url);

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        var publication = PublicationRules.Classify(post, options.IncludePrivateData);
        if (publication is Skipped skipped)
            return new SkipPlan(skipped.Reason);
        var (kind, collection, draft, note) = publication switch
        {
            Published p => (p.Kind, p.Collection, false, p.Scheduled ? "scheduled: Hugo shows it once the site is built after its date" : null),
            Draft d => (d.Kind, d.Collection, true, d.Reason),
            _ => throw new InvalidOperationException($"unknown publication {publication.GetType().Name}"),
        };

        var (slug, kept, home, sections, baseName, stem, bundle, newPath) = Place(post, kind, collection, draft, diagnostics);
        var body = HugoBodyWriter.Write(post, options.Body, diagnostics);
        var outputPath = bundle ? stem + "/index" + body.Extension : stem + body.Extension;

        var aliases = Aliases(post, kept, newPath, diagnostics);
        var type = post.Extra.Any(e => string.Equals(e.Key, "type", StringComparison.OrdinalIgnoreCase)) ? null : kind switch
        {
            ContentKind.Page => "page",
            ContentKind.Collection => collection,
            _ => null,
        };

        var decision = new HugoPageDecision(slug, kept?.Path, aliases, draft, type, options.IncludePrivateData);
        var fields = HugoFrontMatterBuilder.Build(post, decision, diagnostics);
        if (home)
            fields.RemoveAll(f => f.Key is "slug" or "url" or "type");
        var text = HugoFrontMatterBuilder.Write(fields, options.FrontMatter, post.Source, diagnostics) + body.Text;

        var files = new List<OutputFile> { new(outputPath, text) };
        var (comments, commentCount) = CommentsDataWriter.Write(post, options.IncludePrivateData);
        if (comments is not null)
            files.Add(new OutputFile("data/comments/" + stem["content/".Length..] + ".yaml", comments));

        // A draft has no page on the built site: like Jekyll's drafts, it has no new URL (the audit's new_url is empty).
        return new HugoWritePlan(outputPath, draft ? null : BaseUrl.TrimEnd('/') + newPath)
        {
            Files = files,
            CommentsWritten = commentCount,
            Note = note,
            Fidelity = body.Fidelity,
            Source = post.Source,
            PageFolder = kind == ContentKind.Page && sections.Count > 0 ? sections[0] : null,
            ListFolder = kind != ContentKind.Page ? sections[0] : null,
            Offset = post.Date?.Offset,
            CustomTaxonomies = [.. post.Terms.Where(t => HugoTaxonomies.IsCustom(t.Taxonomy))
                .Select(t => HugoTaxonomies.FrontMatterKey(t.Taxonomy)).Distinct(StringComparer.Ordinal)],
            TermPages = [.. post.Terms
                .Where(t => t.Taxonomy is Taxonomies.Category or Taxonomies.Tag || HugoTaxonomies.IsCustom(t.Taxonomy))
                .Where(t => HugoTaxonomies.NeedsTermPage(t.Name))
                .Select(t => ($"content/{HugoTaxonomies.Section(t.Taxonomy)}/{HugoTaxonomies.Value(t.Name, t.Slug)}/_index.md", t.Name))],
        };
    }

    /// <summary>
    /// The page bundle a post is written as (its folder and the URL path of its page), or null when it is written as a
    /// single file or not at all: where the post's own media files go with <c>--bundles</c>.
    /// </summary>
    public PageBundle? BundleOf(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!options.Bundles)
            return null;
        var (kind, collection, draft) = PublicationRules.Classify(post, options.IncludePrivateData) switch
        {
            Published p => (p.Kind, p.Collection, false),
            Draft d => (d.Kind, d.Collection, true),
            _ => (ContentKind.Page, null, false),
        };
        var place = Place(post, kind, collection, draft, NullDiagnosticSink.Instance);
        // A page at a file name (/2023/03/harbour.html) publishes its bundle's files beside other pages: none.
        return place.Bundle && place.NewPath.EndsWith('/') ? new PageBundle(place.Stem, place.NewPath) : null;
    }

    private sealed record Placement(string Slug, SitePath? Kept, bool Home, IReadOnlyList<string> Sections, string BaseName, string Stem, bool Bundle, string NewPath);

    /// <summary>Where a post goes: its slug, the old path kept as its URL, its content folders and file stem, and its URL path.</summary>
    private Placement Place(Post post, ContentKind kind, string? collection, bool draft, IDiagnosticSink diagnostics)
    {
        var slug = SafeSlug(post, diagnostics);
        var old = SitePath.Of(post.Link, site.Url);
        if (old is { HasQuery: true })
            diagnostics.Report(HugoDiagnostics.QueryStringUrl(post.Source, post.Link!));
        var kept = old is { HasQuery: false, IsRoot: false } && IsSafeUrlPath(old.Path) ? old : null;
        if (kept is not null && kept.Path.Contains(':', StringComparison.Ordinal))
            diagnostics.Report(HugoDiagnostics.UrlHasColon(post.Source, kept.Path));

        // The old site's front page (a page at the root URL) is Hugo's home page content: content/_index.md.
        var home = kind == ContentKind.Page && !draft && old is { IsRoot: true, HasQuery: false };
        var (sections, baseName) = home ? ([], "_index") : Location(kind, collection, slug, kept);
        if (!home)
            baseName = NotABundleName(baseName);
        var bundle = options.Bundles && kind == ContentKind.Post;
        var stem = "content/" + string.Join('/', sections.Append(baseName));
        var newPath = home ? "/" : kept?.Path ?? HugoUrls.PathOf(
            new HugoPageAddress(sections, baseName, false, slug, post.Title, null, post.Date), UrlSettings);
        return new Placement(slug, kept, home, sections, baseName, stem, bundle, newPath);
    }

    /// <summary>
    /// Content folders and file base name: posts in <c>posts/</c>; pages mirror their old path (<c>/about/team/</c> →
    /// <c>about/team</c>), or sit at the content root under their slug; custom types in a folder named after the type.
    /// </summary>
    private static (IReadOnlyList<string> Sections, string BaseName) Location(ContentKind kind, string? collection, string slug, SitePath? kept)
    {
        switch (kind)
        {
            case ContentKind.Page when kept is not null:
                var segments = kept.Segments.Select(FileNameSegment.Make).ToList();
                if (segments.Count > 0)
                    segments[^1] = WithoutExtension(segments[^1]);
                if (segments.All(s => s.Length > 0))
                    return (segments[..^1], segments[^1]);
                return ([], slug);
            case ContentKind.Page:
                return ([], slug);
            case ContentKind.Collection:
                var folder = FileNameSegment.Make(collection ?? "");
                return ([folder.Length > 0 ? folder : "items"], slug);
            default:
                return ([PostsSection], slug);
        }
    }

    /// <summary>
    /// <c>index</c> and <c>_index</c> are bundle names to Hugo (a posts/index.md would turn the whole folder into one
    /// bundle): such a file is named <c>index-page</c>; its slug and URL stay.
    /// </summary>
    private static string NotABundleName(string name) =>
        name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.Equals("_index", StringComparison.OrdinalIgnoreCase)
            ? name + "-page"
            : name;

    private static string WithoutExtension(string name)
    {
        foreach (var extension in (string[])[".html", ".htm", ".php"])
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return name[..^extension.Length];
        }
        return name;
    }

    /// <summary>The slug as a safe file and URL name; derived from the title, then the id, when empty.</summary>
    private static string SafeSlug(Post post, IDiagnosticSink diagnostics)
    {
        var safe = FileNameSegment.Make(post.Slug);
        if (safe.Length > 0)
        {
            if (!string.Equals(safe, post.Slug, StringComparison.Ordinal))
                diagnostics.Report(CoreDiagnostics.PathSegmentRenamed(post.Source, post.Slug, safe));
            return safe;
        }
        var fromTitle = FileNameSegment.Make(HugoPaths.MakePath(post.Title.Replace('/', ' '), disablePathToLower: false));
        var used = fromTitle.Length > 0 ? fromTitle : post.Id is { } id ? "post-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "untitled";
        diagnostics.Report(HugoDiagnostics.SlugMissing(post.Source, used));
        return used;
    }

    /// <summary>
    /// Old URLs that should redirect here, decoded: the old path with each old slug as its last segment, and
    /// aliases the source already had. Query strings, the site root and paths climbing out are refused (docs/hugo.md#aliases).
    /// </summary>
    private static List<string> Aliases(Post post, SitePath? kept, string newPath, IDiagnosticSink diagnostics)
    {
        var candidates = new List<string>();
        if (kept is not null)
        {
            foreach (var oldSlug in post.OldSlugs)
            {
                var decoded = Uri.UnescapeDataString(oldSlug.Trim());
                if (decoded.Length > 0 && !decoded.Contains('/', StringComparison.Ordinal) && kept.WithLastSegment(decoded) is { } path)
                    candidates.Add(path.Path);
            }
        }
        foreach (var (key, value) in post.Extra)
        {
            if (key is "aliases" or "redirect_from")
                candidates.AddRange(FrontMatterValue.Strings(value));
        }

        var aliases = new List<string>();
        foreach (var candidate in candidates)
        {
            var alias = candidate.Trim();
            string? refusal = null;
            if (alias.Contains('?', StringComparison.Ordinal))
                refusal = "a query string cannot be an alias (Hugo would make a folder named '?…'); redirect it at the web server";
            else
            {
                alias = Uri.UnescapeDataString(alias);
                if (alias.Length == 0 || alias == "/")
                    refusal = "it is the site root";
                else if (!IsSafeUrlPath(alias))
                    refusal = "it climbs out of the site or holds control characters";
            }
            if (refusal is not null)
            {
                diagnostics.Report(HugoDiagnostics.AliasDropped(post.Source, candidate, refusal));
                continue;
            }
            if (!string.Equals(alias, newPath, StringComparison.Ordinal) && !aliases.Contains(alias, StringComparer.Ordinal))
                aliases.Add(alias);
        }
        return aliases;
    }

    /// <summary>No <c>.</c> or <c>..</c> segment, backslash or control character.</summary>
    private static bool IsSafeUrlPath(string path) =>
        !path.Split('/').Any(s => s is "." or "..") && !path.Any(c => char.IsControl(c) || c == '\\');

    private static string WithSlash(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return "/";
        url = url.Trim();
        return url.EndsWith('/') ? url : url + "/";
    }
}
