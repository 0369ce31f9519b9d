using System.Text;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Import;

/// <summary>
/// Reads a Hugo site folder: the configuration at its root (<c>hugo.*</c> or <c>config.*</c>) and every content file
/// under <c>content/</c> (Markdown, HTML, Org and the other formats Hugo renders). Leaf bundles give one page
/// (<c>index.md</c>; the other files beside it are resources); <c>_index.md</c> section pages are imported as pages when
/// they hold content of their own and skipped (reported) when Hugo would only generate their list. A page whose front
/// matter cannot be read fails alone.
/// </summary>
public sealed class HugoImporter : IImporter
{
    private static readonly HashSet<string> ContentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdown", ".html", ".htm", ".org", ".adoc", ".asciidoc", ".ad", ".pandoc", ".pdc", ".rst",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Name => "hugo";

    public bool CanRead(string path) =>
        Directory.Exists(path) &&
        (HugoConfig.FindFile(path) is not null || Directory.Exists(Path.Combine(path, "config", "_default"))) &&
        Directory.Exists(Path.Combine(path, "content"));

    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count != 1 || !Directory.Exists(inputs[0]))
            throw new InputException("a Hugo import reads one site folder (the one holding hugo.toml and content/).");
        var folder = Path.GetFullPath(inputs[0]);
        var config = HugoConfig.Read(folder, diagnostics);
        var contentDir = Path.Combine(folder, config.ContentDir);
        if (!Directory.Exists(contentDir))
            throw new InputException($"'{folder}' has no '{config.ContentDir}' folder, so it is not a Hugo site.");
        var site = new Site
        {
            Title = config.Title ?? "",
            Url = config.BaseUrl,
            Language = config.LanguageCode,
            TimeZone = config.TimeZoneName,
            Permalink = config.Urls.Permalinks.TryGetValue("posts", out var permalink) ? permalink : config.Urls.Permalinks.Values.FirstOrDefault(),
            Extra = config.Extra,
            SourceFiles = config.File is null ? [] : [config.File],
        };
        var reader = new HugoPageReader(config, HugoPageReader.TermTitles(contentDir, config), Path.Combine(folder, "data", "comments"));
        site = site with
        {
            Terms = reader.SiteTerms(Walk(contentDir, contentDir, []).Select(e => ReadText(e.Path).Text).OfType<string>()),
        };
        return new ImportedSite(site, ReadItems(contentDir, reader, diagnostics));
    }

    private static IEnumerable<SourceItem> ReadItems(string contentDir, HugoPageReader reader, IDiagnosticSink diagnostics)
    {
        foreach (var entry in Walk(contentDir, contentDir, []))
        {
            var (text, error) = ReadText(entry.Path);
            if (text is null)
            {
                var source = new SourceRef(entry.Path, 0, entry.RelativePath);
                yield return new UnreadableItem(source, entry.Sections.Count == 0 ? PostTypes.Page : PostTypes.Post, null,
                    HugoDiagnostics.ContentFileUnreadable(source, error ?? "unknown error"));
                continue;
            }
            var item = ReadOne(reader, entry, text);
            if (entry.IsSection && item is ReadPost { Post: var post } && IsEmptySection(post))
            {
                diagnostics.Report(HugoDiagnostics.SectionPageSkipped(post.Source));
                continue;
            }
            yield return item;
        }
    }

    /// <summary>The per-item boundary: a bug while reading one file fails that file, not the import.</summary>
    private static SourceItem ReadOne(HugoPageReader reader, HugoContentEntry entry, string text)
    {
        try
        {
            return reader.Read(entry, text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var source = new SourceRef(entry.Path, 0, entry.RelativePath);
            return new UnreadableItem(source, entry.Sections.Count == 0 ? PostTypes.Page : PostTypes.Post, null,
                CoreDiagnostics.InternalError(source, ex));
        }
    }

    /// <summary>The file as UTF-8 text (Hugo reads nothing else), or the reason it cannot be read.</summary>
    private static (string? Text, string? Error) ReadText(string path)
    {
        try
        {
            return (File.ReadAllText(path, StrictUtf8), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return (null, ex is DecoderFallbackException ? "it is not valid UTF-8" : ex.Message);
        }
    }

    /// <summary>An <c>_index.md</c> with no body: Hugo only generates its list, there is nothing to carry over.</summary>
    private static bool IsEmptySection(Post post) => string.IsNullOrWhiteSpace(post.Content.Text);

    /// <summary>Content files in a stable order: a folder's own files (sorted), then its sub-folders (sorted).</summary>
    private static IEnumerable<HugoContentEntry> Walk(string contentDir, string dir, IReadOnlyList<string> sections)
    {
        var files = Directory.GetFiles(dir)
            .Where(f => ContentExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var leaf = files.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == "index");
        if (leaf is not null && sections.Count > 0)
        {
            // A leaf bundle: one page; everything else in the folder is its resources.
            yield return new HugoContentEntry(leaf, Relative(contentDir, leaf), sections.Take(sections.Count - 1).ToList(), sections[^1], false);
            yield break;
        }
        foreach (var file in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var isSection = stem == "_index";
            yield return new HugoContentEntry(file, Relative(contentDir, file), sections, isSection ? (sections.Count > 0 ? sections[^1] : "") : stem, isSection);
        }
        foreach (var sub in Directory.GetDirectories(dir).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub).StartsWith('.'))
                continue;
            foreach (var entry in Walk(contentDir, sub, [.. sections, Path.GetFileName(sub)]))
                yield return entry;
        }
    }

    private static string Relative(string contentDir, string file) =>
        Path.GetRelativePath(contentDir, file).Replace('\\', '/');
}
