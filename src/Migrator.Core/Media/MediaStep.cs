using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Reporting;

namespace Migrator.Core.Media;

/// <summary>What a media step copies, from where, and where the files go.</summary>
public sealed record MediaStepOptions
{
    /// <summary>Where the files come from, made for the old site once its addresses are known; null to copy nothing and report what stays on the old host (MED006).</summary>
    public Func<MediaSite, IMediaSource>? Source { get; init; }

    /// <summary>The output folder the site's files go under (the exporter's published root: <c>static</c> for Hugo, "" for Jekyll).</summary>
    public string MediaFolder { get; init; } = "";

    /// <summary>Hosts counted as the old site's own besides its addresses (a CDN).</summary>
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];

    /// <summary>The new site's absolute URL: new URLs are made absolute on it; null for root-relative URLs.</summary>
    public string? BaseUrl { get; init; }

    public MediaFetchOptions Fetch { get; init; } = new();

    /// <summary>Where the paths of the copied files are told to the writer (Jekyll publishes <c>_name</c> only when listed).</summary>
    public SiteFiles? Published { get; init; }

    /// <summary>
    /// For the site as the writer sees it, where each post's own files go besides the media folder (Hugo page bundles,
    /// <see cref="IExporter.BundlesOf"/>); null when posts have no folder of their own.
    /// </summary>
    public Func<Site, Func<Post, PageBundle?>?>? Bundles { get; init; }

    /// <summary>
    /// When true, pages point at each copied file where its source serves it (<see cref="IMediaSource.UrlOf"/>), not at
    /// the copy: for a WordPress export, whose importer downloads every attachment from its URL (docs/media.md#to-wordpress).
    /// </summary>
    public bool LinkToSource { get; init; }

    /// <summary>The input is a static site: its root-relative references are its own even when it has no address.</summary>
    public bool StaticSite { get; init; }

    /// <summary>Told after each file: files done of those planned so far, bytes copied (a progress display).</summary>
    public IProgress<MediaProgress>? Progress { get; init; }
}

/// <summary>Totals of a media step for the summary.</summary>
public sealed record MediaSummary(bool Copying, int Files, int Copied, int Failed, long Bytes, int LeftOnOldHost);

/// <summary>
/// The media engine in a conversion run (docs/media.md#in-a-conversion-run): the site's attachments are planned and
/// copied before the writer starts (featured images and galleries point at them); then each post, in input order,
/// adds the references of its normalised body to the one plan, its files are copied (each once, however many posts
/// name it) and its body and attachment URL are pointed at the copies, before the writer plans it. At the end, one
/// audit row per file. Without a source, nothing is copied: each post says how many of its files stay on the old host.
/// </summary>
public sealed class MediaStep(OutputFolder output, MediaStepOptions options) : IOrderedStep, IDisposable
{
    private readonly MediaStepOptions _options = options;
    private MediaPlan? _plan;
    private MediaFetcher.Run? _run;
    private string _prefix = "";
    private int _left;
    private Func<Post, PageBundle?>? _bundleOf;
    private IMediaSource? _source;
    private readonly HashSet<PathKey> _bundleFolders = [];
    private readonly HashSet<PathKey> _pageFilePaths = [];
    private readonly List<PageFileCopy> _pageFiles = [];

    /// <summary>The totals, once the run is complete.</summary>
    public MediaSummary Summary { get; private set; } = new(options.Source is not null, 0, 0, 0, 0, 0);

