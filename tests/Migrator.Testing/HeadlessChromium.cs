using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Migrator.Testing;

/// <summary>
/// A page opened in the real headless Chromium (Debian package <c>chromium</c>), driven over the DevTools protocol:
/// run script in the page, read what it printed to the console (errors and uncaught exceptions), take a screenshot.
/// Tests call <see cref="Require"/> first, which skips them with a message when Chromium is not installed.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly Lazy<string?> Executable = new(() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists));

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Skips the calling test when no Chromium is on PATH.</summary>
    public static void Require()
    {
        if (Executable.Value is null)
            Assert.Skip("skipped: 'chromium' is not on PATH (Debian/Ubuntu: apt-get install chromium); this test opens the report in a real browser.");
    }

    /// <summary>What the page printed as errors: console.error calls, uncaught exceptions, failed loads.</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. _errors];

    /// <summary>Starts Chromium and opens <paramref name="file"/>; returns when the page has loaded.</summary>
    public static async Task<HeadlessChromium> OpenAsync(string file, int width = 1280, int height = 900)
    {
        var executable = Executable.Value ?? throw new InvalidOperationException("call HeadlessChromium.Require() first");
        var profile = Directory.CreateTempSubdirectory("migrator-chromium-").FullName;
        var info = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, $"--window-size={width},{height}", "about:blank",
        })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start");
        process.StandardOutput.ReadToEndAsync().ContinueWith(_ => { }, TaskScheduler.Default).Forget();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            var port = await browser.ReadPortAsync().ConfigureAwait(false);
            using var http = new HttpClient();
            JsonArray targets = [];
            for (var attempt = 0; attempt < 50 && !targets.Any(t => t?["type"]?.GetValue<string>() == "page"); attempt++)
            {
                targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")).ConfigureAwait(false))!.AsArray();
                if (!targets.Any(t => t?["type"]?.GetValue<string>() == "page"))
                    await Task.Delay(100).ConfigureAwait(false);
            }
            var page = targets.First(t => t?["type"]?.GetValue<string>() == "page")!;
            await browser._socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), CancellationToken.None).ConfigureAwait(false);
            browser._reader = Task.Run(browser.ReadAsync);
            await browser.SendAsync("Runtime.enable").ConfigureAwait(false);
            await browser.SendAsync("Log.enable").ConfigureAwait(false);
            await browser.SendAsync("Page.enable").ConfigureAwait(false);
            await browser.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri }).ConfigureAwait(false);
            await browser._loaded.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="expression"/> in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }).ConfigureAwait(false);
        if (result?["exceptionDetails"] is { } exception)
            throw new InvalidOperationException("the page's script threw: " + exception.ToJsonString());
        return result?["result"]?["value"];
    }

    /// <summary>Saves a PNG of the whole page.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = false }).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result!["data"]!.GetValue<string>())).ConfigureAwait(false);
    }

    private async Task<int> ReadPortAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            var line = await _process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false)
                ?? throw new InvalidOperationException("chromium exited before it listened for DevTools");
            if (DevToolsLine().Match(line) is { Success: true } m)
            {
                _process.StandardError.ReadToEndAsync().ContinueWith(_ => { }, TaskScheduler.Default).Forget();
                return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        throw new TimeoutException("chromium did not say where DevTools listens");
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        return await reply.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (part.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                    continue;
                var node = JsonNode.Parse(message.ToArray());
                message.SetLength(0);
                Dispatch(node);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // the browser is closing
        }
    }

    private void Dispatch(JsonNode? node)
    {
        if (node?["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
        {
            if (node["error"] is { } error)
                reply.TrySetException(new InvalidOperationException(error.ToJsonString()));
            else
                reply.TrySetResult(node["result"]);
            return;
        }
        var parameters = node?["params"];
        var method = node?["method"]?.GetValue<string>();
        if (method == "Page.loadEventFired")
        {
            _loaded.TrySetResult();
        }
        else if (method == "Runtime.exceptionThrown")
        {
            _errors.Enqueue("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
        }
        else if (method == "Runtime.consoleAPICalled")
        {
            var type = parameters?["type"]?.GetValue<string>();
            if (type is "error" or "assert")
                _errors.Enqueue("console." + type + ": " + parameters?["args"]?.ToJsonString());
        }
        else if (method == "Log.entryAdded")
        {
            var entry = parameters?["entry"];
            if (entry?["level"]?.GetValue<string>() == "error")
                _errors.Enqueue("log: " + entry["text"]?.GetValue<string>() + " " + entry["url"]?.GetValue<string>());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_reader is not null)
            await _reader.ConfigureAwait(false);
        _socket.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // a helper process may still hold a file; the folder is in the temporary folder
        }
    }

    [GeneratedRegex(@"DevTools listening on ws://[^:]+:(\d+)/")]
    private static partial Regex DevToolsLine();
}

internal static class TaskExtensions
{
    /// <summary>Lets a task run on without being awaited (its end is of no interest).</summary>
    public static void Forget(this Task task) => _ = task;
}
