using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Cleanup;
using Migrator.Jekyll.Export;
using Migrator.Jekyll.Import;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Cleanup;

/// <summary>
/// A Jekyll → Jekyll run through the pipeline as the command line does it (importer, the default normalisation,
/// exporter), from a site written into a temporary folder to another temporary folder.
/// </summary>
internal sealed class CleanupRun : IDisposable
{
    private readonly TempFolder _temp = Corpus.NewTempFolder();
    private readonly PlanRecorder _recorder = new();

    public CleanupRun()
    {
        Directory.CreateDirectory(Site);
    }

    /// <summary>The source site folder.</summary>
    public string Site => Path.Combine(_temp.Path, "old-site");

    /// <summary>The output folder.</summary>
    public string Out => Path.Combine(_temp.Path, "new-site");

    public ConversionResult? Result { get; private set; }

    /// <summary>Writes a file of the source site (text exactly as given, UTF-8 without BOM); returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Site, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public CleanupRun Run(string? output = null)
    {
        var request = new ConversionRequest
        {
            Importer = new JekyllImporter(() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Inputs = [Site],
            Exporter = new JekyllCleanupExporter(),
            Output = new OutputFolder(output ?? Out),
            ReportPath = Path.Combine(_temp.Path, "report.csv"),
            Transforms = Normaliser.Default,
            SiteTransform = SiteNormaliser.Apply,
            Observers = [_recorder],
            Jobs = 1,
        };
        Result = ConversionRunner.Run(request);
        return this;
    }

    /// <summary>The plan of the item read from this site-relative path.</summary>
    public ExportPlan Plan(string relativePath) => _recorder.Plans[relativePath];

    public string Note(string relativePath) => Assert.IsType<JekyllCleanupPlan>(Plan(relativePath)).Note ?? "";

    public IReadOnlyList<string> Codes(string relativePath) => _recorder.Codes[relativePath];

    public IReadOnlyList<string> SiteCodes => [.. Result!.SiteDiagnostics.Select(d => d.Code)];

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Out, relativePath));

    public string Original(string relativePath) => File.ReadAllText(Path.Combine(Site, relativePath));

    /// <summary>Every file under a folder, relative with '/', sorted.</summary>
    public static IReadOnlyList<string> FilesUnder(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)];

    public void Dispose() => _temp.Dispose();

    private sealed class PlanRecorder : IItemObserver
    {
        public Dictionary<string, ExportPlan> Plans { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, IReadOnlyList<string>> Codes { get; } = new(StringComparer.Ordinal);

        public void Begin(Site site)
        {
        }

        public void Observe(Post? post, ExportPlan plan, IDiagnosticSink diagnostics)
        {
            var id = post?.Source.ItemId ?? (plan as FailPlan)?.Error.Source?.ItemId
                ?? (diagnostics as DiagnosticBag)?.Items.FirstOrDefault(d => d.Source is not null)?.Source?.ItemId ?? "?";
            Plans[id] = plan;
            Codes[id] = diagnostics is DiagnosticBag bag ? [.. bag.Items.Select(d => d.Code)] : [];
        }

        public void Complete(Site site, OutputFolder output, IDiagnosticSink diagnostics)
        {
        }
    }
}
