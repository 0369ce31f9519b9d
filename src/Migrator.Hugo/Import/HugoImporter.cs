using System.Text;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Import;

/// <summary>
/// Reads a Hugo site folder: its configuration as Hugo merges it (<see cref="HugoConfig"/>) and every content file
/// under the content folder (<c>content/</c> unless <c>contentDir</c> names another) (Markdown, HTML, Org and the other formats Hugo renders). Leaf bundles give one page
/// (<c>index.md</c>; the other files beside it are resources); <c>_index.md</c> section pages are imported as pages when
/// they hold content of their own and skipped (an ignored item with its reason) when Hugo would only generate their list.
/// A page whose front matter cannot be read fails alone. Only files inside the site are read: symbolic links are
/// reported and skipped, and <c>contentDir</c> must name a folder inside the site.
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
        (HugoConfig.HasFolder(path) || (HugoConfig.FindFile(path) is not null && Directory.Exists(Path.Combine(path, "content"))));

    /// <summary>The site's <c>static/</c> folder: Hugo publishes it as it is at the site root.</summary>
    public string? PublishedFolder(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Count == 1 && Directory.Exists(Path.Combine(inputs[0], "static")) ? Path.GetFullPath(Path.Combine(inputs[0], "static")) : null;
    }

    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count != 1 || !Directory.Exists(inputs[0]))
            throw new InputException("a Hugo import reads one site folder (the one holding hugo.toml and content/).");
        var folder = Path.GetFullPath(inputs[0]);
        if (HugoConfig.FindFile(folder) is null && !Directory.Exists(Path.Combine(folder, "config")) && !Directory.Exists(Path.Combine(folder, "content")))
            throw new InputException($"'{inputs[0]}' is not a Hugo site: it has no configuration (hugo.toml, hugo.yaml, hugo.json or config.*) and no content folder. Name the site's own folder.");
        var config = HugoConfig.Read(folder, diagnostics);
        var contentDir = SiteFolder.Inside(folder, "contentDir", config.ContentDir);
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
            SourceFiles = config.Files,
        };
        if (config.HugoOnlyKeys.Count > 0)
            diagnostics.Report(HugoDiagnostics.HugoSettingsNotCarried(config.Files[^1], string.Join(", ", config.HugoOnlyKeys)));
        if (config.IsMultilingual)
            diagnostics.Report(HugoDiagnostics.SiteLanguages(config.Files[^1], string.Join(", ", config.Languages.Select(l => $"'{l.Code}'")), config.DefaultLanguage));
        var reader = new HugoPageReader(config, HugoPageReader.TermTitles(contentDir, config), CommentsDir(folder, diagnostics));
        // The first walk reports the symbolic links it skips; the second, over the same folders, skips them silently.
        void Report(FileSystemInfo link) => diagnostics.Report(HugoDiagnostics.LinkNotFollowed(link.FullName, link.LinkTarget));
        site = site with
        {
            Terms = reader.SiteTerms(Walk(contentDir, contentDir, [], Report).Select(e => ReadText(e.Path).Text).OfType<string>()),
        };
        return new ImportedSite(site, ReadItems(contentDir, reader));
    }

    /// <summary>The comments data folder (<c>data/comments</c>), or null when it is reached through a symbolic link (reported).</summary>
    private static string? CommentsDir(string folder, IDiagnosticSink diagnostics)
    {
        var dir = Path.Combine(folder, "data", "comments");
        if (SiteFolder.LinkOnPath(folder, dir) is not { } link)
            return dir;
        diagnostics.Report(HugoDiagnostics.LinkNotFollowed(link.FullName, link.LinkTarget));
        return null;
    }

    private static IEnumerable<SourceItem> ReadItems(string contentDir, HugoPageReader reader)
    {
        foreach (var entry in Walk(contentDir, contentDir, [], _ => { }))
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
                item = new IgnoredItem(post.Source, post.Type, post.Title, HugoDiagnostics.SectionPageSkipped(post.Source));
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
            using var reader = new StreamReader(SiteFolder.OpenRead(path), StrictUtf8);
            return (reader.ReadToEnd(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return (null, ex is DecoderFallbackException ? "it is not valid UTF-8" : ex.Message);
        }
    }

    /// <summary>An <c>_index.md</c> with no body: Hugo only generates its list, there is nothing to carry over.</summary>
    private static bool IsEmptySection(Post post) => string.IsNullOrWhiteSpace(post.Content.Text);

    /// <summary>
    /// Content files in a stable order: a folder's own files (sorted), then its sub-folders (sorted). Symbolic links are
    /// passed to <paramref name="link"/> and neither read nor entered, so the walk stays in the folder and cannot loop.
    /// </summary>
    private static IEnumerable<HugoContentEntry> Walk(string contentDir, string dir, IReadOnlyList<string> sections, Action<FileSystemInfo> link)
    {
        var entries = SiteFolder.Entries(dir).Where(e => !e.Name.StartsWith('.')).ToList();
        var leaf = sections.Count == 0 ? null : entries.FirstOrDefault(e => e is FileInfo && ContentExtensions.Contains(e.Extension)
            && Path.GetFileNameWithoutExtension(e.Name) == "index" && !SiteFolder.IsLink(e))?.FullName;
        if (leaf is not null)
        {
            // A leaf bundle: one page; every other file in the folder and below it is its resources (docs/hugo.md#page-bundles-files).
            var resources = HugoBundleFiles.Collect(dir, name => ContentExtensions.Contains(Path.GetExtension(name)), link);
            yield return new HugoContentEntry(leaf, Relative(contentDir, leaf), sections.Take(sections.Count - 1).ToList(), sections[^1], false)
            {
                Resources = resources,
            };
            yield break;
        }
        var files = new List<string>();
        var folders = new List<string>();
        foreach (var entry in entries)
        {
            var isFolder = entry is DirectoryInfo;
            if (!isFolder && !ContentExtensions.Contains(entry.Extension))
                continue;
            if (SiteFolder.IsLink(entry))
                link(entry);
            else
                (isFolder ? folders : files).Add(entry.FullName);
        }
        foreach (var file in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var isSection = stem == "_index";
            yield return new HugoContentEntry(file, Relative(contentDir, file), sections, isSection ? (sections.Count > 0 ? sections[^1] : "") : stem, isSection);
        }
        foreach (var sub in folders)
        {
            foreach (var entry in Walk(contentDir, sub, [.. sections, Path.GetFileName(sub)], link))
                yield return entry;
        }
    }

    private static string Relative(string contentDir, string file) =>
        Path.GetRelativePath(contentDir, file).Replace('\\', '/');
}