    public Site Begin(Site site, IDiagnosticSink diagnostics, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(site);
        var mediaSite = _options.StaticSite
            ? MediaSite.ForStaticSite([site.Url, site.BaseSiteUrl], _options.ExtraHosts)
            : MediaSite.For([site.Url, site.BaseSiteUrl], _options.ExtraHosts);
        _plan = new MediaPlan(mediaSite, _options.MediaFolder);
        _prefix = _options.LinkToSource ? "" : _options.BaseUrl?.TrimEnd('/') ?? "";
        _bundleOf = _options.Bundles?.Invoke(site);
        if (_options.Source is null || site.Attachments.Count == 0)
        {
            if (_options.Source is not null)
                _run = new MediaFetcher(_source = _options.Source(mediaSite), output, _options.Fetch).Start(progress: _options.Progress);
            return site;
        }
        _run = new MediaFetcher(_source = _options.Source(mediaSite), output, _options.Fetch).Start(progress: _options.Progress);
        // The media library first, in id order: featured images and galleries name attachments through the site.
        var attachments = site.Attachments.Values.OrderBy(a => a.Id).ToList();
        var file = site.SourceFiles.Count == 1 ? site.SourceFiles[0] : "";
        foreach (var attachment in attachments)
            _plan.AddFile(attachment.Url, new SourceRef(file, 0, attachment.Id.ToString(CultureInfo.InvariantCulture)), diagnostics);
        var files = attachments.Select(a => _plan.FileFor(a.Url.Trim())).OfType<MediaFile>().Distinct().ToList();
        var outcomes = Linked(Task.WhenAll(files.Select(f => _run.FileAsync(f, cancellation))).GetAwaiter().GetResult());
        var results = new MediaResults(_plan.FileFor, mediaSite, outcomes);
        // Root-relative here whatever the base URL: bodies built from these (galleries) are rewritten like any other.
        var moved = site.Attachments.ToDictionary(a => a.Key, a => results.NewUrlFor(a.Value.Url.Trim()) is { } url ? a.Value with { Url = url } : a.Value);
        return site with { Attachments = moved };
    }

    public IOrderedEntry? Prepare(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var plan = _plan ?? throw new InvalidOperationException("Begin was not called");
        // WordPress's stored content (a WordPress export kept as stored) holds its references in the same HTML; a static
        // site's Markdown in its images, links and raw HTML; its front matter in its image fields.
        var html = post.Content.Format is BodyFormat.Html or BodyFormat.WordPress or BodyFormat.Markdown ? post.Content.Text : null;
        var markdown = post.Content.Format == BodyFormat.Markdown;
        var references = html is null ? [] : MediaReferences.Find(html, plan.Site, markdown).ToList();
        foreach (var image in FrontMatterImages.Find(post.Extra))
        {
            if (plan.Site.Classify(image) is { } url && !references.Any(r => string.Equals(r.Url, image, StringComparison.Ordinal)))
                references.Add(new MediaReference(image, url.IsOwn ? MediaReferenceKind.Own : MediaReferenceKind.External, "front matter"));
        }
        var attachmentUrl = post.AttachmentUrl?.Trim();
        var own = references.Where(r => r.Kind == MediaReferenceKind.Own).Select(r => r.Url).ToList();
        if (!string.IsNullOrEmpty(attachmentUrl) && plan.Site.Classify(attachmentUrl) is { IsOwn: true })
            own.Add(attachmentUrl);
        // The files that travel with the post (a Hugo bundle's) go beside it in every site, with or without media options.
        var pageFiles = post.Resources.Count > 0 && !_options.LinkToSource;
        if (post.Resources.Count > 0 && _options.LinkToSource)
            diagnostics.Report(MediaDiagnostics.PageFilesNotCarried(post.Source, post.Resources.Count));
        if (_run is null)
        {
            // Nothing is copied: no plan, no order; the post only says how many of its files stay behind.
            var files = own.Select(u => plan.Site.Classify(u)?.File?.AbsoluteUri).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            if (files > 0)
            {
                Interlocked.Add(ref _left, files);
                diagnostics.Report(MediaDiagnostics.LeftOnOldHost(post.Source, files));
            }
            return pageFiles ? new Entry(this, post, html, markdown, [], null, _bundleOf?.Invoke(post), diagnostics) : null;
        }
        // A bundled post always enters, in its turn: its folder is claimed first come, first served.
        var bundle = _bundleOf?.Invoke(post);
        return references.Count == 0 && own.Count == 0 && bundle is null && !pageFiles ? null : new Entry(this, post, html, markdown, references, attachmentUrl, bundle, diagnostics);
    }

    /// <summary>One file that travels with a post: where it goes in the output, its URL there, and what became of it.</summary>
    private sealed class PageFileCopy(Post post, PageResource resource, string? outputPath, string? url, string oldUrl, string? sitePath)
    {
        public Post Post { get; } = post;

        /// <summary>The path on the new site when the file goes beside the page under the media folder; null in a bundle.</summary>
        public string? SitePath { get; } = sitePath;
        public PageResource Resource { get; } = resource;
        public string? OutputPath { get; } = outputPath;
        public string? Url { get; } = url;
        public string OldUrl { get; } = oldUrl;
        public string? Failure { get; set; }
        public long Bytes { get; set; }
    }

