using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Media;

/// <summary>Diagnostics of copying the old site's media files (codes <c>MED…</c>).</summary>
public static class MediaDiagnostics
{
    public static DiagnosticKind MED001 { get; } = new("MED001", Severity.Warning,
        "A media file was not copied",
        "An image or other file of the old site could not be copied (the message gives the reason), so the page "
        + "still points at the old site's address. When the old site is switched off, the file will be missing. "
        + "Copy the file by hand, or allow its host, and run again.");
    public static Diagnostic FileNotCopied(SourceRef? where, string url, string reason) => new(
        MED001,
        $"the media file '{url}' was not copied ({reason}); the page still points at the old address, which stops working when the old site goes. Copy the file by hand, or allow its host, and run again.",
        where);

    public static DiagnosticKind MED002 { get; } = new("MED002", Severity.Warning,
        "A media file was saved under a safe name",
        "The path of a media file holds characters that cannot be used in a file name, so the file was saved "
        + "under a safe name, and the page points at that name. Nothing needs doing; links from other sites to the "
        + "old name will not find it.");
    public static Diagnostic FileRenamed(SourceRef? where, string original, string safe) => new(
        MED002,
        $"the media path '{original}' cannot be used as a file path as it is; the file is written as '{safe}' and the page points there.",
        where);

    public static DiagnosticKind MED003 { get; } = new("MED003", Severity.Warning,
        "Two media files differ only in letter case",
        "Two media files have paths that differ only in upper and lower case (or not at all once made safe). Some "
        + "file systems treat them as one file, so this one was saved under another name, and the page points "
        + "there. Nothing needs doing unless you link to the file from elsewhere.");
    public static Diagnostic NameConflict(SourceRef? where, string original, string otherUrl, string path) => new(
        MED003,
        $"the media path '{original}' differs only in letter case (or not at all once made safe) from that of '{otherUrl}', and a case-insensitive file system would merge them; it is written as '{path}' and the page points there.",
        where);

    public static DiagnosticKind MED004 { get; } = new("MED004", Severity.Info,
        "A resized image was missing; the original is used",
        "The page shows a smaller copy of an image, which is missing on the old site. The page now shows the "
        + "full-size original instead, which browsers scale down; the page may load more slowly. Make a smaller "
        + "copy by hand if that matters.");
    public static Diagnostic ResizedCopyMissing(SourceRef? where, string url, string originalPath) => new(
        MED004,
        $"the resized copy '{url}' is missing on the old site; the page now shows the full-size original '{originalPath}' (the browser scales it).",
        where);

    public static DiagnosticKind MED005 { get; } = new("MED005", Severity.Info,
        "A media file on another site was not copied",
        "The page shows a file kept on another website. Only the site's own files are copied, so the page keeps "
        + "pointing at the other site. Copy the file into your site by hand if you want to keep it when that site "
        + "changes.");
    public static Diagnostic ExternalMedia(SourceRef? where, string url) => new(
        MED005,
        $"the media file '{url}' is on another site; it is not copied, and the page keeps pointing there.",
        where);

    public static DiagnosticKind MED006 { get; } = new("MED006", Severity.Warning,
        "Media files stay on the old host",
        "The item's body or attachments name files on the old site's own hosts, and this run copies no media, so the "
        + "links are unchanged and those images and files stop working when the old site goes (cutover). Run again with "
        + "--media-from (a local copy of the old site's files, or a server standing in for it) or with --media-download "
        + "while the old site is still up.");

    public static Diagnostic LeftOnOldHost(SourceRef? where, int files) => new(
        MED006,
        $"{files} media file(s) of this item are still served by the old site and stop working when it goes (cutover); give --media-from (a copy of the old site's files, or a server standing in for it) or --media-download to copy them into the new site.",
        where);

    public static DiagnosticKind MED007 { get; } = new("MED007", Severity.Info,
        "The item's media files",
        "Says how many of the old site's files the item uses, how many are now in the new site and how many could not "
        + "be copied; each file that failed is also named in its own MED001 and keeps its old URL. Nothing needs doing "
        + "when all were copied; otherwise fix the cause given in MED001 and run again with --force, which fetches only "
        + "what is missing.");

    public static Diagnostic ItemMedia(SourceRef? where, int files, int failed) => new(
        MED007,
        failed == 0
            ? $"{files} media file(s) of the old site: all in the new site, and the item points at them."
            : $"{files} media file(s) of the old site: {files - failed} in the new site, {failed} not copied (keeping their old URLs, listed as MED001).",
        where);

    public static DiagnosticKind MED008 { get; } = new("MED008", Severity.Warning,
        "The page's own files are not carried into an import file",
        "The page kept files in its own folder (a Hugo page bundle's images and documents), and the output is an "
        + "import file (WordPress, Ghost) that holds no files, so they were not copied and the page's relative links to "
        + "them will not resolve on the new site. Upload those files to the new site (its media library) and point the "
        + "links at them, or convert to a static site, where they are copied beside the page "
        + "(docs/media.md#files-beside-a-page).");

    public static Diagnostic PageFilesNotCarried(SourceRef? where, int files) => new(
        MED008,
        $"{files} file(s) of the page's own folder were not carried: an import file holds no files, so the page's links to them will not resolve until they are uploaded.",
        where);
}
