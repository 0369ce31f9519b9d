using System.Text;
using System.Xml;
using Migrator.Core.Diagnostics;
using Migrator.Core.Input;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Blogger.Import;

/// <summary>
/// Reads a Blogger export, either shape (docs/blogger.md): the classic "Back up content" file
/// (<c>blog-MM-DD-YYYY.xml</c>) or Google Takeout's <c>feed.atom</c> (the file, or the blog's Takeout folder holding
/// it). Every entry gets its audit row: posts and pages are read into the model, comments are attached to their post
/// and listed on rows of their own, settings and template entries are ignored with their reason.
/// </summary>
public sealed class BloggerImporter : IImporter
{
    private const string TakeoutFile = "feed.atom";

    public string Name => "blogger";

    public bool CanRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = FileOf(path);
        if (file is null)
            return false;
        try
        {
            using var stream = File.OpenRead(file);
            var buffer = new byte[4096];
            var head = Encoding.UTF8.GetString(buffer, 0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
            return head.Contains("<feed", StringComparison.Ordinal)
                && (head.Contains("schemas.google.com/blogger/", StringComparison.Ordinal) || head.Contains("tag:blogger.com,1999:", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count != 1)
            throw new InputException("a Blogger import reads one export: the classic backup (blog-….xml) or Google Takeout's feed.atom.");
        var file = FileOf(inputs[0])
            ?? throw new InputException($"'{inputs[0]}' is neither a Blogger export file nor a Takeout blog folder holding {TakeoutFile}.");
        file = Path.GetFullPath(file);
        Site site;
        try
        {
            site = BloggerFeed.Head(file);
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new InputException($"'{file}' could not be read as a Blogger export: {ex.Message}");
        }
        return new ImportedSite(site, ReadItems(file));
    }

    /// <summary>The export file a path names: the file itself, or <c>feed.atom</c> in a Takeout blog folder.</summary>
    private static string? FileOf(string path) =>
        File.Exists(path) ? path
        : Directory.Exists(path) && File.Exists(Path.Combine(path, TakeoutFile)) ? Path.Combine(path, TakeoutFile)
        : null;

    private static IEnumerable<SourceItem> ReadItems(string file)
    {
        var comments = BloggerComments.Gather(file);
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (element, damage) in BloggerFeed.Entries(file))
        {
            if (damage is not null)
            {
                var where = new SourceRef(file, damage.LineNumber);
                yield return new InputDamaged(where, BloggerDiagnostics.ExportDamaged(where, damage.Message));
                yield break;
            }
            yield return ReadOne(file, element!, comments, firstLines);
        }
    }

    /// <summary>The per-entry boundary: a bug while reading one entry fails that entry, not the import.</summary>
    private static SourceItem ReadOne(string file, System.Xml.Linq.XElement element, BloggerComments comments, Dictionary<string, int> firstLines)
    {
        var source = new SourceRef(file, BloggerFeed.LineOf(element));
        try
        {
            var entry = BloggerEntryReader.Read(element);
            source = source with { ItemId = entry.Id.Length > 0 ? entry.Id : null };
            return BloggerItem.Of(entry, source, comments, firstLines);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new UnreadableItem(source, "entry", null, CoreDiagnostics.InternalError(source, ex));
        }
    }
}
