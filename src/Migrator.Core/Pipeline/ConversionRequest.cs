using Migrator.Core.Markup;
using Migrator.Core.Output;

namespace Migrator.Core.Pipeline;

/// <summary>Everything one conversion run needs.</summary>
public sealed record ConversionRequest
{
    public required IImporter Importer { get; init; }
    public required IReadOnlyList<string> Inputs { get; init; }
    public required IExporter Exporter { get; init; }
    public required OutputFolder Output { get; init; }

    /// <summary>Where the CSV audit goes (always written, also in dry-run mode).</summary>
    public required string ReportPath { get; init; }

    /// <summary>The model → model passes, in order (normally <c>Normaliser.Default</c>).</summary>
    public IReadOnlyList<IPostTransform> Transforms { get; init; } = [];

    /// <summary>Steps run on the whole site before items are read (decoding the site's names, for example).</summary>
    public Func<Model.Site, Diagnostics.IDiagnosticSink, Model.Site>? SiteTransform { get; init; }

    /// <summary>A step after the transforms that sees posts in input order (copying media files), or null.</summary>
    public IOrderedStep? Step { get; init; }

    /// <summary>What else is made from the converted items (redirect files, Disqus files), in order.</summary>
    public IReadOnlyList<IItemObserver> Observers { get; init; } = [];

    /// <summary>The largest item converted, in bytes of text (<see cref="ItemSizeLimit"/>); a larger one fails alone.</summary>
    public long MaxItemBytes { get; init; } = ItemSizeLimit.DefaultMegabytes * 1024L * 1024L;

    /// <summary>
    /// Given the side-by-side view of each written body that is not exact, with its output path, in the audit's order
    /// (for the review report: <c>Review.BodyDiffTable.Add</c>; each view bounded in size, see
    /// <see cref="Markup.Fidelity.VisibleTextDiff"/>), or null.
    /// </summary>
    public Action<string, Markup.Fidelity.BodyDiff>? BodyDiffs { get; init; }

    /// <summary>How many items are converted at once (1 = one after the other). Output is identical for any value.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}

/// <summary>How a run went, per item kind and overall.</summary>
public sealed record ConversionResult
{
    public required int ItemsRead { get; init; }

    /// <summary>
    /// Audit rows that are no item read (one per media file), by type and result. They are not items: a media file that
    /// could not be copied does not fail the run (its pages keep the old URL, reported).
    /// </summary>
    public IReadOnlyDictionary<(string Type, Reporting.ItemResult Result), int> ExtraCounts { get; init; } =
        new Dictionary<(string Type, Reporting.ItemResult Result), int>();
    public required IReadOnlyDictionary<(string Type, Reporting.ItemResult Result), int> Counts { get; init; }
    public required IReadOnlyDictionary<string, int> DiagnosticsByCode { get; init; }
    public required IReadOnlyDictionary<FidelityVerdict, int> Fidelity { get; init; }

    /// <summary>Diagnostics about the inputs as a whole (repairs, configuration), not tied to one item.</summary>
    public required IReadOnlyList<Diagnostics.Diagnostic> SiteDiagnostics { get; init; }

    /// <summary>The error of each failed item (a damaged input included), the first 20, in input order: why the run ends with failures.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> ItemErrors { get; init; } = [];

    /// <summary>How many items failed with an error (of which <see cref="ItemErrors"/> holds the first ones).</summary>
    public int ItemErrorCount { get; init; }

    /// <summary>True when an input was damaged (some of it could not be read), or a site-wide file could not be written.</summary>
    public required bool InputDamaged { get; init; }

    public int Failed => Counts.Where(c => c.Key.Result == Reporting.ItemResult.Failed).Sum(c => c.Value);
    public int Written => Counts.Where(c => c.Key.Result == Reporting.ItemResult.Written).Sum(c => c.Value);
    public int Skipped => Counts.Where(c => c.Key.Result == Reporting.ItemResult.Skipped).Sum(c => c.Value);
}

/// <summary>Progress of a run: items done so far.</summary>
public sealed record ConversionProgress(int ItemsDone, string? CurrentFile);
