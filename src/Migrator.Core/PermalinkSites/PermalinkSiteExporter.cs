using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;

namespace Migrator.Core.PermalinkSites;

/// <summary>
/// Writes a site whose generator places each page by its <c>permalink</c> (Eleventy, Astro): each item at its old
/// address, drafts built as no page, comments as data, and the format's site files. The format supplies what differs
/// (<see cref="PermalinkSiteFormat"/>); a format's exporter is this class with its format.
/// </summary>
public class PermalinkSiteExporter(PermalinkSiteFormat format, PermalinkSiteOptions options) : IExporter
{
    public PermalinkSiteFormat Format { get; } = format ?? throw new ArgumentNullException(nameof(format));

    public PermalinkSiteOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public string Name => Format.Name;

    public string? PublishedRoot => Format.PublishedRoot;

    public MarkdownFlavor? Flavor => Format.Flavor;

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        return new PermalinkSiteSession(site, output, new PermalinkSitePlanner(site, Format, Options));
    }
}

/// <summary>
/// One permalink site export: plans in parallel; commits in order, giving an item whose file or address an earlier
/// item took the next free <c>-2</c>, <c>-3</c>… (a generator builds one page per address, Eleventy refuses to build
/// at all, and case-insensitive file systems store two names differing in case as one); writes the site files at the end.
/// </summary>
internal sealed class PermalinkSiteSession(Site site, OutputFolder output, PermalinkSitePlanner planner) : IExportSession
{
    private readonly Dictionary<PathKey, PathOwner> _files = [];
    private readonly Dictionary<PathKey, PathOwner> _addresses = [];

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics) => planner.Plan(post, diagnostics);

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not PermalinkWritePlan write)
            return plan;
        if (write.Files.FirstOrDefault(f => output.Resolve(f.RelativePath) is null) is { } unsafePath)
        {
            var error = CoreDiagnostics.UnsafeOutputPath(write.Source, unsafePath.RelativePath);
            diagnostics.Report(error);
            return new FailPlan(error);
        }
        write = OwnAddress(write, diagnostics);
        write = OwnFile(write);
        var owner = new PathOwner(write.Source, write.OutputPath);
        foreach (var file in write.Files)
        {
            output.WriteText(file.RelativePath, file.Content);
            _files[PathKey.OfFile(file.RelativePath)] = owner;
        }
        if (write.Permalink is not null)
            _addresses[AddressKey(write.Permalink)] = owner;
        return write;
    }

    /// <summary>The permalink, numbered when an earlier item has it (SIT002).</summary>
    private PermalinkWritePlan OwnAddress(PermalinkWritePlan write, IDiagnosticSink diagnostics)
    {
        if (write.Permalink is not { } permalink || !_addresses.TryGetValue(AddressKey(permalink), out var first))
            return write;
        var number = 2;
        while (_addresses.ContainsKey(AddressKey(Numbered(permalink, number))))
            number++;
        var used = Numbered(permalink, number);
        diagnostics.Report(PermalinkSiteDiagnostics.PermalinkTaken(write.Source, permalink, first.ToString(), used));
        var renumbered = write with
        {
            Permalink = used,
            NewUrl = SitePaths.Address(planner.SiteUrl, used),
            FrontMatter = [.. write.FrontMatter.Select(f => f.Key == "permalink" ? new KeyValuePair<string, object?>("permalink", used) : f)],
        };
        return renumbered with { Files = planner.Files(renumbered) };
    }

    /// <summary>The content file, numbered when an earlier item wrote one of the same name (its data file follows it).</summary>
    private PermalinkWritePlan OwnFile(PermalinkWritePlan write)
    {
        if (!write.Files.Any(f => _files.ContainsKey(PathKey.OfFile(f.RelativePath))))
            return write;
        var number = 2;
        while (Taken(ConflictSuffix.Apply(write.OutputPath, number)))
            number++;
        var renamed = write with { OutputPath = ConflictSuffix.Apply(write.OutputPath, number) };
        return renamed with { Files = planner.Files(renamed) };
    }

    private bool Taken(string contentPath) =>
        _files.ContainsKey(PathKey.OfFile(contentPath)) || _files.ContainsKey(PathKey.OfFile(planner.Format.CommentsFileOf(contentPath)));

    /// <summary>The file the generator writes for a permalink, as a case-insensitive file system sees it (<c>/a/</c> and <c>/a/index.html</c> are one).</summary>
    private static PathKey AddressKey(string permalink) =>
        PathKey.OfFile(permalink.EndsWith('/') ? permalink + "index.html" : permalink);

    /// <summary><c>/a/b/</c> → <c>/a/b-2/</c>; <c>/a/b.html</c> → <c>/a/b-2.html</c>; <c>/</c> → <c>/-2/</c>.</summary>
    private static string Numbered(string permalink, int number) =>
        permalink == "/" ? $"/-{number}/" : ConflictSuffix.Apply(permalink.TrimEnd('/'), number) + (permalink.EndsWith('/') ? "/" : "");

    public void Complete(IDiagnosticSink diagnostics) =>
        planner.Format.WriteSiteFiles(output, site, planner.SiteUrl, _addresses.ContainsKey(AddressKey("/")));
}
