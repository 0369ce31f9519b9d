using System.Text;
using System.Text.Json;
using Migrator.Core.Output;

namespace Migrator.Core.Media;

/// <summary>One file a run copied: its source URL, output path, size and SHA-256.</summary>
internal sealed record MediaManifestEntry(string Url, string Path, long Bytes, string Sha256);

/// <summary>
/// What earlier runs copied into an output folder, in <c>.migrator/media-manifest.jsonl</c>: one JSON object per line,
/// appended (and flushed) as each file is committed, so a run stopped at any moment leaves every finished file recorded; a
/// line cut short by the stop is ignored when read. At the end of a run the file is rewritten atomically with one line per
/// path. A file counts as complete when the manifest names it with the same URL and the file on disk has the recorded size.
/// </summary>
internal sealed class MediaManifest
{
    public const string RelativePath = ".migrator/media-manifest.jsonl";

    private readonly OutputFolder _output;
    private readonly Dictionary<string, MediaManifestEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private MediaManifest(OutputFolder output) => _output = output;

    public static MediaManifest Load(OutputFolder output)
    {
        var manifest = new MediaManifest(output);
        var path = output.Resolve(RelativePath);
        if (path is null || !File.Exists(path))
            return manifest;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (Parse(line) is { } entry)
                manifest._entries[entry.Path] = entry;
        }
        return manifest;
    }

    /// <summary>The entry of a complete file at <paramref name="outputPath"/> copied from <paramref name="url"/>, or null.</summary>
    public MediaManifestEntry? Complete(string outputPath, Uri url, string fullPath)
    {
        MediaManifestEntry? entry;
        lock (_lock)
        {
            entry = _entries.GetValueOrDefault(outputPath);
        }
        if (entry is null || !string.Equals(entry.Url, url.AbsoluteUri, StringComparison.Ordinal))
            return null;
        var info = new FileInfo(fullPath);
        return info.Exists && info.Length == entry.Bytes ? entry : null;
    }

    /// <summary>Records a committed file, appending it to the manifest on disk at once.</summary>
    public void Record(MediaManifestEntry entry)
    {
        lock (_lock)
        {
            _entries[entry.Path] = entry;
            if (_output.DryRun || _output.Resolve(RelativePath) is not { } path)
                return;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            // A line cut short by an earlier stop is ended first, so that the new entry stands on a line of its own.
            if (stream.Length > 0)
            {
                using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                reader.Seek(-1, SeekOrigin.End);
                if (reader.ReadByte() != '\n')
                    stream.WriteByte((byte)'\n');
            }
            stream.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, MediaJson.Options) + "\n"));
            stream.Flush(flushToDisk: false);
        }
    }

    /// <summary>Rewrites the manifest with one line per path, atomically.</summary>
    public void Compact()
    {
        lock (_lock)
        {
            if (_output.DryRun || _entries.Count == 0)
                return;
            var text = new StringBuilder();
            foreach (var entry in _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
                text.Append(JsonSerializer.Serialize(entry, MediaJson.Options)).Append('\n');
            _output.WriteText(RelativePath, text.ToString());
        }
    }

    private static MediaManifestEntry? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return null;
        try
        {
            var entry = JsonSerializer.Deserialize<MediaManifestEntry>(line, MediaJson.Options);
            return entry is { Url.Length: > 0, Path.Length: > 0, Bytes: >= 0, Sha256.Length: 64 } ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal static class MediaJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
