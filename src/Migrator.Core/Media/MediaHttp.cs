using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace Migrator.Core.Media;

/// <summary>How media files are fetched: parallelism, timeouts, retries, the size cap.</summary>
public sealed record MediaFetchOptions
{
    /// <summary>Files fetched at once.</summary>
    public int Jobs { get; init; } = 4;

    /// <summary>The most one request may take, headers and body together.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further attempts after a timeout, a connection failure, HTTP 429 or a 5xx status.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry, doubled before each next one (unless the server sends <c>Retry-After</c>).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts, whatever <c>Retry-After</c> asks.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Files larger than this are not copied (checked on <c>Content-Length</c> and while reading).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Redirects followed for one request.</summary>
    public int MaxRedirects { get; init; } = 5;
}

/// <summary>
/// The one HTTP client of a media run, used by the sources that fetch over HTTP: redirects followed by hand and only to
/// hosts the source allows, a timeout per request, retries with a doubling wait after timeouts, connection failures,
/// 429 and 5xx (honouring <c>Retry-After</c> up to <see cref="MediaFetchOptions.MaxRetryWait"/>), and a size cap.
/// It sends <c>User-Agent: Migrator/&lt;version&gt; (+site migration)</c>.
/// </summary>
public sealed class MediaHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly MediaFetchOptions _options;

    public MediaHttp(MediaFetchOptions? options = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? new MediaFetchOptions();
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = _options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary><c>Migrator/1.2.3 (+site migration)</c>.</summary>
    public static string UserAgent { get; } = $"Migrator/{Version()} (+site migration)";

    public void Dispose() => _client.Dispose();

    /// <summary>Copies <paramref name="url"/> into <paramref name="destination"/>; null on success, else why not.</summary>
    internal async Task<MediaFailure?> CopyAsync(Uri url, Func<Uri, bool> mayFollow, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        MediaFailure? failure = null;
        for (var attempt = 0; attempt <= _options.Retries; attempt++)
        {
            destination.SetLength(0);
            destination.Position = 0;
            TimeSpan? retryAfter = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            try
            {
                var (result, retry, wait) = await OnceAsync(url, mayFollow, destination, maxBytes, timeout.Token).ConfigureAwait(false);
                if (!retry)
                    return result;
                failure = result;
                retryAfter = wait;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new MediaFailure(MediaFailureKind.Timeout, $"no complete answer within {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            }
            catch (HttpRequestException ex)
            {
                failure = new MediaFailure(MediaFailureKind.Network, ex.Message);
            }
            catch (HttpIOException ex)
            {
                failure = new MediaFailure(MediaFailureKind.Network, ex.Message);
            }
            if (attempt < _options.Retries)
                await Task.Delay(Wait(attempt, retryAfter), cancellationToken).ConfigureAwait(false);
        }
        return failure! with { Reason = $"{failure!.Reason}, after {_options.Retries + 1} attempts" };
    }

    /// <summary>One attempt, redirects included: the failure (null for success), whether to try again, and the wait the server asked for.</summary>
    private async Task<(MediaFailure? Failure, bool Retry, TimeSpan? RetryAfter)> OnceAsync(
        Uri url, Func<Uri, bool> mayFollow, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (response.Headers.Location is not { } location)
                    return (new MediaFailure(MediaFailureKind.HttpStatus, $"HTTP {status} without a Location", status), false, null);
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (next.Scheme is not ("http" or "https") || !mayFollow(next))
                    return (new MediaFailure(MediaFailureKind.RefusedHost, $"redirected to {next.GetLeftPart(UriPartial.Authority)}, a host that is not allowed", status), false, null);
                if (redirects >= _options.MaxRedirects)
                    return (new MediaFailure(MediaFailureKind.HttpStatus, $"more than {_options.MaxRedirects} redirects", status), false, null);
                current = next;
                continue;
            }
            if (status is 404 or 410)
                return (new MediaFailure(MediaFailureKind.NotFound, $"HTTP {status}", status), false, null);
            if (status is 429 or >= 500)
                return (new MediaFailure(MediaFailureKind.HttpStatus, $"HTTP {status}", status), true, RetryAfter(response.Headers.RetryAfter));
            if (status is < 200 or > 299)
                return (new MediaFailure(MediaFailureKind.HttpStatus, $"HTTP {status}", status), false, null);
            if (response.Content.Headers.ContentLength > maxBytes)
                return (TooBig(maxBytes), false, null);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return (await CopyCappedAsync(body, destination, maxBytes, cancellationToken).ConfigureAwait(false), false, null);
            }
        }
    }

    private static async Task<MediaFailure?> CopyCappedAsync(Stream body, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await ReadAsync(body, buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
                return TooBig(maxBytes);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>A read from the connection; its I/O errors are the network's (retried), unlike those of writing the file.</summary>
    private static async ValueTask<int> ReadAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (ex is not HttpIOException)
        {
            throw new HttpIOException(HttpRequestError.Unknown, ex.Message, ex);
        }
    }

    private static MediaFailure TooBig(long maxBytes) =>
        new(MediaFailureKind.TooBig, $"larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes");

    private TimeSpan Wait(int attempt, TimeSpan? retryAfter)
    {
        var wait = retryAfter ?? _options.RetryDelay * Math.Pow(2, attempt);
        return wait > _options.MaxRetryWait ? _options.MaxRetryWait : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static string Version()
    {
        var assembly = typeof(MediaHttp).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
