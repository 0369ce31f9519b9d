using Migrator.Core.Disqus;
using Migrator.Core.Pipeline;
using Migrator.Core.Redirects;

namespace Migrator.Cli;

/// <summary>The redirect names <c>--redirects</c> accepts.</summary>
internal static class RedirectFormats
{
    /// <summary>Formats written as front matter by the exporter of the same name.</summary>
    public static IReadOnlyList<string> FrontMatter { get; } =
        [.. Formats.Registry.Formats.Select(f => f.FrontMatterRedirects).OfType<string>()];

    public static IReadOnlyList<string> All { get; } = [.. RedirectFiles.ServerFormats, .. FrontMatter];
}

/// <summary>The item observers a <c>convert</c> call asked for (redirect files, Disqus files), disposed together.</summary>
internal sealed class ObserverSet : IDisposable
{
    private readonly List<IItemObserver> _items = [];

    public ObserverSet(ConvertOptions options, IExporter exporter)
    {
        var server = options.Settings.Redirects.Intersect(RedirectFiles.ServerFormats, StringComparer.Ordinal).ToList();
        if (server.Count > 0)
            _items.Add(new RedirectMap(
                (site, output, redirects, diagnostics) => RedirectFiles.Write(server, exporter.PublishedRoot,
                    OldUrls.SitePath(options.Settings.BaseUrl ?? site.Url), output, redirects, diagnostics),
                exporter.ArchiveUrl, options.Settings.BaseUrl));
        // A dry run writes only the report: the Disqus files are named by the user, outside the output folder.
        if (options.DisqusMap is not null && !options.DryRun)
            _items.Add(new DisqusUrlMap(options.DisqusMap, options.Settings.BaseUrl));
        if (options.DisqusComments is not null && !options.DryRun)
            _items.Add(new DisqusCommentsExport(options.DisqusComments, options.Settings.BaseUrl));
    }

    public IReadOnlyList<IItemObserver> Items => _items;

    public void Dispose()
    {
        foreach (var item in _items.OfType<IDisposable>())
            item.Dispose();
    }
}
