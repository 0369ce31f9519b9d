using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Media;

/// <summary>Diagnostics of copying the old site's media files (codes <c>MED…</c>).</summary>
public static class MediaDiagnostics
{
    public static Diagnostic FileNotCopied(SourceRef? where, string url, string reason) => new(
        "MED001", Severity.Warning,
        $"the media file '{url}' was not copied ({reason}); the page still points at the old address, which stops working when the old site goes. Copy the file by hand, or allow its host, and run again.",
        where);

    public static Diagnostic FileRenamed(SourceRef? where, string original, string safe) => new(
        "MED002", Severity.Warning,
        $"the media path '{original}' cannot be used as a file path as it is; the file is written as '{safe}' and the page points there.",
        where);

    public static Diagnostic NameConflict(SourceRef? where, string original, string otherUrl, string path) => new(
        "MED003", Severity.Warning,
        $"the media path '{original}' differs only in letter case (or not at all once made safe) from that of '{otherUrl}', and a case-insensitive file system would merge them; it is written as '{path}' and the page points there.",
        where);

    public static Diagnostic ResizedCopyMissing(SourceRef? where, string url, string originalPath) => new(
        "MED004", Severity.Info,
        $"the resized copy '{url}' is missing on the old site; the page now shows the full-size original '{originalPath}' (the browser scales it).",
        where);

    public static Diagnostic ExternalMedia(SourceRef? where, string url) => new(
        "MED005", Severity.Info,
        $"the media file '{url}' is on another site; it is not copied, and the page keeps pointing there.",
        where);
}
