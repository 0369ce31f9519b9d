using System.Globalization;
using System.Text;
using System.Text.Json;
using Migrator.Core.Diagnostics;
using Migrator.Core.Input;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Ghost.Import;

/// <summary>
/// Reads a Ghost JSON export (Ghost 1 to 6; docs/ghost.md#reading---from-ghost): posts and pages with their tags, authors, statuses,
/// dates, feature image, excerpt and meta. Each entry of <c>posts</c> is one item. The old address is Ghost's
/// <c>/{slug}/</c>, or the export's <c>permalinks</c> setting (older Ghost) for posts.
/// </summary>
public sealed class GhostImporter : IImporter
{
    public string Name => "ghost";

    /// <summary>A <c>.json</c> file whose start has Ghost's <c>"db"</c> or <c>"meta"</c> and <c>"data"</c>.</summary>
    public bool CanRead(string path)
    {
        if (!File.Exists(path) || !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return false;
        var buffer = new char[8192];
        using var reader = new StreamReader(path, Encoding.UTF8);
        var start = new string(buffer, 0, reader.ReadBlock(buffer));
        return start.TrimStart().StartsWith('{')
            && (start.Contains("\"db\"", StringComparison.Ordinal) || start.Contains("\"meta\"", StringComparison.Ordinal))
            && (start.Contains("\"exported_on\"", StringComparison.Ordinal) || start.Contains("\"data\"", StringComparison.Ordinal));
    }

    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (inputs.Count != 1)
            throw new InputException("a Ghost export is one JSON file; give one file");
        var file = inputs[0];
        var export = GhostExportFile.Read(file, diagnostics);
        return new ImportedSite(export.Site, export.Items());
    }
}

/// <summary>One Ghost export read into memory (Ghost exports are one JSON document), its posts turned into items on demand.</summary>
internal sealed class GhostExportFile
{
    private readonly string _file;
    private readonly JsonElement _data;
    private readonly Dictionary<string, JsonElement> _tags = [];
    private readonly Dictionary<string, string> _userSlugs = [];
    private readonly ILookup<string, JsonElement> _postsTags;
    private readonly ILookup<string, JsonElement> _postsAuthors;
    private readonly Dictionary<string, JsonElement> _postsMeta = [];
    private readonly TimeZoneInfo? _zone;
    private readonly string _permalinks;

    public Site Site { get; }

