using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.WordPress.Export;

/// <summary>An item serialised by <see cref="WxrExportSession.Plan"/>, waiting to be appended.</summary>
internal sealed record WxrItemPlan(string OutputPath, string? NewUrl, Post Post, WxrItemIdentity Identity, string Content, string Fragment)
    : WritePlan(OutputPath, NewUrl);

/// <summary>
/// One WXR export: the header is written at <see cref="WxrExporter.Begin"/>; <see cref="Plan"/> serialises an item
/// (pure); <see cref="Commit"/> checks what needs the whole run (unique ids, importer duplicates, late authors) and
/// appends; <see cref="Complete"/> closes the file.
/// </summary>
internal sealed class WxrExportSession : IExportSession, IDisposable
{
    private readonly WxrSiteUrls _urls;
    private readonly WxrAuthors _authors;
    private readonly WxrItemWriter _items;
    private readonly WxrFileSet _files;
    private readonly string _firstPath;
    private readonly bool _fromWordPress; // WordPress to WordPress: post types and page parents are the old site's own
    private readonly string _basePath;
    private readonly bool _includePrivateData;

    /// <summary>Where an item of a type WordPress does not know keeps that type (a Jekyll collection, a Hugo type).</summary>
    public const string SourceTypeKey = "_migrator_source_type";

    // Commit-time state (one thread).
    private readonly Dictionary<long, (string Item, bool Synthesised)> _usedIds = [];
    private readonly Dictionary<(string Title, string Date, string Type), string> _importKeys = [];

    public WxrExportSession(Site site, OutputFolder output, WxrExportOptions options, IDiagnosticSink diagnostics)
    {
        _fromWordPress = options.ReExport;
        _includePrivateData = options.IncludePrivateData;
        _basePath = Migrator.Core.Redirects.OldUrls.SitePath(site.Url);
        _urls = WxrSiteUrls.For(site, options);
        _authors = new WxrAuthors(site.Authors, diagnostics);
        _items = new WxrItemWriter(options);
        var terms = new WxrTerms(site.Terms, diagnostics);
        var header = WxrChannelWriter.Write(site, _urls, _authors, terms, options.ExportDate, diagnostics);
        var splitBytes = options.SplitMegabytes > 0 ? options.SplitMegabytes * 1024L * 1024L : 0;
        _files = new WxrFileSet(output, WxrExporter.FileStem(site, options.ExportDate), header, splitBytes, _authors.NextFreeId);
        _firstPath = _files.CurrentPath;
    }

    /// <summary>The path of a page URL below another page (<c>/about/team/</c>, under the site's base path), or null.</summary>
    private string? NestedPath(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri))
            return null;
        var path = uri.AbsolutePath;
        var below = path.StartsWith(_basePath + "/", StringComparison.Ordinal) ? path[_basePath.Length..] : path;
        return below.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Length > 1 ? path : null;
    }

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!_includePrivateData && WordPressPostTypes.PrivateDataReason(post) is { } privateData)
            return new SkipPlan($"{privateData}: left out (--include-private-data keeps them)");
        if (!_fromWordPress && !WordPressPostTypes.IsCore(post.Type))
        {
            // WordPress's importer refuses a post type no plugin registers ("Invalid post type"): the item would be lost.
            diagnostics.Report(WxrWriteDiagnostics.TypeWrittenAsPage(post.Source, post.Type));
            post = post with { Type = PostTypes.Page, Meta = [.. post.Meta, new MetaEntry(SourceTypeKey, post.Type)] };
        }
        if (!_fromWordPress && post.Type == PostTypes.Page && post.ParentId is null or 0 && NestedPath(post.Link) is { } nested)
            diagnostics.Report(WxrWriteDiagnostics.NestedPageWithoutParent(post.Source, nested));
        var content = WxrContent.StoredContent(post, diagnostics);
        var identity = WxrItemIdentity.For(post, content, _urls, _authors, diagnostics);
        var fragment = _items.Write(post, identity, content, diagnostics, out var comments);
        return new WxrItemPlan(_firstPath, identity.Link.Length > 0 ? identity.Link : null, post, identity, content, fragment) { CommentsWritten = comments };
    }

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not WxrItemPlan item)
            return plan;
        item = WithFreeId(item, diagnostics);
        ReportImporterDuplicate(item, diagnostics);
        var path = _files.CurrentPath;
        try
        {
            _files.Append(item.Fragment, item.Identity.Login, item.Identity.AuthorName, item.Identity.AuthorDeclared, diagnostics);
        }
        catch (IOException ex)
        {
            return new FailPlan(CoreDiagnostics.OutputWriteFailed(item.Post.Source, path, ex.Message));
        }
        return item with { OutputPath = path };
    }

    public void Complete(IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            _files.Close(diagnostics);
        }
        finally
        {
            _files.Dispose();
        }
    }

    /// <summary>Abandons an unfinished export: the temporary file is removed, nothing appears under the WXR name.</summary>
    public void Dispose() => _files.Dispose();

    // post_id must be unique in the file: a synthesised id moves on to a free one; a real id used twice in the source
    // gets a new one (reported); a real id that an earlier synthesised one took is kept and reported as an error.
    private WxrItemPlan WithFreeId(WxrItemPlan item, IDiagnosticSink diagnostics)
    {
        var id = item.Identity.PostId;
        var name = Describe(item.Post);
        if (_usedIds.TryGetValue(id, out var holder))
        {
            if (!item.Identity.IdSynthesised && holder.Synthesised)
            {
                diagnostics.Report(WxrWriteDiagnostics.PostIdCollidesWithSynthesised(item.Post.Source, id, holder.Item));
                return item;
            }
            var attempt = 1;
            var newId = WxrItemIdentity.SynthesiseId(item.Post, attempt);
            while (_usedIds.ContainsKey(newId))
                newId = WxrItemIdentity.SynthesiseId(item.Post, ++attempt);
            if (!item.Identity.IdSynthesised)
                diagnostics.Report(WxrWriteDiagnostics.PostIdTaken(item.Post.Source, id, holder.Item, newId));
            var identity = item.Identity.WithId(newId);
            var fragment = _items.Write(item.Post, identity, item.Content, NullDiagnosticSink.Instance, out _);
            item = item with { Identity = identity, Fragment = fragment };
        }
        if (item.Identity.IdSynthesised)
            diagnostics.Report(WxrWriteDiagnostics.PostIdSynthesised(item.Post.Source, item.Identity.PostId));
        _usedIds[item.Identity.PostId] = (name, item.Identity.IdSynthesised);
        return item;
    }

    // The importer skips an item when a post with the same title, post_date and type exists (docs/wordpress-wxr.md#ids-and-duplicates).
    private void ReportImporterDuplicate(WxrItemPlan item, IDiagnosticSink diagnostics)
    {
        if (item.Post.Type == PostTypes.NavMenuItem)
            return;
        var key = (item.Identity.Title, WxrItemWriter.Dates(item.Post).Local, item.Post.Type);
        if (_importKeys.TryGetValue(key, out var first))
            diagnostics.Report(WxrWriteDiagnostics.ImportWouldMerge(item.Post.Source, first, key.Title, key.Local, key.Type));
        else
            _importKeys[key] = Describe(item.Post);
    }

    private static string Describe(Post post) => $"'{post.Title}' ({post.Source})";
}
