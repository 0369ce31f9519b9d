using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Eleventy.Export;

/// <summary>
/// Writes an Eleventy 3 site that builds with no theme (docs/eleventy.md): items as Markdown (or HTML) files under
/// <c>content/</c>, each at its old address by its <c>permalink</c>, drafts with <c>permalink: false</c>, comments as
/// template data, and <c>eleventy.config.js</c> with a minimal layout. Files served as they are go to <c>public/</c>.
/// </summary>
public sealed class EleventyExporter(EleventyExportOptions options) : IExporter
{
    public EleventyExporter() : this(new EleventyExportOptions())
    {
    }

    public EleventyExportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public string Name => "eleventy";

    /// <summary>The written configuration copies <c>public/</c> to the site root: media, <c>_redirects</c>, <c>.htaccess</c>.</summary>
    public string? PublishedRoot => "public";

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        return new EleventyExportSession(site, output, new EleventyPlanner(site, Options));
    }
}

/// <summary>
/// One Eleventy export: plans in parallel; commits in order, giving an item whose file or address an earlier item took
/// the next free <c>-2</c>, <c>-3</c>… (Eleventy refuses to build two pages at one address, and case-insensitive file
/// systems store two names differing in case as one); writes the site files at the end.
/// </summary>
internal sealed class EleventyExportSession(Site site, OutputFolder output, EleventyPlanner planner) : IExportSession
{
    private readonly Dictionary<PathKey, PathOwner> _files = [];
    private readonly Dictionary<PathKey, PathOwner> _addresses = [];

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics) => planner.Plan(post, diagnostics);

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not EleventyWritePlan write)
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

    /// <summary>The permalink, numbered when an earlier item has it (ELV002).</summary>
    private EleventyWritePlan OwnAddress(EleventyWritePlan write, IDiagnosticSink diagnostics)
    {
        if (write.Permalink is not { } permalink || !_addresses.TryGetValue(AddressKey(permalink), out var first))
            return write;
        var number = 2;
        while (_addresses.ContainsKey(AddressKey(Numbered(permalink, number))))
            number++;
        var used = Numbered(permalink, number);
        diagnostics.Report(EleventyDiagnostics.PermalinkTaken(write.Source, permalink, first.ToString(), used));
        var renumbered = write with
        {
            Permalink = used,
            NewUrl = Core.Text.SitePaths.Address(planner.SiteUrl, used),
            FrontMatter = [.. write.FrontMatter.Select(f => f.Key == "permalink" ? new KeyValuePair<string, object?>("permalink", used) : f)],
        };
        return renumbered with { Files = EleventyPlanner.Files(renumbered) };
    }

    /// <summary>The content file, numbered when an earlier item wrote one of the same name (its data file follows it).</summary>
    private EleventyWritePlan OwnFile(EleventyWritePlan write)
    {
        if (!write.Files.Any(f => _files.ContainsKey(PathKey.OfFile(f.RelativePath))))
            return write;
        var number = 2;
        while (Taken(ConflictSuffix.Apply(write.OutputPath, number)))
            number++;
        var renamed = write with { OutputPath = ConflictSuffix.Apply(write.OutputPath, number) };
        return renamed with { Files = EleventyPlanner.Files(renamed) };
    }

    private bool Taken(string contentPath) =>
        _files.ContainsKey(PathKey.OfFile(contentPath)) || _files.ContainsKey(PathKey.OfFile(EleventyPlanner.DataFileOf(contentPath)));

    /// <summary>The file Eleventy writes for a permalink, as a case-insensitive file system sees it (<c>/a/</c> and <c>/a/index.html</c> are one).</summary>
    private static PathKey AddressKey(string permalink) =>
        PathKey.OfFile(permalink.EndsWith('/') ? permalink + "index.html" : permalink);

    /// <summary><c>/a/b/</c> → <c>/a/b-2/</c>; <c>/a/b.html</c> → <c>/a/b-2.html</c>; <c>/</c> → <c>/-2/</c>.</summary>
    private static string Numbered(string permalink, int number) =>
        permalink == "/" ? $"/-{number}/" : ConflictSuffix.Apply(permalink.TrimEnd('/'), number) + (permalink.EndsWith('/') ? "/" : "");

    public void Complete(IDiagnosticSink diagnostics)
    {
        foreach (var (path, content) in EleventySiteFiles.Fixed)
            output.WriteText(path, content);
        output.WriteText(EleventyPlanner.InputFolder + "/_data/site.json", EleventySiteFiles.SiteData(site, planner.SiteUrl));
        if (!_addresses.ContainsKey(AddressKey("/")))
            output.WriteText(EleventyPlanner.InputFolder + "/index.liquid", EleventySiteFiles.Home);
    }
}
