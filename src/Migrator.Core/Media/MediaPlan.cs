using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Text;

namespace Migrator.Core.Media;

/// <summary>
/// One file of the old site that the new site needs: where the old site served it, and the relative path it gets in the
/// new one. Built by <see cref="MediaPlan"/>.
/// </summary>
public sealed class MediaFile
{
    internal MediaFile(MediaUrl url, string? path, string outputPath, SourceRef? source)
    {
        Url = url.File!;
        OldUrl = url.Reference;
        RawPath = url.RawPath;
        UploadsPath = url.UploadsPath;
        Path = path;
        OutputPath = outputPath;
        Source = source;
    }

    /// <summary>The file's URL on the old site, without resize parameters or the image proxy.</summary>
    public Uri Url { get; }

    /// <summary>The first reference to it, as written in a body (for the report).</summary>
    public string OldUrl { get; }

    /// <summary>The path after the old host, as written (percent-encoding kept), without a leading <c>/</c>.</summary>
    public string RawPath { get; }

    /// <summary>The part of <see cref="RawPath"/> after <c>wp-content/uploads/</c> (on WordPress.com: all of it), else null.</summary>
    public string? UploadsPath { get; }

    /// <summary>The safe path on the new site (<c>wp-content/uploads/2015/03/photo.jpg</c>, decoded); null when none could be made.</summary>
    public string? Path { get; }

    /// <summary>Where the file is written, relative to the output folder (the site path under the plan's media folder).</summary>
    public string OutputPath { get; }

    /// <summary>The item whose body first named the file.</summary>
    public SourceRef? Source { get; }

    /// <summary>For a resized copy (<c>photo-300x200.jpg</c>), the full-size file used when the copy is missing.</summary>
    public MediaFile? Original { get; internal set; }

    /// <summary>True while no body names the file itself: it is fetched only in place of a missing resized copy.</summary>
    internal bool OnlyAsFallback { get; set; }
}

/// <summary>
/// The media of a whole site: every own file referenced by the bodies given to <see cref="Add(string, SourceRef?)"/>, each with a safe path
/// of its own (two files never share a path, even on a file system that ignores case), and the external references.
/// Paths depend only on the order bodies are added. Not thread-safe: add bodies from one thread.
/// </summary>
public sealed partial class MediaPlan
{
    private readonly Dictionary<string, MediaFile> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MediaFile> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MediaFile> _byFoldedPath = new(StringComparer.Ordinal);
    private readonly List<MediaFile> _files = [];
    private readonly List<MediaReference> _external = [];
    private readonly HashSet<string> _externalSeen = new(StringComparer.Ordinal);
    private readonly string _folder;
    private readonly IDiagnosticSink _diagnostics;

    /// <param name="site">The old site's addresses.</param>
    /// <param name="mediaFolder">The folder of the output the site's files go under (<c>static</c> for Hugo), or empty.</param>
    /// <param name="diagnostics">Where renamed files are reported.</param>
    public MediaPlan(MediaSite site, string mediaFolder = "", IDiagnosticSink? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(mediaFolder);
        Site = site;
        _folder = mediaFolder.Trim('/');
        _diagnostics = diagnostics ?? NullDiagnosticSink.Instance;
    }

    public MediaSite Site { get; }

    /// <summary>The files to fetch, in the order they were first referenced.</summary>
    public IReadOnlyList<MediaFile> Files => [.. _files.Where(f => !f.OnlyAsFallback)];

    /// <summary>Every file the plan knows, fall-back originals included.</summary>
    internal IReadOnlyList<MediaFile> AllFiles => _files;

    /// <summary>References to media on other hosts, to be listed: they are not fetched.</summary>
    public IReadOnlyList<MediaReference> External => _external;

    /// <summary>Adds the references of one body; returns them (own and external).</summary>
    public IReadOnlyList<MediaReference> Add(string html, SourceRef? source = null) => Add(html, source, _diagnostics);

    /// <summary>Adds the references of one body, reporting what concerns them (renames, conflicts, external media) to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<MediaReference> Add(string html, SourceRef? source, IDiagnosticSink diagnostics)
    {
        var references = MediaReferences.Find(html, Site);
        Add(references, source, diagnostics);
        return references;
    }

