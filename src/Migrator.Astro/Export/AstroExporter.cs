using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Astro.Export;

/// <summary>
/// Writes an Astro site (docs/astro.md): items as Markdown entries of a content collection (<c>src/content/items/</c>)
/// whose schema every written front matter satisfies, each at its old address by its <c>permalink</c>, drafts with no
/// page, comments as a data collection, and the pages and configuration that build it. Files served as they are go to
/// <c>public/</c>.
/// </summary>
public sealed class AstroExporter(AstroExportOptions options) : IExporter
{
    public AstroExporter() : this(new AstroExportOptions())
    {
    }

    public AstroExportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public string Name => "astro";

    /// <summary>Astro copies <c>public/</c> to the site root as it is: media, <c>_redirects</c>, <c>.htaccess</c>.</summary>
    public string? PublishedRoot => "public";

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        return new AstroExportSession(site, output, new AstroPlanner(site, Options));
    }
}

/// <summary>
/// One Astro export: plans in parallel; commits in order, giving an item whose file or address an earlier item took
/// the next free <c>-2</c>, <c>-3</c>… (Astro builds one page per address, and case-insensitive file systems store two
/// names differing in case as one); writes the site files at the end.
/// </summary>
internal sealed class AstroExportSession(Site site, OutputFolder output, AstroPlanner planner) : IExportSession
{
    private readonly Dictionary<PathKey, PathOwner> _files = [];
    private readonly Dictionary<PathKey, PathOwner> _addresses = [];

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics) => planner.Plan(post, diagnostics);

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not AstroWritePlan write)
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
    private AstroWritePlan OwnAddress(AstroWritePlan write, IDiagnosticSink diagnostics)
    {
        if (write.Permalink is not { } permalink || !_addresses.TryGetValue(AddressKey(permalink), out var first))
            return write;
        var number = 2;
        while (_addresses.ContainsKey(AddressKey(Numbered(permalink, number))))
            number++;
        var used = Numbered(permalink, number);
        diagnostics.Report(AstroDiagnostics.PermalinkTaken(write.Source, permalink, first.ToString(), used));
        var renumbered = write with
        {
            Permalink = used,
            NewUrl = Core.Text.SitePaths.Address(planner.SiteUrl, used),
            FrontMatter = [.. write.FrontMatter.Select(f => f.Key == "permalink" ? new KeyValuePair<string, object?>("permalink", used) : f)],
        };
        return renumbered with { Files = AstroPlanner.Files(renumbered) };
    }

    /// <summary>The content file, numbered when an earlier item wrote one of the same name (its data file follows it).</summary>
    private AstroWritePlan OwnFile(AstroWritePlan write)
    {
        if (!write.Files.Any(f => _files.ContainsKey(PathKey.OfFile(f.RelativePath))))
            return write;
        var number = 2;
        while (Taken(ConflictSuffix.Apply(write.OutputPath, number)))
            number++;
        var renamed = write with { OutputPath = ConflictSuffix.Apply(write.OutputPath, number) };
        return renamed with { Files = AstroPlanner.Files(renamed) };
    }

    private bool Taken(string contentPath) =>
        _files.ContainsKey(PathKey.OfFile(contentPath)) || _files.ContainsKey(PathKey.OfFile(AstroPlanner.DataFileOf(contentPath)));

    /// <summary>The file Astro writes for a permalink, as a case-insensitive file system sees it (<c>/a/</c> and <c>/a/index.html</c> are one).</summary>
    private static PathKey AddressKey(string permalink) =>
        PathKey.OfFile(permalink.EndsWith('/') ? permalink + "index.html" : permalink);

    /// <summary><c>/a/b/</c> → <c>/a/b-2/</c>; <c>/a/b.html</c> → <c>/a/b-2.html</c>; <c>/</c> → <c>/-2/</c>.</summary>
    private static string Numbered(string permalink, int number) =>
        permalink == "/" ? $"/-{number}/" : ConflictSuffix.Apply(permalink.TrimEnd('/'), number) + (permalink.EndsWith('/') ? "/" : "");

    public void Complete(IDiagnosticSink diagnostics)
    {
        foreach (var (path, content) in AstroSiteFiles.Fixed)
            output.WriteText(path, content);
        output.WriteText("astro.config.mjs", AstroSiteFiles.Config(planner.SiteUrl));
        output.WriteText("src/site.json", AstroSiteFiles.SiteData(site, planner.SiteUrl));
        if (!_addresses.ContainsKey(AddressKey("/")))
            output.WriteText("src/pages/index.astro", AstroSiteFiles.Home);
    }
}
