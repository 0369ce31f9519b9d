using Migrator.Core.Media;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Cli;

/// <summary>The <c>--media-*</c> options of one <c>convert</c> call.</summary>
internal sealed record MediaOptions
{
    /// <summary>A local copy of the old site's files, or a base URL standing in for the old host.</summary>
    public string? From { get; init; }

    /// <summary>Fetch from the URLs as the export gives them.</summary>
    public bool Download { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public int Jobs { get; init; } = new MediaFetchOptions().Jobs;

    public bool Copies => From is not null || Download;

    /// <summary>What is wrong with the options for a run to <paramref name="exporter"/>, or null.</summary>
    public string? Problem(IExporter exporter)
    {
        if (From is not null && Download)
            return "--media-from and --media-download exclude each other: copy from a local copy or a stand-in server, or from the old URLs.";
        if (Jobs < 1)
            return "--media-jobs must be at least 1.";
        if (From is null)
            return null;
        if (From.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(From, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? null
                : $"--media-from '{From}' is not an http or https URL (e.g. http://127.0.0.1:8080/) nor a folder.";
        }
        if (exporter.PublishedRoot is null)
            return $"--to {exporter.Name} needs the files at a URL: WordPress's importer downloads each attachment from its attachment_url. Serve the folder '{From}' over http and give that URL to --media-from.";
        return Directory.Exists(From) ? null : $"--media-from '{From}' is not a folder (a copy of the old site holding wp-content/uploads, or the uploads folder) nor an http(s) URL.";
    }
}

/// <summary>The media step of a run and the HTTP client it fetches with, disposed together.</summary>
internal sealed class MediaCopy : IDisposable
{
    private readonly MediaHttp? _http;

    /// <summary>
    /// The step of a run: into a site, the files go where it publishes files as they are (<see cref="IExporter.PublishedRoot"/>)
    /// and pages point at them; into a WordPress export, they go beside it and pages point where the importer downloads them.
    /// <c>siteFolder</c> is the input site's published folder (<see cref="IImporter.PublishedFolder"/>), whose files its
    /// posts name are carried into a new site, with or without media options; null for an export, or a run that copies
    /// the site's files itself.
    /// </summary>
    public MediaCopy(MediaOptions options, IExporter exporter, OutputFolder output, ExportSettings settings,
        IProgress<MediaProgress>? progress = null, string? siteFolder = null)
    {
        var root = exporter.PublishedRoot;
        // Without media options, a WordPress export keeps every URL: the importer downloads attachments from the old site.
        if (root is null && !options.Copies)
            return;
        var tree = root is null ? null : siteFolder;
        var fetch = new MediaFetchOptions { Jobs = options.Jobs };
        Func<MediaSite, IMediaSource>? source = null;
        if (options.Download)
        {
            var http = _http = new MediaHttp(fetch);
            source = site => new DownloadMediaSource(http, site);
        }
        else if (options.From is { } from && from.Contains("://", StringComparison.Ordinal))
        {
            var http = _http = new MediaHttp(fetch);
            var mirror = new Uri(from);
            source = _ => new MirrorMediaSource(http, mirror);
        }
        else if (options.From is { } folder)
        {
            source = _ => new FolderMediaSource(folder);
        }
        if (tree is not null)
        {
            // The input site's own files first; what it lacks (an old host's files) from the source the options name.
            var own = FolderMediaSource.PublishedFolder(tree);
            var then = source;
            source = then is null ? _ => own : site => new FallbackMediaSource(own, then(site));
        }
        Step = new MediaStep(output, new MediaStepOptions
        {
            StaticSite = siteFolder is not null,
            Source = source,
            MediaFolder = root ?? "",
            LinkToSource = root is null,
            ExtraHosts = options.Hosts,
            BaseUrl = settings.BaseUrl,
            Fetch = fetch,
            Published = settings.OtherFiles,
            Progress = progress,
            Bundles = exporter.BundlesOf,
        });
    }

    public MediaStep? Step { get; }

    public void Dispose()
    {
        Step?.Dispose();
        _http?.Dispose();
    }
}
