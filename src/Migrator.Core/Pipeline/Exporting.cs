using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Model;
using Migrator.Core.Output;

namespace Migrator.Core.Pipeline;

/// <summary>Writes the model into one target format.</summary>
public interface IExporter
{
    /// <summary>Format name used on the command line (<c>jekyll</c>, <c>hugo</c>, <c>wxr</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Where files that are served as they are (<c>_redirects</c>, <c>.htaccess</c>) go in this format's output:
    /// "" for the output root, "static" for Hugo; null when the output is not a site (WXR).
    /// </summary>
    string? PublishedRoot => null;

    /// <summary>
    /// The new site's archive page of a category or tag (Hugo: <c>/categories/name/</c>), or null when the target has
    /// no such page. Old WordPress archive URLs are redirected there.
    /// </summary>
    string? ArchiveUrl(Term term) => null;

    /// <summary>
    /// Where each post's own files go when the format keeps them beside the post (Hugo page bundles): for the site as the
    /// writer will see it, a function giving a post's bundle, or null for none. Null when the format has no bundles.
    /// </summary>
    Func<Post, PageBundle?>? BundlesOf(Site site) => null;

    /// <summary>
    /// The Markdown the new site's generator renders (kramdown for Jekyll, Goldmark for Hugo), by which written Markdown
    /// is read again (the review report's forecast); null when the output is not a site of Markdown files.
    /// </summary>
    MarkdownFlavor? Flavor => null;

    /// <summary>File name of the audit report inside the output folder when the user names none.</summary>
    string ReportName => "migration-report.csv";

    /// <summary>Starts writing a site into <paramref name="output"/>.</summary>
    IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics);
}

/// <summary>
/// One export run. <see cref="Plan"/> is pure and thread-safe (it may run on several posts at once);
/// <see cref="Commit"/> is called on one thread in input order; <see cref="Complete"/> once at the end.
/// </summary>
public interface IExportSession
{
    /// <summary>Decides what a normalised post becomes. Must not write files or change shared state.</summary>
    ExportPlan Plan(Post post, IDiagnosticSink diagnostics);

    /// <summary>Writes what was planned. Returns the plan as written (it may turn into a skip, e.g. on a path conflict).</summary>
    ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics);

    /// <summary>Writes the site-wide files (configuration, data, indexes) after the last post.</summary>
    void Complete(IDiagnosticSink diagnostics);
}

/// <summary>What an exporter decided for one post. Exporters derive their own plans from <see cref="WritePlan"/>.</summary>
public abstract record ExportPlan;

/// <summary>The post is written. <see cref="OutputPath"/> is its main file, relative to the output folder.</summary>
public record WritePlan(string OutputPath, string? NewUrl) : ExportPlan
{
    /// <summary>Files to write, relative path and content; the main file first.</summary>
    public IReadOnlyList<OutputFile> Files { get; init; } = [];

    /// <summary>Comments written with the post.</summary>
    public int CommentsWritten { get; init; }

    /// <summary>A short note for the audit's <c>reason</c> column when written with a condition (e.g. "draft: written to _drafts, not published").</summary>
    public string? Note { get; init; }

    /// <summary>How faithfully the body was converted, when the exporter converted it.</summary>
    public BodyFidelity? Fidelity { get; init; }
}

/// <summary>The post is not written, for a reason the owner can read.</summary>
public sealed record SkipPlan(string Reason) : ExportPlan;

/// <summary>The post could not be written.</summary>
public sealed record FailPlan(Diagnostic Error) : ExportPlan;

public sealed record OutputFile(string RelativePath, string Content);

/// <summary>
/// A post written as a folder of its own with its files beside it (a Hugo leaf bundle): <see cref="Folder"/> relative to
/// the output folder (<c>content/posts/harbour</c>), <see cref="UrlPath"/> the decoded URL path of its page
/// (<c>/2023/03/harbour/</c>), under which the files in the folder are published.
/// </summary>
public sealed record PageBundle(string Folder, string UrlPath);