    private GhostExportFile(string file, JsonElement data, string? version)
    {
        _file = file;
        _data = data;
        var settings = Rows("settings").Where(s => Str(s, "key") is not null)
            .GroupBy(s => Str(s, "key")!).ToDictionary(g => g.Key, g => Str(g.First(), "value"), StringComparer.Ordinal);
        foreach (var tag in Rows("tags"))
        {
            if (Key(tag, "id") is { } id)
                _tags[id] = tag;
        }
        var authors = new List<Author>();
        foreach (var user in Rows("users"))
        {
            var slug = Str(user, "slug") ?? Key(user, "id") ?? "";
            if (Key(user, "id") is { } id)
                _userSlugs[id] = slug;
            authors.Add(new Author(slug) { DisplayName = Str(user, "name"), Email = Str(user, "email") });
        }
        _postsTags = Rows("posts_tags").OrderBy(r => Number(r, "sort_order")).ToLookup(r => Key(r, "post_id") ?? "");
        _postsAuthors = Rows("posts_authors").OrderBy(r => Number(r, "sort_order")).ToLookup(r => Key(r, "post_id") ?? "");
        foreach (var meta in Rows("posts_meta"))
        {
            if (Key(meta, "post_id") is { } post)
                _postsMeta[post] = meta;
        }
        var zoneName = settings.GetValueOrDefault("timezone") ?? settings.GetValueOrDefault("active_timezone");
        _zone = zoneName is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone) ? zone : null;
        _permalinks = settings.GetValueOrDefault("permalinks") is { Length: > 0 } p ? p : "/:slug/";
        Site = new Site
        {
            Title = settings.GetValueOrDefault("title") ?? Path.GetFileNameWithoutExtension(file),
            Description = settings.GetValueOrDefault("description"),
            Language = settings.GetValueOrDefault("locale") ?? settings.GetValueOrDefault("lang"),
            TimeZone = _zone is null ? null : zoneName,
            Permalink = _permalinks,
            SourceVersion = version is null ? "Ghost" : "Ghost " + version,
            Authors = authors,
            Terms = [.. _tags.Values.Where(t => !IsInternal(t)).Select(t => new Term(Taxonomies.Tag, Str(t, "slug") ?? "", Str(t, "name") ?? "") { Description = Str(t, "description") })],
            SourceFiles = [file],
        };
    }

    public static GhostExportFile Read(string file, IDiagnosticSink diagnostics)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(file);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 });
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw Refused(file, ex is JsonException ? "it is not valid JSON (" + ex.Message + ")" : ex.Message, diagnostics);
        }
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("db", out var db) && db.ValueKind == JsonValueKind.Array && db.GetArrayLength() > 0)
            root = db[0];
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            throw Refused(file, "it has no \"data\" object under \"db\"", diagnostics);
        var version = root.TryGetProperty("meta", out var meta) ? Str(meta, "version") : null;
        return new GhostExportFile(file, data, version);
    }

    private static InputException Refused(string file, string why, IDiagnosticSink diagnostics)
    {
        var diagnostic = GhostDiagnostics.NotAnExport(file, why);
        diagnostics.Report(diagnostic);
        return new InputException(diagnostic.Message);
    }

    public IEnumerable<SourceItem> Items()
    {
        var index = 0;
        foreach (var post in Rows("posts"))
        {
            index++;
            var id = Key(post, "id");
            var where = new SourceRef(_file, 0, id ?? "posts[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            SourceItem item;
            try
            {
                item = post.ValueKind == JsonValueKind.Object
                    ? Read(post, id, where)
                    : new UnreadableItem(where, "post", null, GhostDiagnostics.PostUnreadable(where, $"the entry is a {post.ValueKind}, not an object"));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                item = new UnreadableItem(where, Str(post, "type") ?? "post", Str(post, "title"), GhostDiagnostics.PostUnreadable(where, ex.Message));
            }
            yield return item;
        }
    }

    private ReadPost Read(JsonElement post, string? id, SourceRef where)
    {
        var diagnostics = new List<Diagnostic>();
        var type = Str(post, "type") is { Length: > 0 } t ? t : Truthy(post, "page") ? PostTypes.Page : PostTypes.Post;
        var statusWord = Str(post, "status") ?? "published";
        var visibility = Str(post, "visibility") ?? "public";
        var status = statusWord switch
        {
            "published" => PublicationStatus.Published,
            "scheduled" => PublicationStatus.Scheduled,
            "draft" or "sent" => PublicationStatus.Draft,
            _ => PublicationStatus.Unknown,
        };
        if (status == PublicationStatus.Unknown)
            diagnostics.Add(GhostDiagnostics.UnknownStatus(where, statusWord));
        if (visibility != "public" && status is PublicationStatus.Published or PublicationStatus.Scheduled)
        {
            status = PublicationStatus.Private;
            statusWord = $"{statusWord} (visibility {visibility})";
        }
        var slug = Str(post, "slug") ?? "";
        var date = Date(post, "published_at") ?? Date(post, "created_at");
        var extra = new List<KeyValuePair<string, object?>>();
        var meta = id is not null && _postsMeta.TryGetValue(id, out var m) ? m : post;
        foreach (var key in new[] { "meta_title", "meta_description", "og_title", "og_description", "og_image", "twitter_title", "twitter_description", "twitter_image", "feature_image_alt", "feature_image_caption", "email_subject" })
        {
            if (Str(meta, key) is { Length: > 0 } value)
                extra.Add(new(key, value));
        }
        foreach (var key in new[] { "canonical_url", "codeinjection_head", "codeinjection_foot", "custom_template", "uuid" })
        {
            if (Str(post, key) is { Length: > 0 } value)
                extra.Add(new(key, value));
        }
        if (visibility != "public")
            extra.Add(new("ghost_visibility", visibility));
        if (id is not null)
            extra.Add(new("ghost_id", id));

        var terms = new List<TermRef>();
        var internalTags = new List<object?>();
        foreach (var relation in id is null ? [] : _postsTags[id])
        {
            if (Key(relation, "tag_id") is not { } tagId || !_tags.TryGetValue(tagId, out var tag))
                continue;
            if (IsInternal(tag))
                internalTags.Add(Str(tag, "name"));
            else
                terms.Add(new TermRef(Taxonomies.Tag, Str(tag, "slug") ?? "", Str(tag, "name") ?? ""));
        }
        if (internalTags.Count > 0)
            extra.Add(new("ghost_internal_tags", internalTags));

        var author = (id is null ? null : _postsAuthors[id].Select(r => Key(r, "author_id")).FirstOrDefault(a => a is not null)) ?? Key(post, "author_id");
        return new ReadPost(new Post
        {
            Source = where,
            Id = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null,
            Type = type,
            Status = status,
            StatusWord = statusWord,
            Title = Str(post, "title") ?? "",
            Slug = slug,
            Date = date,
            Modified = Date(post, "updated_at"),
            Author = author is not null && _userSlugs.TryGetValue(author, out var login) ? login : author,
            Content = Body(post, where, extra, diagnostics),
            Excerpt = Str(post, "custom_excerpt") is { Length: > 0 } excerpt ? excerpt : null,
            Terms = terms,
            Sticky = Truthy(post, "featured"),
            FeaturedImage = Str(post, "feature_image") ?? Str(post, "image"),
            Link = Link(type, slug, date),
            Extra = extra,
        }, diagnostics);
    }

    /// <summary>The body: <c>html</c> when there is any; else rendered from the Lexical or mobiledoc document (GHO103); else Ghost 0.x's <c>markdown</c>.</summary>
    private static Body Body(JsonElement post, SourceRef where, List<KeyValuePair<string, object?>> extra, List<Diagnostic> diagnostics)
    {
        if (Str(post, "html") is { Length: > 0 } html)
            return new Body(html, BodyFormat.Html);
        foreach (var (field, render) in new (string, Func<string, GhostEditorHtml.Rendered>)[] { ("lexical", GhostEditorHtml.FromLexical), ("mobiledoc", GhostEditorHtml.FromMobiledoc) })
        {
            if (Str(post, field) is not { Length: > 0 } document)
                continue;
            var rendered = render(document);
            extra.Add(new("ghost_" + field, document));
            diagnostics.Add(GhostDiagnostics.BodyRendered(where, field, rendered.UnknownCards));
            return new Body(rendered.Html, BodyFormat.Html);
        }
        return Str(post, "markdown") is { Length: > 0 } markdown ? new Body(markdown, BodyFormat.Markdown) : new Body("", BodyFormat.Html);
    }

    /// <summary>
    /// The item's address on the Ghost site: <c>/{slug}/</c> for pages, and for posts the permalink setting (Ghost 0.x
    /// and 1.x kept one; later Ghost sets it in routes.yaml, which the export does not hold) with <c>:slug</c>,
    /// <c>:year</c>, <c>:month</c>, <c>:day</c>, <c>:id</c> filled in.
    /// </summary>
    private string Link(string type, string slug, DateTimeOffset? date)
    {
        if (type == PostTypes.Page || date is null)
            return "/" + Uri.EscapeDataString(slug) + "/";
        var d = date.Value;
        return _permalinks
            .Replace(":slug", Uri.EscapeDataString(slug), StringComparison.Ordinal)
            .Replace(":year", d.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":month", d.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(":day", d.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A Ghost date: an ISO 8601 string (Ghost 1 and later) or milliseconds since 1970 (Ghost 0.x), in the site's time zone when known.</summary>
    private DateTimeOffset? Date(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
            return null;
        DateTimeOffset? utc = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms),
            JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) => parsed,
            _ => null,
        };
        return utc is { } u && _zone is not null ? TimeZoneInfo.ConvertTime(u, _zone) : utc;
    }

    private List<JsonElement> Rows(string table) =>
        _data.TryGetProperty(table, out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];

    /// <summary>An internal tag (never shown to readers): visibility internal, or a name starting with <c>#</c>.</summary>
    private static bool IsInternal(JsonElement tag) =>
        Str(tag, "visibility") == "internal" || (Str(tag, "name")?.StartsWith('#') ?? false);

    /// <summary>An id as text: Ghost 1+ writes strings, Ghost 0.x numbers.</summary>
    private static string? Key(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    private static long Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : 0;

    private static bool Truthy(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n != 0));

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