    /// <summary>
    /// In input order: where each file of a post goes (docs/media.md#files-beside-a-page). Into the post's folder when the
    /// writer keeps one (<paramref name="bundle"/>), at the same path inside it; else beside the post's address under the
    /// media folder (<c>static/posts/x/cat.jpg</c>), for a post the old site published only (a draft's files are not
    /// published there either). A path another post's file took first is not copied again (the row says so).
    /// </summary>
    private List<PageFileCopy> PlacePageFiles(Post post, PageBundle? bundle)
    {
        var placed = new List<PageFileCopy>();
        var oldFolder = PageFiles.FolderOf(post.Link);
        var published = post.Status == PublicationStatus.Published && !post.IsProtected;
        foreach (var resource in post.Resources)
        {
            var path = PageFiles.SafePath(resource.Path);
            var oldUrl = path is null || oldFolder is null ? resource.Path : PageFiles.UrlOf(Join(oldFolder, path));
            string? outputPath = null, url = null, sitePath = null;
            if (path is not null && bundle is not null)
                (outputPath, url) = (bundle.Folder.Trim('/') + "/" + path, PageFiles.UrlOf(Join(bundle.UrlPath.Trim('/'), path)));
            else if (path is not null && published && oldFolder is not null)
            {
                sitePath = Join(oldFolder, path);
                (outputPath, url) = (Join(_options.MediaFolder.Trim('/'), sitePath), PageFiles.UrlOf(sitePath));
            }
            var copy = new PageFileCopy(post, resource, outputPath, url, oldUrl, sitePath);
            if (path is null)
                copy.Failure = "not a path inside the page's folder";
            else if (outputPath is null && published)
                copy.Failure = "the page has no address to put it beside";
            else if (outputPath is not null && !_pageFilePaths.Add(PathKey.Of(outputPath.ToUpperInvariant())))
                copy.Failure = $"another page's file already took '{outputPath}'";
            placed.Add(copy);
        }
        _pageFiles.AddRange(placed);
        return placed;
    }

    private static string Join(string folder, string path) => folder.Length == 0 ? path : folder + "/" + path;

