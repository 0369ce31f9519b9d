using CsvHelper;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Redirects;
using Migrator.Core.Reporting;

namespace Migrator.Core.Disqus;

/// <summary>
/// The CSV for Disqus's URL Mapper (docs/disqus.md#when-urls-change): no header, two columns, old absolute URL and new absolute URL,
/// one line for every written post whose URL changes. The old URL is the one the WordPress plugin sent
/// (<see cref="ThreadIdentity.Url"/>, else the old link), exactly as stored: Disqus matches it as a string.
/// </summary>
public sealed class DisqusUrlMap(string path, string? newBaseUrl) : IItemObserver, IDisposable
{
    private readonly AtomicFileWriter _file = new(path);
    private CsvWriter? _csv;
    private string? _base;

    public int Rows { get; private set; }

    public void Begin(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _base = (newBaseUrl ?? site.Url)?.TrimEnd('/');
        _csv = new CsvWriter(_file.Writer, AuditReportWriter.Configuration, leaveOpen: true);
    }

    public void Observe(Post? post, ExportPlan plan, IDiagnosticSink diagnostics)
    {
        if (post is null || plan is not WritePlan { NewUrl: { } newUrl } || _csv is null)
            return;
        var oldUrl = post.Thread?.Url ?? post.Link;
        if (string.IsNullOrEmpty(oldUrl) || !OldUrls.IsAbsoluteHttp(oldUrl))
            return;
        var absoluteNew = OldUrls.IsAbsoluteHttp(newUrl) ? newUrl : _base is null ? null : _base + (OldUrls.PathAndQuery(newUrl) ?? newUrl);
        if (absoluteNew is null || string.Equals(absoluteNew, oldUrl, StringComparison.Ordinal))
            return;
        _csv.WriteField(oldUrl);
        _csv.WriteField(absoluteNew);
        _csv.NextRecord();
        Rows++;
    }

    public void Complete(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        _csv?.Dispose();
        _csv = null;
        _file.Commit();
    }

    public void Dispose()
    {
        _csv?.Dispose();
        _file.Dispose();
    }
}
