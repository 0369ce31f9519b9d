using System.Globalization;
using System.Text;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Hugo.Import;

/// <summary>A content file found in the site: where it is and what Hugo makes of its place.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="RelativePath">Path inside the content folder, with <c>/</c> (<c>posts/hello/index.md</c>).</param>
/// <param name="Sections">Content folders above the page (for a bundle, above its folder).</param>
/// <param name="ContentBaseName">File name without extension, or the bundle folder's name.</param>
/// <param name="IsSection">True for <c>_index.*</c>.</param>
internal sealed record HugoContentEntry(string Path, string RelativePath, IReadOnlyList<string> Sections, string ContentBaseName, bool IsSection)
{
    /// <summary>For a leaf bundle, the files beside the page (docs/hugo.md#page-bundles-files); null for a single-file page.</summary>
    public IReadOnlyList<PageResource>? Resources { get; init; }
}

/// <summary>
/// Reads one content file into a <see cref="Post"/>, faithfully: known front matter keys into the model (docs/hugo.md#front-matter-fields),
/// every other key into <see cref="Post.Extra"/> verbatim, and the
/// URL Hugo gives the page into <see cref="Post.Link"/>.
/// </summary>
internal sealed class HugoPageReader(HugoConfig config, IReadOnlyDictionary<string, string>? termTitles = null, string? commentsDir = null)
{
    /// <summary>
    /// The comments a migration kept beside the page: <c>data/comments/&lt;content path without extension, or the bundle's
    /// folder&gt;.yaml</c> (what Migrator's Hugo export writes), read back so that they go on to the next format.
    /// </summary>
    private List<Comment> CommentsData(HugoContentEntry entry)
    {
        if (commentsDir is null || entry.IsSection)
            return [];
        var stem = entry.RelativePath[..^System.IO.Path.GetExtension(entry.RelativePath).Length];
        if (stem.EndsWith("/index", StringComparison.Ordinal))
            stem = stem[..^"/index".Length];
        return Migrator.Core.Publishing.CommentFields.ReadFile(commentsDir, stem) is { Error: null } data ? data.Comments : [];
    }

