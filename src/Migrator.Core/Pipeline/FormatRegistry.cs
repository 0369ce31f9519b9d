namespace Migrator.Core.Pipeline;

/// <summary>A format Migrator knows, with what it can do. Listed explicitly, never discovered by reflection.</summary>
public sealed record FormatInfo(string Name, string Description, Func<IImporter>? Importer, Func<ExportSettings, IExporter>? Exporter);

/// <summary>The formats, in the order <c>migrator formats</c> prints them.</summary>
public sealed class FormatRegistry(IReadOnlyList<FormatInfo> formats)
{
    public IReadOnlyList<FormatInfo> Formats { get; } = formats;

    public FormatInfo? Find(string name) =>
        Formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first importer whose <see cref="IImporter.CanRead"/> accepts <paramref name="path"/>.</summary>
    public IImporter? Detect(string path) =>
        Formats.Where(f => f.Importer is not null).Select(f => f.Importer!()).FirstOrDefault(i => i.CanRead(path));
}
