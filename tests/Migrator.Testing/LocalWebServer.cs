using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Migrator.Testing;

/// <summary>What a server answered: the status code and the <c>Location</c> header (null when absent).</summary>
public sealed record HttpAnswer(int Status, string? Location)
{
    public override string ToString() => Location is null ? Status.ToString(CultureInfo.InvariantCulture) : $"{Status} {Location}";
}

/// <summary>What <c>nginx -t</c> returned and printed.</summary>
public sealed record ConfigCheck(int ExitCode, string Errors);

/// <summary>
/// A real nginx or Apache 2.4 serving a folder on 127.0.0.1 at a free port, configured entirely inside a temporary
/// folder (configuration, pid file, logs, temp files), run as the current user in the foreground and stopped on
/// <see cref="Dispose"/>. Only loopback is ever used. Tests call <see cref="RequireNginx"/> or
/// <see cref="RequireApache"/>, which skip them with a message when the server is not installed.
/// </summary>
public sealed class LocalWebServer : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly Process _process;
    private readonly string _folder;

    private LocalWebServer(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        _folder = folder;
    }

    public int Port { get; }

    public static string? Nginx { get; } = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    public static string? Apache { get; } = new[] { "/usr/sbin/apache2", "/usr/sbin/httpd" }.FirstOrDefault(File.Exists);

    /// <summary>nginx's temp folders, moved into the test folder (the built-in ones are system folders).</summary>
    private static readonly string[] NginxTempPaths = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];

    private const string ApacheModules = "/usr/lib/apache2/modules";

    public static string RequireNginx()
    {
        if (Nginx is null)
            Assert.Skip("skipped: nginx is not installed here (apt-get install nginx-light; .ci/run installs it on CI).");
        return Nginx;
    }

    public static string RequireApache()
    {
        if (Apache is null || !File.Exists(Path.Combine(ApacheModules, "mod_rewrite.so")))
            Assert.Skip("skipped: Apache 2.4 is not installed here (apt-get install apache2; .ci/run installs it on CI).");
        return Apache;
    }

    /// <summary>
    /// <c>nginx -t</c> on a minimal configuration that includes <paramref name="redirectsFile"/> in its http block and
    /// answers with the map's redirect in its server block, as the file's header says.
    /// </summary>
    public static ConfigCheck NginxTest(string folder, string redirectsFile)
    {
        var nginx = RequireNginx();
        var conf = WriteNginxConfig(folder, redirectsFile, FreePort(), Path.Combine(folder, "www"));
        using var process = Start(nginx, ["-t", "-q", "-e", Path.Combine(folder, "error.log"), "-c", conf, "-p", folder]);
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return new ConfigCheck(-1, "nginx -t did not finish in time");
        }
        return new ConfigCheck(process.ExitCode, errors.GetAwaiter().GetResult());
    }

    /// <summary>Runs nginx with <paramref name="redirectsFile"/> included, serving <paramref name="root"/>.</summary>
    public static LocalWebServer StartNginx(string folder, string redirectsFile, string root)
    {
        var nginx = RequireNginx();
        var port = FreePort();
        var conf = WriteNginxConfig(folder, redirectsFile, port, root);
        var process = Start(nginx, ["-e", Path.Combine(folder, "error.log"), "-c", conf, "-p", folder,
            "-g", "daemon off; master_process off;"]);
        return WaitUntilListening(process, port, folder);
    }

    /// <summary>
    /// Runs Apache serving <paramref name="root"/> with <c>.htaccess</c> files allowed (<c>AllowOverride All</c>) and
    /// mod_rewrite loaded, as one process (<c>-X</c>).
    /// </summary>
    public static LocalWebServer StartApache(string folder, string root)
    {
        var apache = RequireApache();
        var port = FreePort();
        var conf = Path.Combine(folder, "apache.conf");
        var modules = new[] { ("mpm_event_module", "mod_mpm_event.so"), ("authz_core_module", "mod_authz_core.so"), ("rewrite_module", "mod_rewrite.so") };
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"ServerRoot \"{folder}\"\nDefaultRuntimeDir \"{folder}\"\nPidFile \"{folder}/apache.pid\"\n");
        // Apache never serves as root: started as root (as on CI), it serves as nobody, who can read the temp folder.
        if (Environment.UserName == "root")
            sb.Append("User nobody\nGroup nogroup\n");
        sb.Append(CultureInfo.InvariantCulture, $"ErrorLog \"{folder}/error.log\"\nLogLevel warn\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\n");
        foreach (var (name, file) in modules)
            sb.Append(CultureInfo.InvariantCulture, $"LoadModule {name} {ApacheModules}/{file}\n");
        sb.Append(CultureInfo.InvariantCulture, $"DocumentRoot \"{root}\"\n<Directory \"{root}\">\n    AllowOverride All\n    Require all granted\n</Directory>\n");
        File.WriteAllText(conf, sb.ToString());
        var process = Start(apache, ["-X", "-f", conf, "-d", folder]);
        return WaitUntilListening(process, port, folder);
    }

    /// <summary>
    /// Sends <c>GET <paramref name="target"/></c> exactly as given (no encoding or normalising on the way) and returns the
    /// status and <c>Location</c>.
    /// </summary>
    public HttpAnswer Get(string target)
    {
        using var client = new TcpClient();
        client.SendTimeout = client.ReceiveTimeout = (int)Timeout.TotalMilliseconds;
        client.Connect(IPAddress.Loopback, Port);
        using var stream = client.GetStream();
        var request = Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        stream.Write(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var status = reader.ReadLine() ?? throw new InvalidOperationException($"no answer for {target}");
        string? location = null;
        for (var line = reader.ReadLine(); !string.IsNullOrEmpty(line); line = reader.ReadLine())
        {
            if (line.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))
                location = line["Location:".Length..].Trim();
        }
        return new HttpAnswer(int.Parse(status.Split(' ')[1], CultureInfo.InvariantCulture), location);
    }

    /// <summary>
    /// The path and query a <c>Location</c> header sends the browser to on this server (servers may write it absolute,
    /// with this server's address); null when it leads elsewhere.
    /// </summary>
    public string? LocalTarget(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal))
            return location;
        foreach (var origin in new[] { $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}", "http://127.0.0.1" })
        {
            if (location.StartsWith(origin + "/", StringComparison.Ordinal))
                return location[origin.Length..];
        }
        return null;
    }

    /// <summary>The server's error log so far (for assertion messages).</summary>
    public string ErrorLog()
    {
        var path = Path.Combine(_folder, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(Timeout);
        }
        _process.Dispose();
    }

    private static string WriteNginxConfig(string folder, string redirectsFile, int port, string root)
    {
        var conf = Path.Combine(folder, "nginx.conf");
        var temp = string.Concat(NginxTempPaths.Select(t => $"    {t}_temp_path {Path.Combine(folder, t)};\n"));
        File.WriteAllText(conf,
            $"pid {Path.Combine(folder, "nginx.pid")};\nerror_log {Path.Combine(folder, "error.log")};\nevents {{ worker_connections 64; }}\n" +
            $"http {{\n    access_log off;\n{temp}    include {redirectsFile};\n" +
            $"    server {{\n        listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)};\n        root {root};\n" +
            "        if ($migrator_redirect) { return 301 $migrator_redirect; }\n    }\n}\n");
        return conf;
    }

    private static Process Start(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
    }

    private static LocalWebServer WaitUntilListening(Process process, int port, string folder)
    {
        var server = new LocalWebServer(process, port, folder);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            if (process.HasExited)
            {
                var message = $"{Path.GetFileName(process.StartInfo.FileName)} exited with {process.ExitCode}: {process.StandardError.ReadToEnd()}\n{server.ErrorLog()}";
                server.Dispose();
                throw new InvalidOperationException(message);
            }
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        server.Dispose();
        throw new TimeoutException($"{Path.GetFileName(process.StartInfo.FileName)} did not listen on 127.0.0.1:{port} within {Timeout.TotalSeconds} s");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
