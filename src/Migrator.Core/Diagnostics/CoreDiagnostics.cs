using Migrator.Core.Model;

namespace Migrator.Core.Diagnostics;

/// <summary>Diagnostics of the pipeline, output and report (codes <c>MIG…</c>).</summary>
public static class CoreDiagnostics
{
    public static DiagnosticKind MIG001 { get; } = new("MIG001", Severity.Error,
        "An item could not be converted because of an internal error",
        "Migrator met a situation its code did not expect while converting this item, so the item was not "
        + "written; the rest of the run went on. This is a fault in Migrator, not in your site. Please report it "
        + "together with the item (the report names it), and convert that item by hand in the meantime.");
    public static Diagnostic InternalError(SourceRef? where, Exception ex) => new(
        MIG001,
        $"the item could not be converted because of an internal error ({ex?.GetType().Name}: {ex?.Message}); please report it with this item.",
        where);

    public static DiagnosticKind MIG002 { get; } = new("MIG002", Severity.Error,
        "An output path would leave the output folder",
        "The item's slug, date or folder would have put its file outside the output folder (for example through "
        + "'..'), so it was not written. Migrator never writes outside the folder you chose. Give the item an "
        + "ordinary slug in the source and convert again.");
    public static Diagnostic UnsafeOutputPath(SourceRef? where, string path) => new(
        MIG002,
        $"the output path '{path}' would leave the output folder; the item was not written.",
        where);

    public static DiagnosticKind MIG003 { get; } = new("MIG003", Severity.Error,
        "Two items would be written to the same file",
        "This item would be written to a file that an earlier item already took, so it was not written, to keep "
        + "the first one safe. This happens when two items have the same slug and date. Give one of them another "
        + "slug in the source and convert again.");
    public static Diagnostic OutputPathConflict(SourceRef? where, string path, string firstItem) => new(
        MIG003,
        $"the output path '{path}' was already written for {firstItem}; this item was not written. Give one of them another slug.",
        where);

    public static DiagnosticKind MIG004 { get; } = new("MIG004", Severity.Error,
        "A file could not be written",
        "The system refused to write one of the item's files (the disk is full, a permission is missing, or a "
        + "name is not allowed), so the item failed. The message gives the system's reason. Fix that and convert "
        + "again.");
    public static Diagnostic OutputWriteFailed(SourceRef? where, string path, string error) => new(
        MIG004,
        $"could not write '{path}': {error}",
        where);

    public static DiagnosticKind MIG005 { get; } = new("MIG005", Severity.Warning,
        "A name was changed to make a valid file name",
        "A slug, category or folder name holds characters that a file system does not allow (such as ':' or '?'), "
        + "so the file was written under a safe name instead. The message shows "
        + "both names. Check the new site's link to this item; change the slug in the source if you prefer another "
        + "name.");
    public static Diagnostic PathSegmentRenamed(SourceRef? where, string original, string safe) => new(
        MIG005,
        $"the name '{original}' cannot be used as a file name; written as '{safe}'.",
        where);

    public static DiagnosticKind MIG007 { get; } = new("MIG007", Severity.Error,
        "Site-wide files could not be written at the end",
        "After the items were written, a file of the whole site (configuration, layouts, redirect or Disqus files) "
        + "could not be written, for example because the disk is full or a name is taken by a folder. The items' files "
        + "and the audit report were written. Free the space or fix the cause, then run again with --force.");

    public static Diagnostic SiteFilesNotWritten(string writer, string error) => new(
        MIG007,
        $"the site-wide files of '{writer}' (configuration, layouts, redirect or Disqus files) could not all be written: {error}. The items' files and this report were written; free the space or fix the permission and run again with --force.");

    public static DiagnosticKind MIG008 { get; } = new("MIG008", Severity.Error,
        "An item is too large to convert",
        "The item holds more text (body, excerpt, meta and comments together) than the per-item limit, so it was not "
        + "converted: converting it would take many times its size in memory. Every other item was converted. Look at "
        + "the item in the source: a body this large is usually pasted data or an embedded file. Clean it, or convert "
        + "again with a higher --max-item-mb if it really is one post.");
    public static Diagnostic ItemTooLarge(SourceRef? where, long bytes, long limit) => new(
        MIG008,
        $"the item holds {Megabytes(bytes)} of text, over the limit of {Megabytes(limit)}; it was not converted (every other item was). Clean it in the source, or raise the limit with --max-item-mb.",
        where);

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes < 10L * 1024 * 1024 ? "0.##' MiB'" : "0' MiB'", System.Globalization.CultureInfo.InvariantCulture);

    public static DiagnosticKind MIG006 { get; } = new("MIG006", Severity.Info,
        "Visitors' personal data was left out",
        "Some fields of the item hold visitors' e-mail or IP addresses (often from comment or form plugins), so "
        + "they were not written to the new site, where anyone could read them. Nothing else was changed. If you "
        + "really need them, convert again with --include-private-data.");
    public static Diagnostic PersonalMetaLeftOut(SourceRef? where, IEnumerable<string> keys) => new(
        MIG006,
        $"meta {string.Join(", ", keys)} left out: it names or holds an e-mail or IP address (visitors' data is not published; --include-private-data keeps it).",
        where);
}
