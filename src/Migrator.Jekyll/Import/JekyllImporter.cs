using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Reads Jekyll sites (folders with <c>_config.yml</c> or <c>_posts/</c>) and single post files into the model, as Jekyll
/// itself reads them: file names, front matter, <c>defaults:</c>, dates in the site zone, permalinks, collections,
/// drafts and pages. Opening reads every file's front matter once to know the authors, terms and every item's URL
/// (for <c>{% post_url %}</c> and <c>{% link %}</c>); the items are then read again, one at a time. Only files inside the
/// site are read: symbolic links are reported and skipped, <c>source</c> and <c>collections_dir</c> must stay inside it,
/// and a folder with no configuration, <c>_posts</c> or <c>_drafts</c> is refused as not a Jekyll site.
/// </summary>
public sealed class JekyllImporter : IImporter
{
    private readonly Func<DateTimeOffset> _clock;

    public JekyllImporter()
        : this(() => DateTimeOffset.UtcNow)
    {
    }

    /// <param name="clock">Now, for Jekyll's future-date rule (tests pass a fixed time).</param>
    public JekyllImporter(Func<DateTimeOffset> clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    public string Name => "jekyll";

    /// <summary>A folder with <c>_config.yml</c>/<c>_config.yaml</c> or <c>_posts/</c>, a <c>_config.yml</c> file, or a post file (front matter first, or inside <c>_posts</c>/<c>_drafts</c>).</summary>
    public bool CanRead(string path)
    {
        if (string.IsNullOrEmpty(path))
            return false;
        if (Directory.Exists(path))
            return JekyllConfigReader.FindConfigFile(path) is not null || Directory.Exists(Path.Combine(path, "_posts"));
        if (!File.Exists(path))
            return false;
        var name = Path.GetFileName(path);
        if (name is "_config.yml" or "_config.yaml")
            return true;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is not (".md" or ".markdown" or ".mkd" or ".mkdn" or ".mkdown" or ".html" or ".htm" or ".textile"))
            return false;
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.Contains("/_posts/", StringComparison.Ordinal) || full.Contains("/_drafts/", StringComparison.Ordinal) ||
               JekyllSiteScanner.HasFrontMatter(path);
    }

    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count == 0)
            throw new InputException("no input was given; name a Jekyll site folder or a post file.");

        var sources = new List<(JekyllSiteContext Site, List<JekyllSourceFile> Files)>();
        var sites = new Dictionary<string, JekyllSiteContext>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var (root, single) = Locate(input);
            if (single is null && !IsSite(root))
                throw new InputException($"'{input}' is not a Jekyll site: it has no _config.yml (or _config.yaml) and no _posts or _drafts folder. Name the site's own folder.");
            if (!sites.TryGetValue(root, out var site))
            {
                site = JekyllSiteContext.Open(root, diagnostics);
                sites[root] = site;
            }
            var files = single is null
                ? [.. JekyllSiteScanner.Scan(site, diagnostics)]
                : new List<JekyllSourceFile> { JekyllSiteScanner.SingleFile(single, site) };
            sources.Add((site, files));
        }

        var index = new JekyllLinkIndex();
        var authors = new List<Author>();
        var terms = new List<Term>();
        foreach (var file in sources.SelectMany(s => s.Files))
        {
            // First pass: front matter only; what it reports (or a failure) is reported once, when the item is read.
            if (FirstRead(file) is not { } document)
                continue;
            index.Add(document);
            if (JekyllPostMapper.AuthorOf(JekyllPostMapper.AuthorField(document)).Author is { } author &&
                !authors.Exists(a => string.Equals(a.Login, author.Login, StringComparison.Ordinal)))
                authors.Add(author);
            AddTerms(terms, Taxonomies.Category, document.Categories);
            AddTerms(terms, Taxonomies.Tag, document.Tags);
        }

        var first = sources[0].Site;
        ReportDisagreements(sources.Select(s => s.Site).Distinct().Skip(1), first, diagnostics);
        var header = new Site
        {
            Title = first.Config.Title ?? "",
            Description = first.Config.Description,
            Language = first.Config.Language,
            Url = first.Config.SiteUrl,
            TimeZone = first.Config.TimeZone,
            Permalink = first.Config.Permalink,
            SourceVersion = "jekyll",
            Authors = authors,
            Terms = terms,
            Extra = [.. first.Config.Fields.Where(kv => kv.Key is not ("title" or "description" or "url" or "timezone" or "permalink" or "lang"))],
            SourceFiles = [.. inputs.Select(Path.GetFullPath)],
        };
        return new ImportedSite(header, Items(sources.SelectMany(s => s.Files), new LiquidTags(index)));
    }

    private static JekyllDocument? FirstRead(JekyllSourceFile file)
    {
        try
        {
            return JekyllDocumentReader.Read(file, NullDiagnosticSink.Instance) as JekyllDocument;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private IEnumerable<SourceItem> Items(IEnumerable<JekyllSourceFile> files, LiquidTags liquid)
    {
        var now = _clock();
        foreach (var file in files)
        {
            SourceItem item;
            try
            {
                var noticed = new DiagnosticBag();
                item = JekyllDocumentReader.Read(file, noticed) switch
                {
                    JekyllDocument document => Read(document, liquid, now, noticed),
                    JekyllReadFailure { Ignored: true } ignored => new IgnoredItem(ignored.Source, TypeOf(file), ignored.Title, ignored.Error),
                    JekyllReadFailure failure => new UnreadableItem(failure.Source, TypeOf(file), failure.Title, failure.Error),
                    _ => throw new InvalidOperationException("unexpected read result"),
                };
            }
            catch (Exception ex)
            {
                // The per-item boundary: a bug on one file fails that file alone.
                var where = new SourceRef(file.FullPath, 1, file.RelativePath);
                item = new UnreadableItem(where, TypeOf(file), null, CoreDiagnostics.InternalError(where, ex));
            }
            yield return item;
        }
    }

    private static ReadPost Read(JekyllDocument document, LiquidTags liquid, DateTimeOffset now, DiagnosticBag noticed)
    {
        var post = JekyllPostMapper.ToPost(document, liquid, now, noticed);
        return new ReadPost(post, noticed.Items);
    }

    private static string TypeOf(JekyllSourceFile file) => file.Kind switch
    {
        JekyllItemKind.Page => PostTypes.Page,
        JekyllItemKind.CollectionDocument or JekyllItemKind.UnwrittenDocument => file.Collection,
        _ => PostTypes.Post,
    };

    /// <summary>What makes a folder a Jekyll site: its configuration, or posts or drafts of its own.</summary>
    private static bool IsSite(string root) =>
        JekyllConfigReader.FindConfigFile(root) is not null || Directory.Exists(Path.Combine(root, "_posts")) || Directory.Exists(Path.Combine(root, "_drafts"));

    // A folder is a site; a _config.yml names its folder; a file is read alone within the site above its _posts.
    /// <summary>The site folder of a single input site (given as its folder or its <c>_config.yml</c>): Jekyll publishes its other files as they are.</summary>
    public string? PublishedFolder(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != 1 || !File.Exists(inputs[0]) && !Directory.Exists(inputs[0]))
            return null;
        var (root, single) = Locate(inputs[0]);
        return single is null ? root : null;
    }

    private static (string Root, string? SingleFile) Locate(string input)
    {
        var full = Path.GetFullPath(input);
        if (Directory.Exists(full))
            return (full, null);
        if (!File.Exists(full))
            throw new InputException($"'{input}' does not exist; name a Jekyll site folder or a post file.");
        if (Path.GetFileName(full) is "_config.yml" or "_config.yaml")
            return (Path.GetDirectoryName(full)!, null);
        return (JekyllSiteScanner.SiteRootOfFile(full), full);
    }

    private static void AddTerms(List<Term> terms, string taxonomy, IEnumerable<string> names)
    {
        // One term per slug, as WordPress keeps them: "Tech" and "tech" are one category, named as first seen.
        foreach (var name in names)
        {
            var slug = JekyllSlug.Default(name);
            if (!terms.Exists(t => t.Taxonomy == taxonomy && string.Equals(t.Slug, slug, StringComparison.Ordinal)))
                terms.Add(new Term(taxonomy, slug, name));
        }
    }

    private static void ReportDisagreements(IEnumerable<JekyllSiteContext> others, JekyllSiteContext first, IDiagnosticSink diagnostics)
    {
        foreach (var other in others)
        {
            if (!string.Equals(other.Config.TimeZone, first.Config.TimeZone, StringComparison.Ordinal))
                diagnostics.Report(JekyllReadDiagnostics.InputsDisagree(other.Root, "timezone"));
            if (!string.Equals(other.Config.SiteUrl, first.Config.SiteUrl, StringComparison.Ordinal))
                diagnostics.Report(JekyllReadDiagnostics.InputsDisagree(other.Root, "url"));
        }
    }
}
