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

    public static Diagnostic LeftOnOldHost(SourceRef? where, int files) => new(
        "MED006", Severity.Warning,
        $"{files} media file(s) of this item are still served by the old site and stop working when it goes (cutover); give --media-from (a copy of the old site's files, or a server standing in for it) or --media-download to copy them into the new site.",
        where);

    public static Diagnostic ItemMedia(SourceRef? where, int files, int failed) => new(
        "MED007", Severity.Info,
        failed == 0
            ? $"{files} media file(s) of the old site: all in the new site, and the item points at them."
            : $"{files} media file(s) of the old site: {files - failed} in the new site, {failed} not copied (keeping their old URLs, listed as MED001).",
        where);
}
