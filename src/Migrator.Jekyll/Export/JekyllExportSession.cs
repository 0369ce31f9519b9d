using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;
using Migrator.Core.Redirects;

namespace Migrator.Jekyll.Export;

/// <summary>
/// One Jekyll export. <see cref="Plan"/> decides everything about a post without touching shared state;
/// <see cref="Commit"/> writes it, moving it to <c>-2</c>, <c>-3</c>… when its path was already written (so nothing
/// is lost; reported as JKW009), and remembers what <see cref="Complete"/> needs for <c>_config.yml</c>.
/// </summary>
internal sealed class JekyllExportSession(Site site, OutputFolder output, JekyllExportOptions options) : IExportSession
{
    private readonly SiteAddress _oldAddress = SiteAddress.Parse(site.Url);
    private readonly SiteAddress _newAddress = SiteAddress.Parse(options.BaseUrl ?? site.Url);

    // State written only by Commit and Complete (one thread, input order).
    // Who wrote each path and who owns each permalink, and the comment keys taken: the only state that grows with the
    // export, so it is keyed by hash (PathKey) and keeps the owners' source references, never per-item text. Paths and
    // comment keys (file names) are keyed as case-insensitive file systems see them (PathKey.OfFile).
    private readonly Dictionary<PathKey, PathOwner> _writtenBy = [];
    private readonly Dictionary<PathKey, PathOwner> _permalinkOwners = [];
    private readonly HashSet<PathKey> _commentKeys = [];
    private readonly OffsetTally _offsets = new();
    private readonly List<string> _collections = [];
    private bool _hasMoreTag;
    private bool _hasDisqus;
    private bool _frontPageWritten;

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var publication = PublicationRules.Classify(post, options.IncludePrivateData);
        var (kind, type) = publication switch
        {
            Published p => (p.Kind, p.Collection),
            Draft d => (d.Kind, d.Collection),
            _ => (ContentKind.Post, null),
        };
        if (publication is Skipped skipped)
            return new SkipPlan(skipped.Reason);

        var collection = kind == ContentKind.Collection ? CollectionName.Of(type ?? "", post.Source, diagnostics) : null;
        var protectedPost = publication is Draft { Cause: DraftCause.PasswordProtected };
        var placement = JekyllPlacement.Decide(post, kind, collection, publication is Draft, protectedPost, _oldAddress.BasePath, diagnostics);
        var body = JekyllBody.Prepare(post, options.Body, diagnostics);
        if (body.NeedsLiquidDisabled)
            diagnostics.Report(JekyllWriteDiagnostics.LiquidDisabled(post.Source));
        var comments = CommentData.Of(post, options.IncludePrivateData);
        if (comments.NotPublished > 0)
            diagnostics.Report(JekyllWriteDiagnostics.CommentsNotPublished(post.Source, comments.NotPublished));

