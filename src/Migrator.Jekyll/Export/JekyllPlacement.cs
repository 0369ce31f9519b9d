using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.Jekyll.Export;

/// <summary>
/// Where an item goes and under which URL:
/// <list type="bullet">
/// <item>published posts: <c>_posts/YYYY-MM-DD-slug.ext</c> (date in the post's own offset);</item>
/// <item>drafts (draft, pending, private, unknown status) and undated posts: <c>_drafts/slug.ext</c>;</item>
/// <item>password-protected posts: in <c>_posts</c> with <c>published: false</c>;</item>
/// <item>pages: at their old path, <c>parent/child/index.ext</c> (from the old URL, else the slug);</item>
/// <item>custom types: <c>_&lt;collection&gt;/slug.ext</c>; unpublished pages and documents carry <c>published: false</c>.</item>
/// </list>
/// The permalink is the old URL's path, decoded; published items without a usable old path get a generated one.
/// </summary>
internal sealed record JekyllPlacement(
    IReadOnlyList<string> Folders,
    string Stem,
    bool SuffixOnFolder,
    string Layout,
    DateTimeOffset? Date,
    string? Permalink,
    bool Unpublished,
    bool IsDraftPost)
{
    public static JekyllPlacement Decide(
        Post post, ContentKind kind, string? collection, bool unpublished, bool protectedPost, string oldBasePath, IDiagnosticSink diagnostics)
    {
        var oldPermalink = UrlPath.PermalinkOf(post.Link, oldBasePath);
        var date = post.Date ?? (unpublished ? post.Modified : null);
        return kind switch
        {
            ContentKind.Page => ForPage(post, oldPermalink, unpublished, diagnostics),
            ContentKind.Collection => ForDocument(post, collection!, oldPermalink, date, unpublished, diagnostics),
            _ => ForPost(post, oldPermalink, date, unpublished, protectedPost, diagnostics),
        };
    }

    private static JekyllPlacement ForPost(
        Post post, string? oldPermalink, DateTimeOffset? date, bool unpublished, bool protectedPost, IDiagnosticSink diagnostics)
    {
        var slug = Slug(post, diagnostics);
        if (date is null)
        {
            diagnostics.Report(JekyllWriteDiagnostics.NoDate(post.Source, $"_drafts/{slug}"));
            return new JekyllPlacement(["_drafts"], slug, false, "post", null, oldPermalink, false, IsDraftPost: true);
        }
        if (unpublished && !protectedPost)
            return new JekyllPlacement(["_drafts"], slug, false, "post", date, oldPermalink, false, IsDraftPost: true);
        var stem = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug;
        var permalink = oldPermalink;
        if (permalink is null && !unpublished)
        {
            permalink = "/" + date.Value.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/" + slug + "/";
            diagnostics.Report(JekyllWriteDiagnostics.PermalinkGenerated(post.Source, permalink));
        }
        return new JekyllPlacement(["_posts"], stem, false, "post", date, permalink, unpublished, IsDraftPost: false);
    }

    private static JekyllPlacement ForPage(Post post, string? oldPermalink, bool unpublished, IDiagnosticSink diagnostics)
    {
        var folders = oldPermalink is null ? [] : PageFolders(oldPermalink, post, diagnostics);
        var isFrontPage = oldPermalink == "/";
        if (folders.Count == 0 && !isFrontPage)
            folders = [Slug(post, diagnostics)];
        var permalink = oldPermalink;
        if (permalink is null && !unpublished)
        {
            permalink = "/" + string.Join('/', folders) + "/";
            diagnostics.Report(JekyllWriteDiagnostics.PermalinkGenerated(post.Source, permalink));
        }
        return new JekyllPlacement(folders, "index", SuffixOnFolder: folders.Count > 0, "page", post.Date, permalink, unpublished, IsDraftPost: false);
    }

    private static JekyllPlacement ForDocument(
        Post post, string collection, string? oldPermalink, DateTimeOffset? date, bool unpublished, IDiagnosticSink diagnostics)
    {
        var slug = Slug(post, diagnostics);
        var permalink = oldPermalink;
        if (permalink is null && !unpublished)
        {
            permalink = $"/{collection}/{slug}/";
            diagnostics.Report(JekyllWriteDiagnostics.PermalinkGenerated(post.Source, permalink));
        }
        return new JekyllPlacement(["_" + collection], slug, false, collection, date, permalink, unpublished, IsDraftPost: false);
    }

    /// <summary>Folder names from the old URL path; a last segment like <c>about.html</c> gives the folder <c>about</c>.</summary>
    private static List<string> PageFolders(string permalink, Post post, IDiagnosticSink diagnostics)
    {
        var segments = UrlPath.Segments(permalink).ToList();
        if (segments.Count > 0 && !permalink.EndsWith('/'))
        {
            var last = segments[^1];
            var extension = Path.GetExtension(last);
            if (extension is ".html" or ".htm" or ".php" or ".xml")
                segments[^1] = last[..^extension.Length];
        }
        var folders = new List<string>();
        foreach (var segment in segments)
        {
            var safe = FileNameSegment.Of(segment.Replace("%3A", ":", StringComparison.Ordinal));
            if (safe.Length == 0)
                continue;
            if (!string.Equals(safe, segment, StringComparison.Ordinal))
                diagnostics.Report(CoreDiagnostics.PathSegmentRenamed(post.Source, segment, safe));
            folders.Add(safe);
        }
        return folders;
    }

    /// <summary>The post's slug made safe; for an empty slug one made from the title, else <c>post-ID</c>, else <c>untitled</c>.</summary>
    private static string Slug(Post post, IDiagnosticSink diagnostics)
    {
        var safe = FileNameSegment.Of(post.Slug);
        if (safe.Length == 0)
            safe = FileNameSegment.FromTitle(post.Title);
        if (safe.Length == 0)
            safe = post.Id is { } id ? "post-" + id.ToString(CultureInfo.InvariantCulture) : "untitled";
        if (!string.Equals(safe, post.Slug, StringComparison.Ordinal))
            diagnostics.Report(CoreDiagnostics.PathSegmentRenamed(post.Source, post.Slug, safe));
        return safe;
    }
}
