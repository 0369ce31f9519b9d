using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Migrator.Testing;

/// <summary>What the test server answers: a status, headers, a body; optionally sent in chunks, late, or cut short.</summary>
public sealed record ServerReply(int Status, byte[] Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    /// <summary>Sent with <c>Transfer-Encoding: chunked</c>: no <c>Content-Length</c> to check in advance.</summary>
    public bool Chunked { get; init; }
    /// <summary>Waited before the status line.</summary>
    public TimeSpan Delay { get; init; }
    /// <summary>When set, half the body is sent, then the server waits for this before sending the rest.</summary>
    public Task? HoldHalfwayUntil { get; init; }

    public static ServerReply Ok(byte[] body) => new(200, body);
    public static ServerReply WithStatus(int status) => new(status, Encoding.ASCII.GetBytes($"status {status}"));
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 with a port the system picks, for tests: one request per connection
/// (<c>Connection: close</c>), answers made by a function of the decoded path, and every request counted.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, int, ServerReply> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Task _loop;

    /// <param name="answer">The reply for a decoded path (query included) and the number of times it was asked for (1 the first time).</param>
    public LoopbackServer(Func<string, int, ServerReply> answer)
    {
        _answer = answer;
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}/");
        _loop = AcceptAsync();
    }

    public Uri BaseUrl { get; }

    /// <summary>Every decoded request path, in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public int CountOf(string path) => _counts.GetValueOrDefault(path);

    public ConcurrentBag<string> UserAgents { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                if (head is null)
                    return;
                var lines = head.Split("\r\n");
                var target = lines[0].Split(' ')[1];
                var path = Uri.UnescapeDataString(target);
                foreach (var line in lines.Skip(1))
                {
                    if (line.StartsWith("User-Agent:", StringComparison.OrdinalIgnoreCase))
                        UserAgents.Add(line["User-Agent:".Length..].Trim());
                }
                _requests.Enqueue(path);
                var count = _counts.AddOrUpdate(path, 1, (_, n) => n + 1);
                var reply = _answer(path, count);
                if (reply.Delay > TimeSpan.Zero)
                    await Task.Delay(reply.Delay, _stop.Token);
                await WriteAsync(stream, reply);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (a timeout, a cancelled run) or the server is stopping.
            }
        }
    }

    private async Task WriteAsync(NetworkStream stream, ServerReply reply)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {reply.Status} Status\r\nConnection: close\r\n");
        foreach (var (name, value) in reply.Headers)
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        head.Append(reply.Chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {reply.Body.Length.ToString(CultureInfo.InvariantCulture)}\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
        var half = reply.Body.Length / 2;
        if (reply.HoldHalfwayUntil is { } hold)
        {
            await SendAsync(stream, reply.Body.AsMemory(0, half), reply.Chunked);
            await stream.FlushAsync(_stop.Token);
            await hold.WaitAsync(_stop.Token);
            await SendAsync(stream, reply.Body.AsMemory(half), reply.Chunked);
        }
        else
        {
            await SendAsync(stream, reply.Body, reply.Chunked);
        }
        if (reply.Chunked)
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), _stop.Token);
        await stream.FlushAsync(_stop.Token);
    }

    private async Task SendAsync(NetworkStream stream, ReadOnlyMemory<byte> body, bool chunked)
    {
        if (!chunked)
        {
            await stream.WriteAsync(body, _stop.Token);
            return;
        }
        for (var at = 0; at < body.Length; at += 8192)
        {
            var piece = body.Slice(at, Math.Min(8192, body.Length - at));
            await stream.WriteAsync(Encoding.ASCII.GetBytes(piece.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), _stop.Token);
            await stream.WriteAsync(piece, _stop.Token);
            await stream.WriteAsync("\r\n"u8.ToArray(), _stop.Token);
        }
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[16384];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token);
            if (read == 0)
                return null;
            length += read;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
                return text[..end];
        }
        return null;
    }
}