    /// <summary>Copies a post's placed files (each streamed from the source) and gives the URL of each copied one, by its path in the page's folder.</summary>
    private async Task<Dictionary<string, string>> CopyPageFilesAsync(IReadOnlyList<PageFileCopy> files, IDiagnosticSink diagnostics, CancellationToken cancellation)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Failure is null && file.OutputPath is not null && file.Url is not null)
            {
                try
                {
                    file.Bytes = await PageFiles.CopyAsync(file.Resource, output, file.OutputPath, cancellation).ConfigureAwait(false);
                    urls[file.Resource.Path] = _prefix + file.Url;
                    continue;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UnsafePathException)
                {
                    file.Failure = ex.Message;
                }
            }
            if (file.Failure is not null)
                diagnostics.Report(MediaDiagnostics.FileNotCopied(file.Post.Source, file.Resource.Path, file.Failure));
        }
        return urls;
    }

    /// <summary>One post's files: added to the plan in its turn, then copied and pointed at.</summary>
    private sealed class Entry(MediaStep step, Post post, string? html, bool markdown, IReadOnlyList<MediaReference> references, string? attachmentUrl,
        PageBundle? bundle, IDiagnosticSink diagnostics)
        : IOrderedEntry
    {
        private readonly Dictionary<string, MediaFile> _named = new(StringComparer.Ordinal);

        private PageBundle? _bundle = bundle;

        private List<PageFileCopy> _pageFiles = [];

        public void Enter()
        {
            // The writer gives a second post of the same folder another one (slug-2): its files stay in the media folder.
            if (_bundle is not null && !step._bundleFolders.Add(PathKey.Of(_bundle.Folder.ToUpperInvariant())))
                _bundle = null;
            if (post.Resources.Count > 0 && !step._options.LinkToSource)
                _pageFiles = step.PlacePageFiles(post, _bundle);
            var plan = step._plan!;
            plan.Add(references, post.Source, diagnostics);
            foreach (var reference in references.Where(r => r.Kind == MediaReferenceKind.Own))
            {
                if (plan.FileFor(reference.Url) is { } file)
                    _named[reference.Url] = file;
            }
            if (!string.IsNullOrEmpty(attachmentUrl) && plan.AddFile(attachmentUrl, post.Source, diagnostics) && plan.FileFor(attachmentUrl) is { } own)
                _named[attachmentUrl] = own;
        }

        public async Task<Post> FinishAsync(CancellationToken cancellation)
        {
            var moved = await MediaAsync(cancellation).ConfigureAwait(false);
            if (_pageFiles.Count == 0)
                return moved;
            var urls = await step.CopyPageFilesAsync(_pageFiles, diagnostics, cancellation).ConfigureAwait(false);
            if (urls.Count == 0 || html is null)
                return moved;
            return moved with { Content = moved.Content with { Text = PageFiles.Rewrite(moved.Content.Text, markdown, p => urls.GetValueOrDefault(p)) } };
        }

        private async Task<Post> MediaAsync(CancellationToken cancellation)
        {
            var files = _named.Values.Distinct().ToList();
            if (files.Count == 0)
                return post;
            var outcomes = step.Linked(await Task.WhenAll(files.Select(f => step._run!.FileAsync(f, cancellation))).ConfigureAwait(false));
            foreach (var outcome in outcomes)
            {
                if (outcome.Result == MediaResult.Failed)
                    diagnostics.Report(MediaDiagnostics.FileNotCopied(post.Source, outcome.OldUrl, outcome.Reason ?? ""));
                else if (outcome.File.Original is { } original && outcome.NewUrl is not null && outcome.OutputPath == original.OutputPath)
                    diagnostics.Report(MediaDiagnostics.ResizedCopyMissing(post.Source, outcome.OldUrl, original.OutputPath));
            }
            var failed = outcomes.Count(o => o.Result == MediaResult.Failed);
            diagnostics.Report(MediaDiagnostics.ItemMedia(post.Source, files.Count, failed));
            if (_bundle is not null)
                outcomes = await step.IntoBundleAsync(_bundle, outcomes, TopNames(_pageFiles), cancellation).ConfigureAwait(false);
            var results = new MediaResults(_named.GetValueOrDefault, step._plan!.Site, outcomes);
            var content = html is null ? post.Content : post.Content with { Text = MediaRewriter.Rewrite(html, results, step._prefix, markdown) };
            var newAttachmentUrl = attachmentUrl is not null && results.NewUrlFor(attachmentUrl) is { } moved ? step._prefix + moved : post.AttachmentUrl;
            var extra = FrontMatterImages.Rewrite(post.Extra, url => results.NewUrlFor(url) is { } image ? step._prefix + image : null);
            return post with { Content = content, AttachmentUrl = newAttachmentUrl, Extra = extra };
        }
    }

    /// <summary>With <see cref="MediaStepOptions.LinkToSource"/>, the outcomes of copied files given the URL their source serves them at.</summary>
    private MediaOutcome[] Linked(MediaOutcome[] outcomes) =>
        _options.LinkToSource ? [.. outcomes.Select(Linked)] : outcomes;

    private MediaOutcome Linked(MediaOutcome outcome) =>
        outcome.NewUrl is not null && _source?.UrlOf(outcome.File.Original is { } original && outcome.OutputPath == original.OutputPath ? original : outcome.File) is { } url
            ? outcome with { NewUrl = url.AbsoluteUri }
            : outcome;

    /// <summary>
    /// Copies a post's files that are in the new site into its page bundle, under their file names (<c>-2</c> for a second
    /// file of the same name, whatever its letter case), and gives the outcomes the URLs they are published at there
    /// (docs/media.md#hugo-page-bundles). The copy in the media folder stays: the old URLs keep working.
    /// </summary>
    private async Task<MediaOutcome[]> IntoBundleAsync(PageBundle bundle, MediaOutcome[] outcomes, IEnumerable<string> takenNames, CancellationToken cancellation)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(takenNames.Select(n => n.ToUpperInvariant()), StringComparer.Ordinal);
        var moved = new MediaOutcome[outcomes.Length];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var outcome = outcomes[i];
            moved[i] = outcome;
            if (outcome.NewUrl is null || output.DryRun || output.Resolve(outcome.OutputPath) is not { } from)
                continue;
            if (!named.TryGetValue(outcome.OutputPath, out var name))
            {
                var wanted = outcome.OutputPath[(outcome.OutputPath.LastIndexOf('/') + 1)..];
                name = wanted;
                for (var n = 2; !taken.Add(name.ToUpperInvariant()); n++)
                    name = ConflictSuffix.Apply(wanted, n);
                named[outcome.OutputPath] = name;
                var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await using (source.ConfigureAwait(false))
                {
                    using var atomic = output.OpenAtomic(bundle.Folder + "/" + name);
                    await source.CopyToAsync(atomic.Stream, cancellation).ConfigureAwait(false);
                    atomic.Commit();
                }
            }
            moved[i] = outcome with { NewUrl = MediaFetcher.NewUrl(bundle.UrlPath.Trim('/') + "/" + name) };
        }
        return moved;
    }

    /// <summary>The names the post's own files take at the top of its folder (<c>cat.jpg</c>, <c>images</c>): the media copied into the bundle takes others.</summary>
    private static IEnumerable<string> TopNames(IReadOnlyList<PageFileCopy> files) =>
        files.Select(f => PageFiles.SafePath(f.Resource.Path)).OfType<string>().Select(p => p.Split('/')[0]);

    public void Dispose() => _run?.Dispose();

    public IReadOnlyList<AuditRow> Complete(IDiagnosticSink diagnostics)
    {
        var pageRows = _pageFiles.Select(PageFileRow).ToList();
        foreach (var file in _pageFiles.Where(f => f.Failure is null && f.SitePath is not null))
            _options.Published?.Add(file.SitePath!);
        if (_plan is null || _run is null)
        {
            Summary = Summary with { LeftOnOldHost = _left };
            return pageRows;
        }
        // Every planned file has its outcome (a file of an item that failed before copying is copied now).
        Task.WhenAll(_plan.Files.Select(f => _run.FileAsync(f, CancellationToken.None))).GetAwaiter().GetResult();
        _run.Manifest.Compact();
        var outcomes = Linked([.. _run.Outcomes(_plan)]);
        var rows = new List<AuditRow>(outcomes.Length);
        foreach (var outcome in outcomes)
        {
            if (outcome.NewUrl is not null && !_options.LinkToSource && outcome.File.Path is { } path && string.Equals(outcome.OutputPath, outcome.File.OutputPath, StringComparison.Ordinal))
                _options.Published?.Add(path);
            rows.Add(Row(outcome));
        }
        Summary = new MediaSummary(true, outcomes.Length, outcomes.Count(o => o.NewUrl is not null), outcomes.Count(o => o.Result == MediaResult.Failed), _run.Bytes, 0);
        rows.AddRange(pageRows);
        return rows;
    }

    /// <summary>The audit row of a file that travels with a post: written, skipped (a draft's, not published) or failed, with why.</summary>
    private AuditRow PageFileRow(PageFileCopy file) => new()
    {
        SourceFile = file.Resource.SourceFile,
        SourceId = file.Post.Source.ItemId ?? "",
        Type = "media",
        Title = file.Resource.Path,
        OldUrl = file.OldUrl,
        NewUrl = file.Failure is null && file.Url is not null ? _prefix + file.Url : "",
        OutputPath = file.Failure is null ? file.OutputPath ?? "" : "",
        Result = file.Failure is not null ? ItemResult.Failed : file.OutputPath is null || output.DryRun ? ItemResult.Skipped : ItemResult.Written,
        Reason = file.Failure ?? (file.OutputPath is null ? "the page is not published, so neither are its files" : output.DryRun ? "dry run" : ""),
        Warnings = file.Failure is not null ? "MED001" : "",
        Messages = file.Failure is not null
            ? $"MED001: {MediaDiagnostics.FileNotCopied(file.Post.Source, file.Resource.Path, file.Failure).Message}"
            : file.OutputPath is null || output.DryRun ? "" : string.Create(CultureInfo.InvariantCulture, $"{file.Bytes} bytes, beside its page"),
    };

    private AuditRow Row(MediaOutcome outcome) => new()
    {
        SourceFile = outcome.File.Source?.File ?? "",
        SourceId = outcome.File.Source?.ItemId ?? "",
        SourceLine = outcome.File.Source?.Line ?? 0,
        Type = "media",
        OldUrl = outcome.OldUrl,
        NewUrl = outcome.NewUrl is null ? "" : _prefix + outcome.NewUrl,
        OutputPath = outcome.OutputPath,
        Result = outcome.Result switch
        {
            MediaResult.Written => ItemResult.Written,
            MediaResult.Skipped => ItemResult.Skipped,
            _ => ItemResult.Failed,
        },
        Reason = outcome.Reason ?? "",
        Warnings = outcome.Result == MediaResult.Failed ? "MED001" : "",
        Messages = outcome.Result == MediaResult.Failed
            ? $"MED001: {MediaDiagnostics.FileNotCopied(outcome.File.Source, outcome.OldUrl, outcome.Reason ?? "").Message}"
            : outcome.Sha256 is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{outcome.Bytes} bytes, sha256 {outcome.Sha256}"),
    };
}
