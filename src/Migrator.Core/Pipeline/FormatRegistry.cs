using Migrator.Core.Diagnostics;

namespace Migrator.Core.Pipeline;

/// <summary>A format Migrator knows, with what it can do. Listed explicitly, never discovered by reflection.</summary>
public sealed record FormatInfo(string Name, string Description, Func<ImportSettings, IImporter>? Importer, Func<ExportSettings, IExporter>? Exporter)
{
    /// <summary>
    /// What a run from this format to itself is, when it is not an ordinary conversion (a clean-up, a re-export);
    /// null when it is one. Declared here, once, so that no writer asks which reader ran.
    /// </summary>
    public SameFormatRoute? SameFormat { get; init; }

    /// <summary>
    /// The <c>--redirects</c> name this format's writer answers by writing redirects into its own front matter
    /// (Jekyll <c>redirect_from</c>, Hugo <c>aliases</c>); null when it has none.
    /// </summary>
    public string? FrontMatterRedirects { get; init; }

    /// <summary>Options only this format's writer understands, declared by its project (docs/architecture.md#options).</summary>
    public IReadOnlyList<FormatOption> ExportOptions { get; init; } = [];

    /// <summary>The format's message families: every code its reader and writer report, explained (docs/messages.md).</summary>
    public IReadOnlyList<MessageFamily> Messages { get; init; } = [];
}

/// <summary>A run from a format to itself (docs/architecture.md#same-format-runs).</summary>
/// <param name="Exporter">The writer of such a run, in place of the format's ordinary one.</param>
/// <param name="KeepStoredContent">
/// True when the content is written as the source stored it, without normalisation: the target renders the source's own
/// markup itself (WordPress to WordPress).
/// </param>
public sealed record SameFormatRoute(Func<ExportSettings, IExporter> Exporter, bool KeepStoredContent);

/// <summary>The formats, in the order <c>migrator formats</c> prints them.</summary>
public sealed class FormatRegistry(IReadOnlyList<FormatInfo> formats)
{
    public IReadOnlyList<FormatInfo> Formats { get; } = formats;

    public FormatInfo? Find(string name) =>
        Formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first format whose importer's <see cref="IImporter.CanRead"/> accepts <paramref name="path"/>.</summary>
    public FormatInfo? Detect(string path) =>
        Formats.Where(f => f.Importer is not null).FirstOrDefault(f => f.Importer!(new ImportSettings()).CanRead(path));
}

/// <summary>The reading choices a user makes on the command line; each reader takes the ones that concern it.</summary>
public sealed record ImportSettings
{
    /// <summary>Read inputs of different sites as one site (<c>--merge</c>); refused otherwise.</summary>
    public bool MergeSites { get; init; }

    /// <summary>
    /// A folder inside the output where a reader may keep a temporary copy of an input it cannot read twice (standard
    /// input, a pipe); null: the system's temporary folder.
    /// </summary>
    public string? WorkFolder { get; init; }
}
