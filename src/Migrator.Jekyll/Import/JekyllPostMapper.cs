using Migrator.Core.Input;
using Migrator.Core.Text;
using Migrator.Core.Publishing;
using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Turns a <see cref="JekyllDocument"/> into a <see cref="Post"/>: the keys the model has a place for go there (including
/// what jekyll-import and WordPress exporters left: <c>wordpress_id</c>, <c>meta:</c>, <c>dsq_thread_id</c>, author maps),
/// every other front matter key goes to <see cref="Post.Extra"/> in source order, values as read.
/// Values that come only from <c>defaults:</c> fill model fields but are not copied into <see cref="Post.Extra"/>: they
/// live in the site configuration (<see cref="Site.Extra"/>), not in the file.
/// </summary>
internal static class JekyllPostMapper
{
    /// <summary>Keys read into model fields (never copied into Extra).</summary>
    private static readonly HashSet<string> ModelKeys = new(StringComparer.Ordinal)
    {
        "title", "date", "slug", "categories", "category", "tags", "tag", "permalink", "published", "status", "password",
        "comments", "comment_status", "ping_status", "excerpt", "author", "wordpress_id", "wordpress_url", "guid",
        "dsq_thread_id", "disqus_identifier", "disqus_url", "comments_key",
    };

    public static Post ToPost(JekyllDocument document, LiquidTags liquid, DateTimeOffset now, IDiagnosticSink diagnostics)
    {
        var where = document.Source;
        var (status, statusText) = Status(document, now, where, diagnostics);
        var (author, _) = AuthorOf(AuthorField(document));
        var meta = Meta(document);
        var extension = document.Extension;
        var format = BodyFormatOf(document);
        if (format == BodyFormat.Other)
            diagnostics.Report(JekyllReadDiagnostics.BodyFormatOther(where, extension));
        var bodyText = document.FrontMatter.Body;
        string? pluginTagsRendered = null;
        if (document.Get("render_with_liquid") is not false)
        {
            pluginTagsRendered = liquid.RenderPluginTags(bodyText, format);
            var (converted, notes) = liquid.Convert(bodyText, format);
            bodyText = converted;
            foreach (var note in notes.Where(n => n.Kind != LiquidNoteKind.PluginRendered))
                diagnostics.Report(note.Kind switch
                {
                    LiquidNoteKind.LinkNotFound => JekyllReadDiagnostics.LiquidLinkNotFound(where, note.Markup),
                    LiquidNoteKind.Unclosed => JekyllReadDiagnostics.LiquidBlockUnclosed(where, note.Markup),
                    LiquidNoteKind.CommentDropped => JekyllReadDiagnostics.LiquidCommentDropped(where),
                    _ => JekyllReadDiagnostics.LiquidKept(where, note.Markup),
                });
        }
        if (format == BodyFormat.Markdown)
        {
            var (stripped, removed) = KramdownAttributes.Strip(bodyText);
            bodyText = stripped;
            if (removed > 0)
                diagnostics.Report(JekyllReadDiagnostics.KramdownAttributesRemoved(where, removed));
        }
        var siteUrl = document.File.Site.Config.SiteUrl;
        var link = siteUrl is not null ? siteUrl + document.Url : document.File.Site.Config.NormalisedBaseUrl + document.Url;
        var slug = DecodedSlug(PageSlug(document) ?? document.Slug, where, diagnostics);

        return new Post
        {
            Source = where,
            Id = Number(document.Get("wordpress_id")),
            Type = document.File.Kind switch
            {
                JekyllItemKind.Page => PostTypes.Page,
                JekyllItemKind.CollectionDocument => document.File.Collection,
                _ => PostTypes.Post,
            },
            Status = status,
            StatusWord = statusText,
            Title = document.Title,
            Slug = slug,
            Date = document.Date,
            DateIsFloating = document.DateIsFloating,
            Author = author,
            Content = new Body(bodyText, format, extension),
            Excerpt = document.Get("excerpt") is string excerpt ? excerpt : null,
            Terms = [.. document.Categories.Select(c => new TermRef(Taxonomies.Category, JekyllSlug.Default(c), c)),
                     .. document.Tags.Select(t => new TermRef(Taxonomies.Tag, JekyllSlug.Default(t), t))],
            Meta = meta,
            Password = document.Get("password") is { } password ? JekyllDocumentReader.TextOf(password) : null,
            Guid = JekyllConfig.Scalar(document.Get("wordpress_url")) ?? JekyllConfig.Scalar(document.Get("guid")),
            Link = link,
            CommentStatus = CommentStatus(document),
            PingStatus = JekyllConfig.Scalar(document.Get("ping_status")),
            Thread = Thread(document),
            Comments = CommentsData(document, where, diagnostics),
            Extra = Extra(document),
        }.WithLeftover(new JekyllSourceText(document.OriginalText, pluginTagsRendered));
    }

    /// <summary>
    /// The comments a migration kept beside the post: <c>comments_key</c> names <c>_data/comments/&lt;key&gt;.yml</c> (what
    /// Migrator's Jekyll export writes), read back so that they go on to the next format.
    /// </summary>
    private static List<Comment> CommentsData(JekyllDocument document, SourceRef where, IDiagnosticSink diagnostics)
    {
        if (JekyllConfig.Scalar(document.Get("comments_key")) is not { Length: > 0 } key)
            return [];
        var folder = Path.Combine(document.File.Site.SourceDir, "_data", "comments");
        var data = key.AsSpan().ContainsAny('/', '\\') || key.Contains("..", StringComparison.Ordinal)
            ? null
            : SiteFolder.LinkOnPath(document.File.Site.SourceDir, folder) is { } link ? ([], $"'{link.FullName}' is a symbolic link, which is not followed")
            : CommentFields.ReadFile(folder, key);
        if (data is { Error: null } read)
            return read.Comments;
        diagnostics.Report(JekyllReadDiagnostics.CommentsDataMissing(where, data?.Error is { } error ? $"{key} ({error})" : key));
        return [];
    }

    /// <summary>The post's <c>author</c>, else the site's (<c>author</c> in <c>_config.yml</c>, which themes show for every post).</summary>
    public static object? AuthorField(JekyllDocument document) =>
        document.Get("author") ?? document.File.Site.Config.Get("author");

    /// <summary>An author value as jekyll-import wrote it: a name, or a map with <c>login</c>, <c>display_name</c>, <c>email</c>…</summary>
    public static (string? Login, Author? Author) AuthorOf(object? value)
    {
        switch (value)
        {
            case null:
                return (null, null);
            case List<KeyValuePair<string, object?>> map:
                var login = JekyllConfig.Scalar(JekyllConfig.Find(map, "login")) ?? JekyllConfig.Scalar(JekyllConfig.Find(map, "display_name"))
                    ?? JekyllConfig.Scalar(JekyllConfig.Find(map, "name"));
                if (string.IsNullOrEmpty(login))
                    return (null, null);
                return (login, new Author(login)
                {
                    Email = JekyllConfig.Scalar(JekyllConfig.Find(map, "email")),
                    DisplayName = JekyllConfig.Scalar(JekyllConfig.Find(map, "display_name")) ?? JekyllConfig.Scalar(JekyllConfig.Find(map, "name")),
                    FirstName = JekyllConfig.Scalar(JekyllConfig.Find(map, "first_name")),
                    LastName = JekyllConfig.Scalar(JekyllConfig.Find(map, "last_name")),
                    Id = Number(JekyllConfig.Find(map, "id")),
                });
            case List<object?> list:
                return AuthorOf(list.FirstOrDefault());
            default:
                var name = JekyllConfig.Scalar(value);
                return string.IsNullOrEmpty(name) ? (null, null) : (name, new Author(name) { DisplayName = name });
        }
    }

    private static (PublicationStatus Status, string Text) Status(JekyllDocument document, DateTimeOffset now, SourceRef where, IDiagnosticSink diagnostics)
    {
        if (document.File.Kind == JekyllItemKind.Draft)
            return (PublicationStatus.Draft, "draft");
        var published = document.Get("published") is not false;
        var word = JekyllConfig.Scalar(document.Get("status"))?.Trim();
        if (!string.IsNullOrEmpty(word))
        {
            var status = WordPressStatusWords.PostStatusOf(word);
            if (!published && status == PublicationStatus.Published)
            {
                diagnostics.Report(JekyllReadDiagnostics.UnpublishedStatus(where, word));
                return (PublicationStatus.Draft, "draft");
            }
            return (status, word);
        }
        if (!published)
            return (PublicationStatus.Draft, "draft");
        if (document.Date is { } date && date > now && !document.File.Site.Config.Future && document.File.Kind == JekyllItemKind.Post)
        {
            diagnostics.Report(JekyllReadDiagnostics.FutureDate(where, date));
            return (PublicationStatus.Scheduled, "future");
        }
        return (PublicationStatus.Published, "publish");
    }

    private static BodyFormat BodyFormatOf(JekyllDocument document)
    {
        var ext = document.Extension.ToLowerInvariant();
        if (document.File.Site.Config.MarkdownExtensions.Contains(ext))
            return BodyFormat.Markdown;
        return ext is ".html" or ".htm" ? BodyFormat.Html : BodyFormat.Other;
    }

    private static string? CommentStatus(JekyllDocument document) => document.Get("comments") switch
    {
        false => "closed",
        true => "open",
        _ => JekyllConfig.Scalar(document.Get("comment_status")),
    };

    private static ThreadIdentity? Thread(JekyllDocument document)
    {
        var identifier = JekyllConfig.Scalar(document.Get("disqus_identifier"));
        var url = JekyllConfig.Scalar(document.Get("disqus_url"));
        List<string> ids = document.Has(WordPressMetaKeys.DisqusThreadId) ? [.. Values(document.Get(WordPressMetaKeys.DisqusThreadId))] : [];
        return identifier is null && url is null && ids.Count == 0 ? null : new ThreadIdentity(ids, identifier, url);
    }

    // Every meta: entry (WordPress post meta as jekyll-import wrote it), one row per value, values as text.
    private static List<MetaEntry> Meta(JekyllDocument document)
    {
        var rows = new List<MetaEntry>();
        if (document.Get("meta") is List<KeyValuePair<string, object?>> meta)
        {
            foreach (var (key, value) in meta)
                rows.AddRange(Values(value).Select(v => new MetaEntry(key, v)));
        }
        return rows;
    }

    private static IEnumerable<string> Values(object? value) => value switch
    {
        null => [""],
        List<object?> list => list.Select(v => v is List<KeyValuePair<string, object?>> map ? MapText(map) : JekyllDocumentReader.TextOf(v)),
        List<KeyValuePair<string, object?>> map => [MapText(map)],
        _ => [JekyllDocumentReader.TextOf(value)],
    };

    private static string MapText(List<KeyValuePair<string, object?>> map) => FrontMatterWriter.WriteYaml(map).TrimEnd('\n');

    // Front matter keys (not defaults) that the model has no place for, in source order.
    private static List<KeyValuePair<string, object?>> Extra(JekyllDocument document)
    {
        var extra = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in document.FrontMatter.Fields)
        {
            var isModel = ModelKeys.Contains(key) ||
                          (key == "meta" && value is List<KeyValuePair<string, object?>> or null);
            // A hidden `tags:` (Jekyll uses only `tag:`) and an author list keep their raw value.
            if (key == "tags" && document.TagsHidden || key == "author" && value is List<object?> { Count: > 1 })
                isModel = false;
            if (!isModel)
                extra.Add(new(key, value));
        }
        return extra;
    }

    /// <summary>
    /// A page's slug is the last segment of its URL (<c>about/index.html</c> at <c>/about/</c> is <c>about</c>, not
    /// <c>index</c>), as WordPress names a page; null for a page with its own <c>slug</c>, at the site root, or not a page.
    /// </summary>
    private static string? PageSlug(JekyllDocument document)
    {
        if (document.File.Kind != JekyllItemKind.Page || document.Get("slug") is not null)
            return null;
        return UrlSlug.LastSegment(document.Url);
    }

    private static string DecodedSlug(string slug, SourceRef where, IDiagnosticSink diagnostics)
    {
        if (!slug.Contains('%', StringComparison.Ordinal))
            return slug;
        try
        {
            var bytes = new List<byte>();
            for (var i = 0; i < slug.Length; i++)
            {
                if (slug[i] == '%' && i + 2 < slug.Length && byte.TryParse(slug.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                {
                    bytes.Add(b);
                    i += 2;
                }
                else
                    bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(slug[i].ToString()));
            }
            var decoded = new System.Text.UTF8Encoding(false, true).GetString([.. bytes]);
            if (!string.Equals(decoded, slug, StringComparison.Ordinal))
                diagnostics.Report(JekyllReadDiagnostics.SlugPercentEncoded(where, slug, decoded));
            return decoded;
        }
        catch (System.Text.DecoderFallbackException)
        {
            // The escapes are not UTF-8 text: the slug is kept as written.
            return slug;
        }
    }

    private static long? Number(object? value) => value switch
    {
        long l => l,
        string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
