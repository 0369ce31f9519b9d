using Migrator.Core.Markup;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Export;

namespace Migrator.Jekyll.Cleanup;

/// <summary>
/// Jekyll → Jekyll: cleans up a site made by an earlier migration instead of regenerating it. Each file is written back
/// at its own path byte for byte except the front matter keys and Markdown body the normalisation cleaned
/// (<see cref="JekyllCleanup"/>), and every other file of the site is copied as it is (<see cref="SourceSiteCopy"/>); no
/// configuration or layout of ours is written. Chosen by the format registry for a Jekyll source and a Jekyll target
/// (docs/architecture.md#same-format-runs); it needs the source text each item was read from (<see cref="JekyllSourceText"/>).
/// </summary>
public sealed class JekyllCleanupExporter : IExporter
{
    public string Name => "jekyll";

    /// <summary>Files served as they are go at the site root, as for any Jekyll site.</summary>
    public string? PublishedRoot => "";

    /// <summary>The Markdown the generator renders.</summary>
    public MarkdownFlavor? Flavor => MarkdownFlavor.Kramdown;

    /// <summary>The owner's <c>_config.yml</c> is kept, so the report has a leading underscore, which Jekyll never publishes.</summary>
    public string ReportName => "_migration-report.csv";

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        return new Session(site, output);
    }

    private sealed class Session(Site site, OutputFolder output) : IExportSession
    {
        // Who wrote each path (one thread, input order).
        private readonly Dictionary<PathKey, string> _writtenBy = [];

        public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
        {
            ArgumentNullException.ThrowIfNull(post);
            ArgumentNullException.ThrowIfNull(diagnostics);
            if (post.Leftover<JekyllSourceText>() is not { } source)
            {
                var error = JekyllWriteDiagnostics.CleanupNotApplied(post.Source, "the item was not read from a Jekyll file, so there is nothing to clean up; convert it with the ordinary Jekyll writer");
                return new FailPlan(error with { Severity = Severity.Error });
            }
            return JekyllCleanup.Plan(post, source, diagnostics);
        }

        public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
        {
            ArgumentNullException.ThrowIfNull(plan);
            if (plan is not JekyllCleanupPlan cleanup)
                return plan;
            var file = cleanup.Files[0];
            var key = PathKey.Of(file.RelativePath);
            if (_writtenBy.TryGetValue(key, out var owner))
                return new FailPlan(CoreDiagnostics.OutputPathConflict(null, file.RelativePath, owner));
            output.WriteText(file.RelativePath, file.Content);
            _writtenBy[key] = file.RelativePath;
            return cleanup;
        }

        public void Complete(IDiagnosticSink diagnostics) => SourceSiteCopy.Run(site, output, diagnostics);
    }
}
