using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Migrator.Testing;

namespace Migrator.Ghost.Tests;

/// <summary>
/// The real Ghost, started on loopback with SQLite in a temporary folder, its owner set up and signed in, its own
/// default posts deleted: for importing our files through its admin API and reading them back. Ghost is found in
/// <c>MIGRATOR_GHOST</c> or <c>tests/ghost/package</c> (installed by <c>tests/ghost/install</c>, docs/ghost.md#judging);
/// it runs on Node.js 22 or newer (the system's <c>node</c>, else the pinned one in <c>tests/node_modules</c>).
/// <see cref="Start"/> skips the test with a message when either is absent.
/// </summary>
internal sealed class GhostServer : IDisposable
{
    private const string Email = "owner@example.com";
    private const string Password = "Migrator-judge-2026!";
    private const string Mailbox = "mail";

    private readonly Process _process;
    private readonly TempFolder _folder;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http;

    public string Url { get; }

    private GhostServer(Process process, TempFolder folder, string url)
    {
        _process = process;
        _folder = folder;
        Url = url;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(3) };
        _http.DefaultRequestHeaders.Add("Origin", url);
    }

    /// <summary>The installed Ghost: <c>MIGRATOR_GHOST</c>, or <c>tests/ghost/package</c> once the install script finished there.</summary>
    public static string? Folder()
    {
        if (Environment.GetEnvironmentVariable("MIGRATOR_GHOST") is { Length: > 0 } set)
            return File.Exists(Path.Combine(set, "index.js")) && Directory.Exists(Path.Combine(set, "node_modules")) ? set : null;
        var folder = Path.Combine(Corpus.RepoRoot, "tests", "ghost", "package");
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, ".installed-*").Any() ? folder : null;
    }

    public static async Task<GhostServer> Start()
    {
        var ghost = Folder();
        if (ghost is null)
            Assert.Skip("skipped: the real Ghost is not installed; run 'bash tests/ghost/install' (about 20 minutes, docs/ghost.md#judging) or set MIGRATOR_GHOST to an installed Ghost 6.");
        var node = Node22();
        var temp = Corpus.NewTempFolder();
        CopyFolder(Path.Combine(ghost, "content"), Path.Combine(temp.Path, "content"));
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(node, [Path.Combine(ghost, "index.js")])
        {
            WorkingDirectory = ghost,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NODE_ENV"] = "production";
        start.Environment["url"] = url;
        start.Environment["server__host"] = "127.0.0.1";
        start.Environment["server__port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["database__client"] = "sqlite3";
        start.Environment["database__connection__filename"] = Path.Combine(temp.Path, "content", "data", "ghost.db");
        start.Environment["paths__contentPath"] = Path.Combine(temp.Path, "content");
        start.Environment["logging__transports"] = "[\"stdout\"]";
        // Ghost tells the result of an import (its problems too) only by e-mail: "sendmail" here keeps each mail as a file.
        var mailbox = Directory.CreateDirectory(Path.Combine(temp.Path, GhostServer.Mailbox)).FullName;
        var sendmail = Path.Combine(temp.Path, "sendmail");
        File.WriteAllText(sendmail, $"#!/bin/sh\ncat > \"$(mktemp -p '{mailbox}' mail-XXXXXXXX)\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(sendmail, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        start.Environment["mail__transport"] = "sendmail";
        start.Environment["mail__options__path"] = sendmail;
        start.Environment["mail__from"] = "ghost@example.com";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Ghost did not start");
        var server = new GhostServer(process, temp, url);
        process.OutputDataReceived += (_, e) => server.Log(e.Data);
        process.ErrorDataReceived += (_, e) => server.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilUp(TimeSpan.FromMinutes(2));
        await server.SetUp();
        return server;
    }

    private void Log(string? line)
    {
        lock (_log)
            _log.AppendLine(line);
    }

    public string Output
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    private async Task WaitUntilUp(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Ghost exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await _http.GetAsync(new Uri(Url + "/ghost/api/admin/site/"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"Ghost did not answer within {limit}:\n{Output}");
    }

    /// <summary>The owner, signed in; Ghost's default post and page deleted, so only imported items remain.</summary>
    private async Task SetUp()
    {
        await Send(HttpMethod.Post, "authentication/setup/", $$"""{"setup":[{"name":"Owner","email":"{{Email}}","password":"{{Password}}","blogTitle":"Judge"}]}""");
        await Send(HttpMethod.Post, "session/", $$"""{"username":"{{Email}}","password":"{{Password}}"}""");
        await DeleteAllContent();
    }

    private async Task<string> Send(HttpMethod method, string path, string? json, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri($"{Url}/ghost/api/admin/{path}"))
        {
            Content = content ?? (json is null ? null : new StringContent(json, Encoding.UTF8, "application/json")),
        };
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static MultipartFormDataContent Upload(string field, string file)
    {
        var form = new MultipartFormDataContent();
        var bytes = new ByteArrayContent(File.ReadAllBytes(file));
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(bytes, field, Path.GetFileName(file));
        return form;
    }

    /// <summary>
    /// Imports a JSON file through Ghost's admin import and waits for it: Ghost runs every import as a background job
    /// (outside its test mode) and logs when the job ends. Returns the import's answer.
    /// </summary>
    public async Task<JsonElement> Import(string file)
    {
        const string Done = "[Background Job] site-content-import ";
        var ended = Ended();
        using var form = Upload("importfile", file);
        var answer = JsonDocument.Parse(await Send(HttpMethod.Post, "db/", null, form)).RootElement;
        var watch = Stopwatch.StartNew();
        while (Ended() == ended)
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(5))
                throw new TimeoutException($"Ghost's import of {file} did not end within 5 minutes:\n{Output}");
            await Task.Delay(200);
        }
        // The job ends by e-mailing the owner (to the mailbox folder here); a job that could not send it is "failed"
        // after the import is done, which is not the import's failure.
        var last = Output.Split('\n').Last(l => l.Contains(Done + "completed", StringComparison.Ordinal) || l.Contains(Done + "failed", StringComparison.Ordinal));
        if (last.Contains(Done + "failed", StringComparison.Ordinal) && !last.Contains("Failed to send email", StringComparison.Ordinal))
            throw new InvalidOperationException($"Ghost's import of {file} failed:\n{Output}");
        return answer;

        int Ended() => Count(Done + "completed") + Count(Done + "failed");
    }

    private int Count(string text)
    {
        var output = Output;
        var count = 0;
        for (var at = output.IndexOf(text, StringComparison.Ordinal); at >= 0; at = output.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>
    /// The text of the last mail Ghost sent (the result of an import, with its problems, is told only by mail): its
    /// subject and its base64 HTML body as plain text.
    /// </summary>
    public string LastMail()
    {
        var last = new DirectoryInfo(Path.Combine(_folder.Path, Mailbox)).GetFiles().MaxBy(f => f.LastWriteTimeUtc);
        if (last is null)
            return "(no mail)";
        var raw = File.ReadAllText(last.FullName).ReplaceLineEndings("\n");
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var subject = raw.Split('\n').FirstOrDefault(l => l.StartsWith("Subject:", StringComparison.Ordinal)) ?? "";
        var body = raw[(split + 2)..];
        try
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\n", "", StringComparison.Ordinal)));
        }
        catch (FormatException)
        {
        }
        body = System.Text.RegularExpressions.Regex.Replace(body, "<style.*?</style>|<[^>]+>", " ", System.Text.RegularExpressions.RegexOptions.Singleline);
        return subject + " " + System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(body), @"\s+", " ").Trim();
    }

    /// <summary>Uploads a <c>redirects.json</c> as Ghost's redirects.</summary>
    public async Task UploadRedirects(string file)
    {
        using var form = Upload("redirects", file);
        await Send(HttpMethod.Post, "redirects/upload/", null, form);
    }

    /// <summary>Deletes every post, page and tag, as Settings → Danger zone does.</summary>
    public Task DeleteAllContent() => Send(HttpMethod.Delete, "db/", null);

    /// <summary>Every post or page (<paramref name="resource"/>), of every status, with its HTML, plain text, tags and authors.</summary>
    public async Task<IReadOnlyList<JsonElement>> All(string resource)
    {
        // Ghost 6 answers at most 100 items a request, whatever the limit asked: read page after page.
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = JsonDocument.Parse(await Send(HttpMethod.Get, $"{resource}/?limit=100&page={page}&formats=html,plaintext&include=tags,authors", null)).RootElement;
            items.AddRange(answer.GetProperty(resource).EnumerateArray());
            if (answer.GetProperty("meta").GetProperty("pagination").GetProperty("next").ValueKind == JsonValueKind.Null)
                return items;
        }
    }

    /// <summary>Ghost's export of everything it holds.</summary>
    public async Task<string> Export(string file)
    {
        await File.WriteAllTextAsync(file, await Send(HttpMethod.Get, "db/", null));
        return file;
    }

    /// <summary>The status and <c>Location</c> Ghost answers a request for a site path with.</summary>
    public async Task<(int Status, string? Location)> Head(string path)
    {
        using var response = await _http.GetAsync(new Uri(Url + path));
        return ((int)response.StatusCode, response.Headers.Location?.OriginalString);
    }

    private static string Node22()
    {
        foreach (var node in new[] { "node", Path.Combine(Corpus.RepoRoot, "tests", "node_modules", ".bin", "node") })
        {
            if (NodeMajor(node) >= 22)
                return node;
        }
        Assert.Skip("skipped: Ghost 6 needs Node.js 22, and neither the system's node nor the pinned 'node' package in tests/node_modules is (npm ci --prefix tests).");
        return "";
    }

    private static int NodeMajor(string node)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(node, ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false });
            var text = process?.StandardOutput.ReadToEnd().Trim().TrimStart('v') ?? "";
            process?.WaitForExit();
            return int.TryParse(text.Split('.')[0], out var major) ? major : 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        _folder.Dispose();
    }
}
