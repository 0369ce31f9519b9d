namespace Migrator.Core.Media;

/// <summary>
/// Where the old site's files are copied from: a local copy of the site (<see cref="FolderMediaSource"/>), a server
/// standing in for the old host (<see cref="MirrorMediaSource"/>), or the old URLs themselves (<see cref="DownloadMediaSource"/>).
/// </summary>
public interface IMediaSource
{
    /// <summary>
    /// Copies <paramref name="file"/> into <paramref name="destination"/> (empty, writable, seekable: a retry starts it
    /// again), at most <paramref name="maxBytes"/> bytes. Returns null when the whole file was copied, else why not.
    /// </summary>
    Task<MediaFailure?> CopyAsync(MediaFile file, Stream destination, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The URL this source fetches <paramref name="file"/> from, or null when it is no server (a folder).</summary>
    Uri? UrlOf(MediaFile file) => null;
}

/// <summary>Fetches from a server that stands in for the old host (<c>http://127.0.0.1:8080/</c>): the same paths on it; redirects only within it.</summary>
public sealed class MirrorMediaSource : IMediaSource
{
    private readonly MediaHttp _http;
    private readonly Uri _base;

    public MirrorMediaSource(MediaHttp http, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(baseUrl);
        _http = http;
        _base = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }

    public Task<MediaFailure?> CopyAsync(MediaFile file, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        // A path that climbs would leave the mirror's folder: refused, never sent.
        if (MediaPath.DecodedSegments(file.RawPath) is null)
            return Task.FromResult<MediaFailure?>(new MediaFailure(MediaFailureKind.UnsafePath, "the path climbs out of the site"));
        if (UrlOf(file) is not { } url)
            return Task.FromResult<MediaFailure?>(new MediaFailure(MediaFailureKind.UnsafePath, "the path makes no URL on the mirror"));
        return _http.CopyAsync(url, next => string.Equals(next.Authority, _base.Authority, StringComparison.OrdinalIgnoreCase), destination, maxBytes, cancellationToken);
    }

    /// <summary>The file's path after the old host, appended to the mirror's URL; null when that makes no URL.</summary>
    public Uri? UrlOf(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        // Appended, not resolved: a first segment such as "a:b.jpg" must not read as a scheme.
        return Uri.TryCreate(_base.AbsoluteUri + file.RawPath, UriKind.Absolute, out var url) ? url : null;
    }
}

/// <summary>Fetches each file from its old URL; redirects only to the site's own hosts.</summary>
public sealed class DownloadMediaSource : IMediaSource
{
    private readonly MediaHttp _http;
    private readonly MediaSite _site;

    public DownloadMediaSource(MediaHttp http, MediaSite site)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(site);
        _http = http;
        _site = site;
    }

    public Task<MediaFailure?> CopyAsync(MediaFile file, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return _http.CopyAsync(file.Url, next => _site.IsOwnHost(next.Host), destination, maxBytes, cancellationToken);
    }

    /// <summary>The file's own URL, without the image proxy and the resize query.</summary>
    public Uri? UrlOf(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Url;
    }
}

/// <summary>
/// Copies from a first source, and each file it does not have from a second: a static site's own folder, then the old
/// host its earlier migration left references to (docs/media.md#static-sites).
/// </summary>
public sealed class FallbackMediaSource : IMediaSource
{
    private readonly IMediaSource _first;
    private readonly IMediaSource _then;

    public FallbackMediaSource(IMediaSource first, IMediaSource then)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(then);
        _first = first;
        _then = then;
    }

    public async Task<MediaFailure?> CopyAsync(MediaFile file, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var failure = await _first.CopyAsync(file, destination, maxBytes, cancellationToken).ConfigureAwait(false);
        if (failure?.Kind != MediaFailureKind.NotFound)
            return failure;
        destination.SetLength(0);
        return await _then.CopyAsync(file, destination, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    public Uri? UrlOf(MediaFile file) => _then.UrlOf(file);
}