        var isPublic = publication is Published && !placement.IsDraftPost;
        var redirects = options.RedirectFrom && isPublic && placement.Permalink is { } kept
            ? RedirectSources(post, kept)
            : [];
        var input = new FrontMatterInput(placement.Layout, placement.Date, placement.Permalink, redirects, placement.Unpublished,
            body.NeedsLiquidDisabled, comments.Written.Count > 0, options.IncludePrivateData);
        var (head, tail) = JekyllFrontMatter.Build(post, site, input, diagnostics);
        var document = new JekyllDocument
        {
            Folders = placement.Folders,
            Stem = placement.Stem,
            Extension = body.Extension,
            SuffixOnFolder = placement.SuffixOnFolder,
            Head = head,
            Tail = tail,
            Body = body.Text,
            Title = post.Title,
            Comments = comments,
            PreferredCommentsKey = post.Id?.ToString(CultureInfo.InvariantCulture),
        };
        var path = document.PathWith(1);
        var note = Describe(publication, placement, path, post, diagnostics);
        return new JekyllWritePlan(path, isPublic && placement.Permalink is { } p1 ? _newAddress.Absolute(p1) : null)
        {
            Source = post.Source,
            Files = document.Render(path, document.PreferredCommentsKey ?? JekyllDocument.KeyFromPath(path)),
            CommentsWritten = comments.Written.Count,
            Fidelity = body.Fidelity,
            Note = note,
            Publication = publication,
            Permalink = placement.Permalink,
            Document = document,
        };
    }

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not JekyllWritePlan { Document: { } document } jekyllPlan)
            return plan;
        var (path, suffix) = FreePath(document);
        if (suffix > 1 && _writtenBy.TryGetValue(PathKey.OfFile(jekyllPlan.OutputPath), out var first)
            && !output.WasWritten(jekyllPlan.OutputPath))
            diagnostics.Report(JekyllWriteDiagnostics.PathDiffersOnlyInCase(null, jekyllPlan.OutputPath, first.ToString(), path));
        else if (suffix > 1)
            diagnostics.Report(JekyllWriteDiagnostics.PathSuffixed(null, jekyllPlan.OutputPath, Owner(jekyllPlan.OutputPath), path));
        var key = document.HasComments ? FreeCommentsKey(document, path) : null;
        var files = suffix == 1 && SameKey(jekyllPlan, key) ? jekyllPlan.Files : document.Render(path, key);

        foreach (var file in files)
            output.WriteText(file.RelativePath, file.Content);
        Remember(jekyllPlan, document, path, key, diagnostics);
        return jekyllPlan with { OutputPath = path, Files = files };
    }

    public void Complete(IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var facts = new SiteFacts(_offsets, _collections, _hasMoreTag, _hasDisqus, options.RedirectFrom,
            JekyllSiteConfig.HiddenNames(options.OtherFiles?.Paths ?? []));
        output.WriteText("_config.yml", JekyllSiteConfig.Write(site, _newAddress, facts, diagnostics));
        output.WriteText("_layouts/default.html", JekyllTemplates.DefaultLayout);
        output.WriteText("_layouts/post.html", JekyllTemplates.PostLayout(_hasDisqus));
        output.WriteText("_layouts/page.html", JekyllTemplates.PageLayout(_hasDisqus));
        foreach (var collection in _collections.Where(c => c is not ("default" or "post" or "page")))
            output.WriteText($"_layouts/{collection}.html", JekyllTemplates.CollectionLayout());
        output.WriteText("_includes/comments.html", JekyllTemplates.CommentsInclude);
        if (_hasDisqus)
            output.WriteText("_includes/disqus.html", JekyllTemplates.DisqusInclude);
        if (!_frontPageWritten && !output.WasWritten("index.html") && !output.WasWritten("index.md"))
            output.WriteText("index.html", JekyllTemplates.Index());
    }

    /// <summary>
    /// The item's other old URLs that a static page can answer (paths without a query), relative to the old base path
    /// and decoded like permalinks; query URLs (<c>/?p=1</c>) need server redirects.
    /// </summary>
    private List<string> RedirectSources(Post post, string permalink) =>
    [
        .. OldUrls.For(post, site)
            .Where(u => !u.HasQuery)
            .Select(u => UrlPath.PermalinkOf(u.PathAndQuery, _oldAddress.BasePath))
            .OfType<string>()
            .Where(p => !string.Equals(p, permalink, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The item that wrote <paramref name="path"/>, for messages: <c>export.xml line 120, item 87</c>.</summary>
    private string Owner(string path) =>
        _writtenBy.TryGetValue(PathKey.OfFile(path), out var owner) ? owner.ToString() : $"the item written to {path}";

    private (string Path, int Suffix) FreePath(JekyllDocument document)
    {
        for (var suffix = 1; ; suffix++)
        {
            var path = document.PathWith(suffix);
            if (!output.WasWritten(path) && !_writtenBy.ContainsKey(PathKey.OfFile(path)))
                return (path, suffix);
        }
    }

    private string FreeCommentsKey(JekyllDocument document, string path)
    {
        var key = document.PreferredCommentsKey ?? JekyllDocument.KeyFromPath(path);
        if (_commentKeys.Contains(PathKey.OfFile(key)))
            key = JekyllDocument.KeyFromPath(path);
        var candidate = key;
        for (var n = 2; _commentKeys.Contains(PathKey.OfFile(candidate)); n++)
            candidate = ConflictSuffix.Append(key, n);
        return candidate;
    }

    private static bool SameKey(JekyllWritePlan plan, string? key) =>
        key is null || plan.Files.Any(f => string.Equals(f.RelativePath, $"_data/comments/{key}.yml", StringComparison.Ordinal));

    private void Remember(JekyllWritePlan plan, JekyllDocument document, string path, string? key, IDiagnosticSink diagnostics)
    {
        var owner = new PathOwner(plan.Source, path);
        _writtenBy[PathKey.OfFile(path)] = owner;
        if (key is not null)
            _commentKeys.Add(PathKey.OfFile(key));
        if (document.Head.FirstOrDefault(f => f.Key == "date").Value is DateTimeOffset date && plan.Publication is Published)
            _offsets.Add(date.Offset);
        if (document.Body.Contains(JekyllBody.MoreTag, StringComparison.Ordinal))
            _hasMoreTag = true;
        if (document.Head.Any(f => f.Key is "dsq_thread_id" or "disqus_identifier"))
            _hasDisqus = true;
        if (path.StartsWith('_') && document.Folders is [var folder] && folder is not ("_posts" or "_drafts") && !_collections.Contains(folder[1..]))
            _collections.Add(folder[1..]);
        if (plan.Permalink == "/" || path is "index.md" or "index.html")
            _frontPageWritten = true;
        if (plan.Permalink is { } permalink && plan.Publication is Published)
        {
            if (!_permalinkOwners.TryAdd(PathKey.Of(permalink), owner))
                diagnostics.Report(JekyllWriteDiagnostics.PermalinkShared(null, permalink, _permalinkOwners[PathKey.Of(permalink)].ToString()));
        }
    }

    private static string? Describe(Publication publication, JekyllPlacement placement, string path, Post post, IDiagnosticSink diagnostics)
    {
        switch (publication)
        {
            case Published { Scheduled: true } when placement.Date is { } date:
                diagnostics.Report(JekyllWriteDiagnostics.Scheduled(post.Source, date, path));
                return $"scheduled: appears when the site is built after {FrontMatterWriter.FormatDate(date)}";
            case Published when placement.IsDraftPost:
                return "undated: written to _drafts (not published)";
            case Draft { Cause: DraftCause.PasswordProtected }:
                diagnostics.Report(JekyllWriteDiagnostics.ProtectedNotPublished(post.Source, path));
                return "password-protected: written with published: false (not published)";
            case Draft draft when placement.IsDraftPost:
                diagnostics.Report(JekyllWriteDiagnostics.WrittenAsDraft(post.Source, draft.Reason, path));
                return $"{DraftWord(draft.Cause)}: written to _drafts (not published)";
            case Draft draft:
                diagnostics.Report(JekyllWriteDiagnostics.WrittenAsDraft(post.Source, draft.Reason, path));
                return $"{DraftWord(draft.Cause)}: written with published: false (not published)";
            default:
                return null;
        }
    }

    private static string DraftWord(DraftCause cause) => cause switch
    {
        DraftCause.PendingReview => "pending",
        DraftCause.Private => "private",
        DraftCause.UnknownStatus => "unknown status",
        DraftCause.PrivateData => "private data",
        _ => "draft",
    };
}
