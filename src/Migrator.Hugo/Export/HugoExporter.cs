using Migrator.Core.Markup;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.Hugo.Export;

/// <summary>
/// Writes a Hugo site that builds with no theme: posts in <c>content/posts/</c> (or page bundles), pages mirroring
/// their old paths, drafts with <c>draft: true</c>, old URLs kept exactly (front matter <c>url</c>, decoded), old slugs
/// as <c>aliases</c>, Disqus keys, comments in <c>data/comments/</c>, and <c>hugo.toml</c> plus minimal layouts.
/// </summary>
public sealed class HugoExporter(HugoExportOptions options) : IExporter
{
    public HugoExporter() : this(new HugoExportOptions())
    {
    }

    public HugoExporter(ExportSettings settings) : this(HugoExportOptions.From(settings))
    {
    }

    public HugoExportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public string Name => "hugo";

    /// <summary>Hugo copies <c>static/</c> to the site root as it is: <c>_redirects</c> and <c>.htaccess</c> go there.</summary>
    public string? PublishedRoot => "static";

    /// <summary>The Markdown the generator renders.</summary>
    public MarkdownFlavor? Flavor => MarkdownFlavor.Goldmark;

    /// <summary>Hugo's term pages: <c>/categories/&lt;name&gt;/</c>, <c>/tags/&lt;name&gt;/</c>, the name made a path as Hugo does (case kept: the config disables lower-casing).</summary>
    public string? ArchiveUrl(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var section = term.Taxonomy switch
        {
            Taxonomies.Category => "categories",
            Taxonomies.Tag => "tags",
            _ => null,
        };
        return section is null ? null : $"/{section}/{HugoPaths.MakePath(HugoTaxonomies.Value(term.Name, term.Slug), disablePathToLower: true)}/";
    }

    /// <summary>With <see cref="HugoExportOptions.Bundles"/>, each post's leaf bundle (pages stay single files).</summary>
    public Func<Post, PageBundle?>? BundlesOf(Site site) => Options.Bundles ? new HugoPagePlanner(site, Options).BundleOf : null;

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        return new HugoExportSession(site, output, new HugoPagePlanner(site, Options));
    }
}

/// <summary>One Hugo export: plans in parallel, commits in order, and writes the site files at the end.</summary>
internal sealed class HugoExportSession(Site site, OutputFolder output, HugoPagePlanner planner) : IExportSession
{
    private readonly Dictionary<PathKey, PathOwner> _writtenBy = []; // keyed as case-insensitive file systems see paths
    private readonly OffsetTally _offsets = new();
    private readonly HashSet<string> _taxonomies = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _pageFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listFolders = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _termPages = new(StringComparer.Ordinal);

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics) => planner.Plan(post, diagnostics);

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not WritePlan write)
            return plan;
        var source = (write as HugoWritePlan)?.Source;
        if (write.Files.Any(f => output.Resolve(f.RelativePath) is null))
        {
            var error = CoreDiagnostics.UnsafeOutputPath(source, write.Files.First(f => output.Resolve(f.RelativePath) is null).RelativePath);
            diagnostics.Report(error);
            return new FailPlan(error);
        }
        if (write.Files.Any(f => _writtenBy.ContainsKey(PathKey.OfFile(f.RelativePath))))
        {
            var taken = write.Files.First(f => _writtenBy.ContainsKey(PathKey.OfFile(f.RelativePath))).RelativePath;
            var first = _writtenBy[PathKey.OfFile(taken)];
            var suffix = 2;
            while (write.Files.Any(f => _writtenBy.ContainsKey(PathKey.OfFile(WithSuffix(f.RelativePath, suffix)))))
                suffix++;
            write = write with
            {
                OutputPath = WithSuffix(write.OutputPath, suffix),
                Files = [.. write.Files.Select(f => f with { RelativePath = WithSuffix(f.RelativePath, suffix) })],
            };
            diagnostics.Report(output.WasWritten(taken)
                ? HugoDiagnostics.PathSuffixed(source, taken, first.ToString(), write.OutputPath)
                : HugoDiagnostics.PathDiffersOnlyInCase(source, taken, first.ToString(), write.OutputPath));
        }
        var owner = new PathOwner(source, write.OutputPath);
        foreach (var file in write.Files)
        {
            output.WriteText(file.RelativePath, file.Content);
            _writtenBy[PathKey.OfFile(file.RelativePath)] = owner;
        }
        if (write is HugoWritePlan hugo)
        {
            if (hugo.Offset is { } offset)
                _offsets.Add(offset);
            _taxonomies.UnionWith(hugo.CustomTaxonomies);
            if (hugo.PageFolder is not null)
                _pageFolders.Add(hugo.PageFolder);
            if (hugo.ListFolder is not null)
                _listFolders.Add(hugo.ListFolder);
            foreach (var (path, title) in hugo.TermPages)
                _termPages.TryAdd(path, title);
        }
        return write;
    }

    /// <summary><c>a/b.md</c> → <c>a/b-2.md</c>; a bundle's <c>a/b/index.md</c> → <c>a/b-2/index.md</c>.</summary>
    private static string WithSuffix(string path, int suffix) =>
        ConflictSuffix.Apply(path, suffix, onFolder: path.EndsWith("/index.md", StringComparison.Ordinal) || path.EndsWith("/index.html", StringComparison.Ordinal));

    public void Complete(IDiagnosticSink diagnostics)
    {
        var timeZone = HugoSiteConfig.TimeZone(site, _offsets, diagnostics);
        output.WriteText("hugo.toml", HugoSiteConfig.Write(site, planner.BaseUrl, timeZone, _taxonomies));
        foreach (var (path, content) in HugoLayouts.All)
            output.WriteText(path, content);
        foreach (var folder in _pageFolders.Where(f => !_listFolders.Contains(f)))
        {
            var path = $"content/{folder}/_index.md";
            if (!output.WasWritten(path))
                output.WriteText(path, HeadlessSection(planner.FrontMatter));
        }
        foreach (var (path, title) in _termPages.Where(t => !output.WasWritten(t.Key)))
            output.WriteText(path, HugoFrontMatterBuilder.Write([new("title", title)], planner.FrontMatter, null, diagnostics));
    }

    /// <summary>
    /// Hugo makes every top content folder a section with a list page at its URL; for a folder of pages
    /// (<c>content/about/team.md</c>) that list would take the place of the page <c>/about/</c> or show a list the old site
    /// never had. This <c>_index.md</c> tells Hugo not to render or list the section; the pages in it are unaffected.
    /// </summary>
    internal static string HeadlessSection(FrontMatterSyntax syntax) => syntax == FrontMatterSyntax.Toml
        ? "+++\n[_build]\nrender = \"never\"\nlist = \"never\"\n+++\n"
        : "---\n_build:\n  render: \"never\"\n  list: \"never\"\n---\n";
}
