using Migrator.Core.Model;

namespace Migrator.Core.Diagnostics;

/// <summary>Diagnostics of the pipeline, output and report (codes <c>MIG…</c>).</summary>
public static class CoreDiagnostics
{
    public static Diagnostic InternalError(SourceRef? where, Exception ex) => new(
        "MIG001", Severity.Error,
        $"the item could not be converted because of an internal error ({ex?.GetType().Name}: {ex?.Message}); please report it with this item.",
        where);

    public static Diagnostic UnsafeOutputPath(SourceRef? where, string path) => new(
        "MIG002", Severity.Error,
        $"the output path '{path}' would leave the output folder; the item was not written.",
        where);

    public static Diagnostic OutputPathConflict(SourceRef? where, string path, string firstItem) => new(
        "MIG003", Severity.Error,
        $"the output path '{path}' was already written for {firstItem}; this item was not written. Give one of them another slug.",
        where);

    public static Diagnostic OutputWriteFailed(SourceRef? where, string path, string error) => new(
        "MIG004", Severity.Error,
        $"could not write '{path}': {error}",
        where);

    public static Diagnostic PathSegmentRenamed(SourceRef? where, string original, string safe) => new(
        "MIG005", Severity.Warning,
        $"the name '{original}' cannot be used as a file name; written as '{safe}'.",
        where);

    public static Diagnostic SiteFilesNotWritten(string writer, string error) => new(
        "MIG007", Severity.Error,
        $"the site-wide files of '{writer}' (configuration, layouts, redirect or Disqus files) could not all be written: {error}. The items' files and this report were written; free the space or fix the permission and run again with --force.");

    public static Diagnostic PersonalMetaLeftOut(SourceRef? where, IEnumerable<string> keys) => new(
        "MIG006", Severity.Info,
        $"meta {string.Join(", ", keys)} left out: it names or holds an e-mail or IP address (visitors' data is not published; --include-private-data keeps it).",
        where);
}
