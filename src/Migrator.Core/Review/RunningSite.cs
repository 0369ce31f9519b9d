using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Migrator.Core.Review;

/// <summary>
/// A new site served by a running server (nginx serving the build with the written redirect map, <c>jekyll serve</c>,
/// <c>hugo server</c>), checked over HTTP as a visitor's browser meets it: a path answers when the server answers it
/// with 200, after following its redirects. Only the server at the base URL is ever contacted: a redirect is followed
/// when it stays on that host or leads to one of the old site's hosts (which will be this server after cutover), and
/// one to another site counts as answered, as in a built folder. No proxy, no cookies.
/// </summary>
public sealed class RunningSite : IServedSite, IDisposable
{
    /// <summary>Redirects followed at most for one path.</summary>
    public const int MaxRedirects = 10;

    private readonly HttpClient _client;
    private readonly Uri _origin;
    private readonly HashSet<string> _siteHosts;
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _pages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _redirected = new(StringComparer.Ordinal);

    /// <param name="baseUrl">Where the server serves the site: <c>http://127.0.0.1:8080/</c> (a path in it is the site's base path).</param>
    /// <param name="siteHosts">The old site's hosts (<see cref="CutoverRules.Hosts"/>): a redirect there is followed on this server.</param>
    /// <param name="timeout">How long one request may take.</param>
    public RunningSite(Uri baseUrl, IEnumerable<string> siteHosts, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(siteHosts);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"'{baseUrl}' is not an http:// or https:// URL", nameof(baseUrl));
        _origin = new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + "/");
        BasePath = Uri.UnescapeDataString(baseUrl.AbsolutePath).Trim('/');
        _siteHosts = new HashSet<string>(siteHosts, StringComparer.OrdinalIgnoreCase);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout ?? TimeSpan.FromSeconds(10),
        };
        _client = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("migrator-verify", "1"));
    }

    public string BasePath { get; }

    public IEnumerable<string> Pages => _pages;

    public IReadOnlyList<string> RedirectFolders => [];

    public bool FollowsRedirects => true;

    /// <summary>Fails with <see cref="HttpRequestException"/> when the server cannot be reached at all.</summary>
    public void Probe()
    {
        using var response = Send(HttpMethod.Get, new Uri(_origin, Escape(BasePath.Length > 0 ? BasePath + "/" : "")));
    }

    /// <summary>The final path (without the leading <c>/</c>) that answers 200 for <paramref name="path"/>; null when none does.</summary>
    public string? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (BasePath.Length > 0 && path != BasePath && !path.StartsWith(BasePath + "/", StringComparison.Ordinal))
            return null;
        if (_answers.TryGetValue(path, out var known))
            return known;
        var answer = Follow(path, out var redirected);
        if (redirected)
            _redirected.Add(path);
        _answers[path] = answer;
        return answer;
    }

    public bool IsRedirected(string path)
    {
        Resolve(path);
        return _redirected.Contains(path);
    }

    public string ReadPage(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var response = Send(HttpMethod.Get, new Uri(_origin, Escape(page)));
        return response.IsSuccessStatusCode ? response.Content.ReadAsStringAsync().GetAwaiter().GetResult() : "";
    }

    public string UrlOf(string page) => "/" + page;

    public void Dispose() => _client.Dispose();

    private string? Follow(string path, out bool redirected)
    {
        redirected = false;
        var url = new Uri(_origin, Escape(path));
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = Send(HttpMethod.Get, url);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                if (response.Headers.Location is not { } location)
                    return null;
                redirected = true;
                var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (!IsThisSite(next))
                    return next.AbsoluteUri; // another site: not ours to check, as in a built folder
                url = new Uri(_origin, next.PathAndQuery);
                continue;
            }
            if (status != 200)
                return null;
            var answered = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/').Normalize(NormalizationForm.FormC);
            if (response.Content.Headers.ContentType?.MediaType is "text/html")
                _pages.Add(answered);
            return answered;
        }
        return null; // a redirect loop, or a chain too long for a browser
    }

    /// <summary>This server (its host, any port: servers may leave the port out of a redirect), or a host of the old site.</summary>
    private bool IsThisSite(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && (string.Equals(url.Host, _origin.Host, StringComparison.OrdinalIgnoreCase) || _siteHosts.Contains(url.Host));

    private HttpResponseMessage Send(HttpMethod method, Uri url)
    {
        using var request = new HttpRequestMessage(method, url);
        return _client.Send(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>A decoded path as a URL path: each segment percent-encoded, slashes kept.</summary>
    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
