using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Migrator.Core.Output;
using Migrator.Core.Text;

namespace Migrator.Core.Media;

/// <summary>
/// The relative path a media file gets in the new site, mirroring its URL path (<c>wp-content/uploads/2015/03/photo.jpg</c>)
/// but safe whatever the URL holds: each segment percent-decoded once; <c>.</c>, <c>..</c> and empty segments dropped
/// (also when written <c>%2e%2e</c>); <c>\</c> read as a separator, as browsers read it; characters no file system takes
/// (<c>/</c> from <c>%2F</c>, NUL and other control characters, <c>: * ? " &lt; &gt; |</c>) replaced by <c>-</c>; leading
/// dots (hidden files) and trailing dots and spaces removed; Windows device names given a <c>-</c>; and a segment longer
/// than <see cref="MaxSegmentBytes"/> UTF-8 bytes cut, with a hash of the whole name so that two long names stay apart.
/// </summary>
internal static class MediaPath
{
    /// <summary>Room under the 255-byte name limit for the suffixes a conflict and the atomic writer's temporary name add.</summary>
    public const int MaxSegmentBytes = 150;

    /// <summary>Every file system's rules, with no length cut: a long name is shortened with a hash instead (<see cref="Shortened"/>).</summary>
    private static readonly FileNameRules Rules = new() { MaxBytes = int.MaxValue };

    /// <summary>The decoded segments of a raw URL path as the old server read them, or null when one climbs (<c>..</c>) or is unusable.</summary>
    public static IReadOnlyList<string>? DecodedSegments(string rawPath)
    {
        ArgumentNullException.ThrowIfNull(rawPath);
        var segments = new List<string>();
        foreach (var raw in rawPath.Split('/', '\\'))
        {
            var decoded = PercentDecoding.Decode(raw);
            if (decoded.Length == 0)
                continue;
            if (decoded is "." or ".." || decoded.Any(c => c is '/' or '\\' or '\0'))
                return null;
            segments.Add(decoded);
        }
        return segments.Count > 0 ? segments : null;
    }

    /// <summary>
    /// The safe relative path (<c>/</c>-separated) for <paramref name="rawPath"/>, or null when no file name is left.
    /// <paramref name="changed"/> tells whether it differs from the decoded path in more than dropped empty segments.
    /// </summary>
    public static string? Of(string rawPath, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(rawPath);
        changed = false;
        var segments = new List<string>();
        foreach (var raw in rawPath.Split('/', '\\'))
        {
            var decoded = PercentDecoding.Decode(raw);
            if (decoded.Length == 0)
                continue;
            var safe = decoded is "." or ".." ? "" : Segment(decoded);
            changed |= !string.Equals(safe, decoded, StringComparison.Ordinal) || raw.Contains('\\', StringComparison.Ordinal);
            if (safe.Length > 0)
                segments.Add(safe);
        }
        if (segments.Count == 0 || rawPath.EndsWith('/') || rawPath.EndsWith('\\'))
            return null;
        return string.Join('/', segments);
    }

    /// <summary>One safe file or folder name; empty when nothing usable is left.</summary>
    private static string Segment(string name)
    {
        var text = SafeFileName.Of(name, Rules);
        return Encoding.UTF8.GetByteCount(text) > MaxSegmentBytes ? Shortened(text, name) : text;
    }

    /// <summary>The start of the name, <c>-</c>, eight hex digits of the whole name's SHA-256, and the extension (when short).</summary>
    private static string Shortened(string text, string original)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(original)))[..8];
        var dot = text.LastIndexOf('.');
        var extension = dot > 0 && text.Length - dot <= 16 ? text[dot..] : "";
        var budget = MaxSegmentBytes - Encoding.UTF8.GetByteCount(extension) - 9;
        var stem = new StringBuilder();
        var bytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(extension.Length > 0 ? text[..dot] : text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > budget)
                break;
            stem.Append(element);
            bytes += size;
        }
        return stem.ToString().TrimEnd('.', ' ') + "-" + hash + extension;
    }
}