    /// <summary>Adds references found beforehand (<see cref="MediaReferences.Find(string, MediaSite)"/> with this plan's site), for a caller that parses elsewhere.</summary>
    public void Add(IReadOnlyList<MediaReference> references, SourceRef? source, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var reference in references)
        {
            if (reference.Kind == MediaReferenceKind.External)
            {
                if (_externalSeen.Add(reference.Url))
                {
                    _external.Add(reference);
                    diagnostics.Report(MediaDiagnostics.ExternalMedia(source, reference.Url));
                }
                continue;
            }
            AddFile(reference.Url, source, diagnostics);
        }
    }

    /// <summary>
    /// Adds a file named outside any body (an attachment's <c>attachment_url</c>); returns false when it is no file of
    /// the site (nothing is added then).
    /// </summary>
    public bool AddFile(string url, SourceRef? source = null) => AddFile(url, source, _diagnostics);

    /// <summary>Adds a file named outside any body, reporting a rename or conflict to <paramref name="diagnostics"/>.</summary>
    public bool AddFile(string url, SourceRef? source, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reference = url.Trim();
        if (_byReference.ContainsKey(reference))
            return true;
        if (Site.Classify(reference) is not { IsOwn: true, File: not null } own)
            return false;
        var file = FileFor(own, source, diagnostics);
        file.OnlyAsFallback = false;
        _byReference[reference] = file;
        return true;
    }

    /// <summary>The file a reference (as <see cref="MediaReference.Url"/> gives it) names, or null.</summary>
    internal MediaFile? FileFor(string reference) => _byReference.GetValueOrDefault(reference);

    private MediaFile FileFor(MediaUrl url, SourceRef? source, IDiagnosticSink diagnostics)
    {
        var key = KeyOf(url);
        if (_byKey.TryGetValue(key, out var known))
            return known;
        var path = SitePath(url, source, diagnostics);
        var file = new MediaFile(url, path, path is null ? "" : OutputPathOf(path), source);
        _byKey[key] = file;
        if (path is not null)
            _byFoldedPath[Folded(path)] = file;
        _files.Add(file);
        if (ResizedCopy().Match(url.RawPath) is { Success: true } resized
            && Site.Classify(url.File!.GetLeftPart(UriPartial.Authority) + "/" + resized.Groups["stem"].Value + resized.Groups["ext"].Value) is { IsOwn: true } original)
        {
            var isNew = !_byKey.ContainsKey(KeyOf(original));
            file.Original = FileFor(original with { Reference = original.File!.AbsoluteUri }, source, diagnostics);
            if (isNew)
                file.Original.OnlyAsFallback = true;
        }
        return file;
    }

    private string? SitePath(MediaUrl url, SourceRef? source, IDiagnosticSink diagnostics)
    {
        var path = MediaPath.Of(url.RawPath, out var changed);
        if (path is null)
            return null;
        var decoded = PercentDecoding.Decode(url.RawPath);
        if (changed)
            diagnostics.Report(MediaDiagnostics.FileRenamed(source, decoded, path));
        var wanted = path;
        for (var n = 2; _byFoldedPath.ContainsKey(Folded(path)); n++)
            path = ConflictSuffix.Apply(wanted, n);
        if (!string.Equals(path, wanted, StringComparison.Ordinal))
            diagnostics.Report(MediaDiagnostics.NameConflict(source, decoded, _byFoldedPath[Folded(wanted)].OldUrl, path));
        return path;
    }

    private string OutputPathOf(string path) => _folder.Length > 0 ? _folder + "/" + path : path;

    /// <summary>The form under which paths are taken: two paths that differ only in case are one file on a case-insensitive file system.</summary>
    private static string Folded(string path) => path.ToUpperInvariant();

    /// <summary>One file whatever host alias, scheme or proxy names it; WordPress.com blogs are told apart by their host.</summary>
    private static string KeyOf(MediaUrl url)
    {
        var host = url.File!.Host.EndsWith(".files.wordpress.com", StringComparison.OrdinalIgnoreCase) ? url.File.Host.ToUpperInvariant() : "";
        return host + "/" + PercentDecoding.Decode(url.RawPath.Replace('\\', '/'));
    }

    [GeneratedRegex(@"^(?<stem>.+)-[0-9]{1,5}x[0-9]{1,5}(?<ext>\.[A-Za-z0-9]{2,5})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ResizedCopy();
}