    /// <summary>
    /// The titles of the site's term pages (<c>content/categories/csharp/_index.md</c> titled <c>C#</c>), keyed
    /// <c>categories/csharp</c>: a term named by such a value is that title, with the value as its slug.
    /// </summary>
    public static Dictionary<string, string> TermTitles(string contentDir, HugoConfig config)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (plural, _) in config.Taxonomies)
        {
            var dir = Path.Combine(contentDir, plural);
            if (!Directory.Exists(dir) || SiteFolder.IsLink(new DirectoryInfo(dir)))
                continue;
            // Symbolic links are skipped here; the content walk reports them.
            foreach (var termDir in SiteFolder.Entries(dir).OfType<DirectoryInfo>().Where(d => !SiteFolder.IsLink(d)))
            {
                var page = SiteFolder.Entries(termDir.FullName).FirstOrDefault(f => f is FileInfo && f.Name.StartsWith("_index.", StringComparison.Ordinal));
                if (page is null || SiteFolder.IsLink(page))
                    continue;
                try
                {
                    using var reader = new StreamReader(SiteFolder.OpenRead(page.FullName));
                    var file = HugoFrontMatterParser.Parse(reader.ReadToEnd());
                    if (file.Error is null && HugoValues.AsText(new FieldSet(file.Fields).Peek("title")) is { Length: > 0 } title)
                        titles[plural + "/" + termDir.Name] = title;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable term page is reported when the item pass reaches it; the value stays the name.
                }
            }
        }
        return titles;
    }

    private static readonly string[] DateKeys = ["date", "publishDate", "pubdate", "published", "lastmod", "modified"];
    private static readonly string[] ModifiedKeys = ["lastmod", "modified"];

    public SourceItem Read(HugoContentEntry entry, string text)
    {
        var source = new SourceRef(entry.Path, 1, entry.RelativePath);
        var file = HugoFrontMatterParser.Parse(text);
        if (file.Error is not null)
            return new UnreadableItem(source with { Line = file.ErrorLine }, GuessType(entry), null,
                HugoDiagnostics.FrontMatterUnreadable(source, file.Syntax, file.ErrorLine, file.Error));

        var diagnostics = new List<Diagnostic>();
        var fields = new FieldSet(file.Fields);
        var post = new Post { Source = source, Type = TypeOf(entry, fields) };
        post = ReadDates(post, fields, diagnostics);
        var draft = HugoValues.AsText(fields.Take("draft")) == "true";
        if (!draft && NotRenderedBecause(fields) is { } reason)
        {
            draft = true;
            diagnostics.Add(HugoDiagnostics.NotPublishedByHugo(source, reason));
        }
        var slug = HugoValues.AsText(fields.Take("slug"));
        var url = HugoValues.AsText(fields.Take("url"));
        var title = HugoValues.AsText(fields.Take("title"));
        post = post with
        {
            Status = draft ? PublicationStatus.Draft : PublicationStatus.Published,
            StatusWord = draft ? "draft" : "publish",
            Title = title ?? "",
            Slug = slug ?? config.LanguageOf(entry.ContentBaseName).BaseName,
            Excerpt = HugoValues.AsText(fields.Take("summary")),
            Author = fields.TakeIf("author", v => v is string) as string,
            Id = ReadId(fields.Take("wordpress_id")),
            Content = BodyOf(entry, file.Body, source, diagnostics),
            Comments = CommentsData(entry),
        };
        post = ReadTerms(post, fields);
        post = ReadDisqusAndMeta(post, fields);

        var (baseName, language) = config.LanguageOf(entry.ContentBaseName);
        var path = HugoUrls.PathOf(
            new HugoPageAddress(entry.Sections, baseName, entry.IsSection, slug, title, url, post.Date),
            config.Urls);
        if (config.IsMultilingual && url is null && (language != config.DefaultLanguage || config.DefaultLanguageInSubdir))
            path = "/" + language + path;
        List<KeyValuePair<string, object?>> extra = [.. fields.Rest.Select(f => new KeyValuePair<string, object?>(f.Key, HugoValues.ForExtra(f.Value)))];
        if (config.IsMultilingual && !extra.Any(f => string.Equals(f.Key, "lang", StringComparison.OrdinalIgnoreCase)))
            extra.Add(new("lang", language));
        post = post with
        {
            Slug = slug ?? UrlSlug(path) ?? post.Slug,
            Link = LinkOf(path),
            Extra = extra,
        };
        if (entry.Resources is { } resources)
        {
            post = post with { Resources = resources };
            diagnostics.AddRange(HugoBundleFiles.Missing(post));
        }
        return new ReadPost(post, diagnostics);
    }

    /// <summary>
    /// Why Hugo renders no page for this file although it is not a draft: <c>headless: true</c>, <c>_build</c> with
    /// <c>render: never</c> (or <c>false</c>), or an <c>expiryDate</c> that has passed. The fields stay in the front matter.
    /// </summary>
    private string? NotRenderedBecause(FieldSet fields)
    {
        if (HugoValues.AsText(fields.Peek("headless")) == "true")
            return "headless: true";
        foreach (var key in new[] { "_build", "build" })
        {
            if (fields.Peek(key) is IEnumerable<KeyValuePair<string, object?>> build
                && build.FirstOrDefault(kv => string.Equals(kv.Key, "render", StringComparison.OrdinalIgnoreCase)).Value is { } render
                && HugoValues.AsText(render) is "never" or "false")
                return key + ": render: " + HugoValues.AsText(render);
        }
        foreach (var key in new[] { "expiryDate", "unpublishdate" })
        {
            if (HugoValues.AsText(fields.Peek(key)) is { } text && HugoDates.Parse(text, config.TimeZone) is { } expiry && expiry <= DateTimeOffset.UtcNow)
                return $"{key} {text} has passed";
        }
        return null;
    }

    /// <summary>
    /// Without a <c>slug</c>, the name the page goes by is the last segment of the URL Hugo gives it (its <c>:slug</c> falls
    /// back to the title, <c>:filename</c> is the file's name): what a WordPress post_name must be to keep that URL.
    /// </summary>
    private static string? UrlSlug(string? path)
    {
        return path is not null && Migrator.Core.Text.UrlSlug.LastSegment(path) is { } last ? Uri.UnescapeDataString(last) : null;
    }

    private static string GuessType(HugoContentEntry entry) =>
        entry.Sections.Count == 0 || entry.IsSection ? PostTypes.Page : PostTypes.Post;

    /// <summary>
    /// Where the file is decides: files at the content root and <c>_index.md</c> section pages are pages, everything
    /// in a section is a post. Front matter <c>type</c> is Hugo's layout selector, so it decides only when it names a
    /// kind of content: <c>page</c>, <c>post</c>/<c>posts</c>, or the page's own section (a custom type, as our Hugo
    /// writer places them). Any other value picks a theme's layout (<c>type: "article"</c> in <c>content/posts/</c>)
    /// and is kept as a field (docs/hugo.md#front-matter-fields).
    /// </summary>
    private static string TypeOf(HugoContentEntry entry, FieldSet fields)
    {
        if (fields.Peek("type") is not string type)
            return GuessType(entry);
        var word = type.Trim();
        var kind = word.ToLowerInvariant() switch
        {
            "page" => PostTypes.Page,
            "post" or "posts" => PostTypes.Post,
            _ when word.Length > 0 && entry.Sections.Count > 0 && string.Equals(entry.Sections[0], word, StringComparison.Ordinal) => word,
            _ => null,
        };
        if (kind is null)
            return GuessType(entry);
        fields.Take("type");
        return kind;
    }

    private Post ReadDates(Post post, FieldSet fields, List<Diagnostic> diagnostics)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in DateKeys)
        {
            var value = fields.Peek(key);
            if (value is null)
                continue;
            var text = HugoValues.AsText(value);
            if (text is not null && HugoDates.Parse(text, config.TimeZone) is { } date)
                dates[key] = date;
            else
                diagnostics.Add(HugoDiagnostics.DateUnreadable(post.Source, key, text ?? value.ToString() ?? ""));
        }
        // The date used is taken into the model; other date keys stay in Extra verbatim (Hugo reads them too).
        var dateKey = DateKeys.FirstOrDefault(dates.ContainsKey);
        var modifiedKey = ModifiedKeys.FirstOrDefault(dates.ContainsKey);
        DateTimeOffset? published = dateKey is null ? null : dates[dateKey];
        DateTimeOffset? modified = modifiedKey is null ? null : dates[modifiedKey];
        if (dateKey == "date")
            fields.Take("date");
        if (modifiedKey is not null)
            fields.Take(modifiedKey);
        return post with { Date = published, Modified = modified };
    }

    private static long? ReadId(object? value) => value switch
    {
        long l => l,
        string s when long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    private static Body BodyOf(HugoContentEntry entry, string body, SourceRef source, List<Diagnostic> diagnostics)
    {
        var extension = System.IO.Path.GetExtension(entry.Path).ToLowerInvariant();
        var format = extension switch
        {
            ".md" or ".markdown" or ".mdown" => BodyFormat.Markdown,
            ".html" or ".htm" => BodyFormat.Html,
            _ => BodyFormat.Other,
        };
        if (format != BodyFormat.Other)
        {
            var (text, kept) = HugoShortcodes.Convert(body, format);
            body = text;
            diagnostics.AddRange(kept.Select(name => HugoDiagnostics.ShortcodeKept(source, name)));
        }
        return new Body(body, format, extension);
    }

    private Post ReadTerms(Post post, FieldSet fields) => post with { Terms = TermRefs(fields, take: true) };

    /// <summary>The terms a page's front matter names (a taxonomy of the config, post formats), taken out of the fields when <paramref name="take"/>.</summary>
    private List<TermRef> TermRefs(FieldSet fields, bool take)
    {
        var terms = new List<TermRef>();
        foreach (var (plural, singular) in config.Taxonomies)
        {
            var value = fields.Peek(plural);
            if (value is null || (value is not List<object?> && HugoValues.AsText(value) is null))
                continue;
            if (take)
                fields.Take(plural);
            var taxonomy = singular.ToLowerInvariant() switch
            {
                "category" => Taxonomies.Category,
                "tag" => Taxonomies.Tag,
                _ => singular,
            };
            foreach (var name in HugoValues.AsTexts(value))
            {
                terms.Add(termTitles is not null && termTitles.TryGetValue(plural + "/" + name, out var title)
                    ? new TermRef(taxonomy, name, title)
                    : new TermRef(taxonomy, HugoPaths.MakePath(name, disablePathToLower: false), name));
            }
        }
        if ((take ? fields.TakeIf("post_format", v => v is string) : fields.Peek("post_format")) is string format)
            terms.Add(new TermRef(Taxonomies.PostFormat, "post-format-" + format, format));
        return terms;
    }

    /// <summary>
    /// Every term the site's pages name, once each (taxonomy and slug), in order of first use: the site's term list,
    /// which a WXR header declares and archive redirects start from.
    /// </summary>
    public List<Term> SiteTerms(IEnumerable<string> texts)
    {
        var terms = new List<Term>();
        var seen = new HashSet<(string, string)>();
        foreach (var text in texts)
        {
            var file = HugoFrontMatterParser.Parse(text);
            if (file.Error is not null)
                continue;
            foreach (var term in TermRefs(new FieldSet(file.Fields), take: false).Where(t => t.Taxonomy != Taxonomies.PostFormat))
            {
                if (seen.Add((term.Taxonomy, term.Slug)))
                    terms.Add(new Term(term.Taxonomy, term.Slug, term.Name));
            }
        }
        return terms;
    }

    private static Post ReadDisqusAndMeta(Post post, FieldSet fields)
    {
        var meta = new List<MetaEntry>();
        if (fields.TakeIf("meta", v => v is List<KeyValuePair<string, object?>>) is List<KeyValuePair<string, object?>> map)
        {
            foreach (var (key, value) in map)
            {
                foreach (var text in HugoValues.AsTexts(value))
                    meta.Add(new MetaEntry(key, text));
            }
        }
        var identifier = HugoValues.AsText(fields.Take("disqus_identifier"));
        var disqusUrl = HugoValues.AsText(fields.Take("disqus_url"));
        var threadIds = HugoValues.AsTexts(fields.Take("dsq_thread_id"));
        var thread = identifier is null && disqusUrl is null && threadIds.Count == 0
            ? null
            : new ThreadIdentity(threadIds, identifier, disqusUrl);
        return post with { Meta = meta, Thread = thread };
    }

    /// <summary>The page's absolute URL (base URL plus path, percent-encoded as browsers send it), or its path without a base URL.</summary>
    private string LinkOf(string path)
    {
        var encoded = EncodePath(path);
        var baseUrl = config.BaseUrl?.Trim();
        if (string.IsNullOrEmpty(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            return encoded;
        return baseUrl.TrimEnd('/') + encoded;
    }

    /// <summary>Percent-encodes (UTF-8, upper-case hex) every character a URL path cannot hold as is.</summary>
    internal static string EncodePath(string path)
    {
        var sb = new StringBuilder(path.Length);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/%".Contains(c, StringComparison.Ordinal)))
                sb.Append(c);
            else
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Front matter fields looked up case-insensitively (as Hugo does); what is not taken goes to Extra.</summary>
    private sealed class FieldSet(IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        private readonly List<KeyValuePair<string, object?>> _rest = [.. fields];

        public IEnumerable<KeyValuePair<string, object?>> Rest => _rest;

        public object? Peek(string key) =>
            _rest.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

        public object? Take(string key)
        {
            var index = _rest.FindIndex(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                return null;
            var value = _rest[index].Value;
            _rest.RemoveAt(index);
            return value;
        }

        /// <summary>Takes the field only when its value passes <paramref name="accept"/>; otherwise it stays for Extra.</summary>
        public object? TakeIf(string key, Func<object?, bool> accept) =>
            accept(Peek(key)) ? Take(key) : null;
    }
}
