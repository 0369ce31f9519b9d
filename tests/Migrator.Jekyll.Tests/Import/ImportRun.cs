using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Import;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>Writes small sites into a temporary folder and reads them with the importer.</summary>
internal sealed class ImportRun
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ImportRun(Site site, IReadOnlyList<SourceItem> items, DiagnosticBag siteDiagnostics)
    {
        Site = site;
        Items = items;
        SiteDiagnostics = siteDiagnostics;
    }

    public Site Site { get; }
    public IReadOnlyList<SourceItem> Items { get; }
    public DiagnosticBag SiteDiagnostics { get; }

    public IEnumerable<Post> Posts => Items.OfType<ReadPost>().Select(r => r.Post);

    public static ImportRun Of(params string[] inputs)
    {
        var diagnostics = new DiagnosticBag();
        var imported = new JekyllImporter(() => Now).Open(inputs, diagnostics);
        return new ImportRun(imported.Site, [.. imported.Items], diagnostics);
    }

    /// <summary>The item read from the file with this source-relative path.</summary>
    public SourceItem Item(string relativePath) =>
        Items.SingleOrDefault(i => i.Source.ItemId == relativePath)
        ?? throw new InvalidOperationException($"no item '{relativePath}'; items: {string.Join(", ", Items.Select(i => i.Source.ItemId))}");

    public ReadPost Read(string relativePath) =>
        Item(relativePath) as ReadPost ?? throw new InvalidOperationException($"'{relativePath}' was not read: {Item(relativePath)}");

    public Post Post(string relativePath) => Read(relativePath).Post;

    public IEnumerable<string> Codes(string relativePath) => Read(relativePath).Diagnostics.Select(d => d.Code);

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static string Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
