using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Ghost.Export;

/// <summary>
/// Writes Ghost's JSON import file (docs/ghost.md): posts and pages with their bodies as HTML, tags, authors as staff
/// users, and their relations, in <c>ghost-import.json</c>; <c>redirects.json</c> for Ghost's redirects, sending every
/// old address to the item's <c>/{slug}/</c>; the public comments, which Ghost does not import, in
/// <c>ghost-comments.json</c>.
/// </summary>
public sealed class GhostExporter(GhostExportOptions options) : IExporter
{
    public GhostExporter() : this(new GhostExportOptions())
    {
    }

    public GhostExportOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public string Name => "ghost";

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        return new GhostExportSession(site, output, new GhostPlanner(site, Options));
    }
}

/// <summary>
/// One Ghost export: plans in parallel; commits in order, giving an item whose slug an earlier item took the next free
/// <c>-2</c>, <c>-3</c>… (Ghost's importer drops a second item of one slug), and writing each post's JSON at once to a
/// temporary file, so a large site is never held in memory; at the end writes the import file (posts copied from
/// there, then tags, users and relations), the redirects and the comments.
/// </summary>
internal sealed class GhostExportSession : IExportSession, IDisposable
{
    public const string RedirectsFile = "redirects.json";
    public const string CommentsFile = "ghost-comments.json";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Site _site;
    private readonly OutputFolder _output;
    private readonly GhostPlanner _planner;
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, GhostTag Tag)> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _users = new(StringComparer.Ordinal);
    private readonly List<(string Post, string Tag, int Order)> _postsTags = [];
    private readonly List<(string Post, string User)> _postsAuthors = [];
    private readonly List<(string From, string To)> _redirects = [];
    private readonly Spool _posts = new();
    private readonly Spool _comments = new();
    private int _commentedItems;
    private int _commentCount;

    public GhostExportSession(Site site, OutputFolder output, GhostPlanner planner)
    {
        _site = site;
        _output = output;
        _planner = planner;
    }

    public ExportPlan Plan(Post post, IDiagnosticSink diagnostics) => _planner.Plan(post, diagnostics);

    public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (plan is not GhostWritePlan write)
            return plan;
        write = OwnSlug(write, diagnostics);
        _slugs[write.Slug] = write.Source?.ToString() ?? write.Title;
        var id = Id(1, _slugs.Count);
        var order = 0;
        foreach (var tag in write.Tags)
        {
            if (!_tags.TryGetValue(tag.Slug, out var known))
                _tags[tag.Slug] = known = (Id(2, _tags.Count + 1), tag);
            _postsTags.Add((id, known.Id, order++));
        }
        if (write.Author is { Length: > 0 } author)
        {
            if (!_users.TryGetValue(author, out var user))
                _users[author] = user = Id(3, _users.Count + 1);
            _postsAuthors.Add((id, user));
        }
        WritePost(_posts.Writer, id, write);
        if (write.GhostStatus != "draft")
        {
            var to = "/" + write.Slug + "/";
            foreach (var from in write.OldPaths.Where(p => !string.Equals(p, to, StringComparison.Ordinal)))
                _redirects.Add((from, to));
        }
        if (write.Comments is not null)
        {
            using var comments = JsonDocument.Parse(write.Comments);
            _comments.Writer.WriteStartObject();
            _comments.Writer.WriteString("post_slug", write.Slug);
            _comments.Writer.WriteString("post_title", write.Title);
            _comments.Writer.WritePropertyName("comments");
            comments.RootElement.GetProperty("comments").WriteTo(_comments.Writer);
            _comments.Writer.WriteEndObject();
            _commentedItems++;
            _commentCount += write.CommentsWritten;
        }
        return write;
    }

    /// <summary>The slug, numbered when an earlier item has it (GHO005).</summary>
    private GhostWritePlan OwnSlug(GhostWritePlan write, IDiagnosticSink diagnostics)
    {
        if (!_slugs.TryGetValue(write.Slug, out var owner))
            return write;
        var number = 2;
        while (_slugs.ContainsKey(Numbered(write.Slug, number)))
            number++;
        var used = Numbered(write.Slug, number);
        diagnostics.Report(GhostDiagnostics.SlugTaken(write.Source, write.Slug, owner, used));
        return write with { Slug = used, NewUrl = write.NewUrl is null ? null : _planner.Address(used) };
    }

    private static string Numbered(string slug, int number) => slug + "-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A 24-digit hexadecimal id, as Ghost's are; <paramref name="table"/> keeps posts, tags and users apart.</summary>
    private static string Id(int table, int number) =>
        table.ToString(CultureInfo.InvariantCulture) + number.ToString("x23", CultureInfo.InvariantCulture);

    private static void WritePost(Utf8JsonWriter json, string id, GhostWritePlan write)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("title", write.Title);
        json.WriteString("slug", write.Slug);
        json.WriteString("html", write.Html);
        json.WriteString("type", write.GhostType);
        json.WriteString("status", write.GhostStatus);
        json.WriteString("visibility", "public");
        json.WriteBoolean("featured", write.Featured);
        Optional(json, "feature_image", write.FeatureImage);
        Optional(json, "custom_excerpt", write.Excerpt);
        Optional(json, "canonical_url", write.CanonicalUrl);
        Optional(json, "meta_title", write.MetaTitle);
        Optional(json, "meta_description", write.MetaDescription);
        Date(json, "created_at", write.Created);
        Date(json, "updated_at", write.Updated);
        Date(json, "published_at", write.Published);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string key, string? value)
    {
        if (value is not null)
            json.WriteString(key, value);
    }

    /// <summary>Ghost's dates: UTC, ISO 8601 with milliseconds (<c>2020-01-02T09:00:00.000Z</c>).</summary>
    private static void Date(Utf8JsonWriter json, string key, DateTimeOffset? date)
    {
        if (date is { } d)
            json.WriteString(key, d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    public void Complete(IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            WriteImportFile(diagnostics);
            WriteRedirects();
            if (_commentCount > 0)
            {
                using var file = _output.OpenAtomic(CommentsFile);
                _comments.CopyArrayTo(file.Stream);
                file.Stream.WriteByte((byte)'\n');
                file.Commit();
                diagnostics.Report(GhostDiagnostics.CommentsBeside(_commentedItems, _commentCount, CommentsFile));
            }
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>
    /// <c>{"db": [{"meta": …, "data": {"posts": […], "tags": …}}]}</c>, written member by member: the posts are copied
    /// from their temporary file as they were written there.
    /// </summary>
    private void WriteImportFile(IDiagnosticSink diagnostics)
    {
        using var file = _output.OpenAtomic(GhostPlanner.ImportFile);
        var stream = file.Stream;
        Raw(stream, "{\"db\": [{\"meta\": ");
        Value(stream, json =>
        {
            json.WriteStartObject();
            if (SourceDateEpoch.FromEnvironment() is { } exported)
                json.WriteNumber("exported_on", exported.ToUnixTimeMilliseconds());
            json.WriteString("version", "6.0.0");
            json.WriteEndObject();
        });
        Raw(stream, ",\n\"data\": {\n\"posts\": ");
        _posts.CopyArrayTo(stream);
        Raw(stream, ",\n\"tags\": ");
        Value(stream, json => Array(json, _tags.Values, (id, tag) =>
        {
            json.WriteString("id", id);
            json.WriteString("name", tag.Name);
            json.WriteString("slug", tag.Slug);
            json.WriteString("visibility", tag.Name.StartsWith('#') ? "internal" : "public");
        }));
        Raw(stream, ",\n\"users\": ");
        Value(stream, json =>
        {
            json.WriteStartArray();
            foreach (var (login, id) in _users)
                WriteUser(json, id, login, diagnostics);
            json.WriteEndArray();
        });
        Raw(stream, ",\n\"posts_tags\": ");
        Value(stream, json => Array(json, _postsTags.Select(r => (r.Post, r.Tag, r.Order)), (post, tag, order) =>
        {
            json.WriteString("post_id", post);
            json.WriteString("tag_id", tag);
            json.WriteNumber("sort_order", order);
        }));
        Raw(stream, ",\n\"posts_authors\": ");
        Value(stream, json => Array(json, _postsAuthors, (post, user) =>
        {
            json.WriteString("post_id", post);
            json.WriteString("author_id", user);
            json.WriteNumber("sort_order", 0);
        }));
        Raw(stream, "\n}}]}\n");
        file.Commit();
    }

    private static void Raw(Stream stream, string text) => stream.Write(System.Text.Encoding.UTF8.GetBytes(text));

    private static void Value(Stream stream, Action<Utf8JsonWriter> write)
    {
        using var json = new Utf8JsonWriter(stream, Indented);
        write(json);
    }

    private static void Array<T1, T2>(Utf8JsonWriter json, IEnumerable<(T1, T2)> rows, Action<T1, T2> fields)
    {
        json.WriteStartArray();
        foreach (var (a, b) in rows)
        {
            json.WriteStartObject();
            fields(a, b);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Array<T1, T2, T3>(Utf8JsonWriter json, IEnumerable<(T1, T2, T3)> rows, Action<T1, T2, T3> fields)
    {
        json.WriteStartArray();
        foreach (var (a, b, c) in rows)
        {
            json.WriteStartObject();
            fields(a, b, c);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>
    /// A staff user for an author (docs/ghost.md#authors): the site's authors are its staff, not visitors
    /// (docs/privacy.md), so their e-mail address is written when the source has one; Ghost requires one, so an author
    /// without gets a placeholder at example.com (GHO003).
    /// </summary>
    private void WriteUser(Utf8JsonWriter json, string id, string login, IDiagnosticSink diagnostics)
    {
        var author = _site.Authors.FirstOrDefault(a => string.Equals(a.Login, login, StringComparison.Ordinal));
        var slug = GhostSlug.Of(login) is { Length: > 0 } s ? s : "author-" + id[^4..];
        var email = author?.Email is { } e && e.Contains('@', StringComparison.Ordinal) && !e.Any(char.IsWhiteSpace) ? e : null;
        if (email is null)
        {
            email = slug + "@example.com";
            diagnostics.Report(GhostDiagnostics.PlaceholderEmail(login, email));
        }
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", author?.DisplayName is { Length: > 0 } name ? name : login);
        json.WriteString("slug", slug);
        json.WriteString("email", email);
        json.WriteEndObject();
    }

    /// <summary>Ghost's <c>redirects.json</c>: each old path, as a pattern matching only itself (with or without its last slash), to <c>/{slug}/</c>.</summary>
    private void WriteRedirects()
    {
        if (_redirects.Count == 0)
            return;
        using var file = _output.OpenAtomic(RedirectsFile);
        using (var json = new Utf8JsonWriter(file.Stream, Indented))
        {
            json.WriteStartArray();
            foreach (var (from, to) in _redirects)
            {
                json.WriteStartObject();
                json.WriteString("from", "^" + RegexEscape(from.TrimEnd('/')) + "/?$");
                json.WriteString("to", to.Replace("$", "$$", StringComparison.Ordinal));
                json.WriteBoolean("permanent", true);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        file.Stream.WriteByte((byte)'\n');
        file.Commit();
    }

    /// <summary>A JavaScript regular expression matching <paramref name="text"/> literally.</summary>
    private static string RegexEscape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if ("\\^$.|?*+()[]{}".Contains(c, StringComparison.Ordinal))
                builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    public void Dispose()
    {
        _posts.Dispose();
        _comments.Dispose();
    }

    /// <summary>A JSON array's items written to a temporary file as they come, copied out as one array at the end.</summary>
    private sealed class Spool : IDisposable
    {
        private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        private Utf8JsonWriter? _writer;

        public Utf8JsonWriter Writer => _writer ??= Start();

        private Utf8JsonWriter Start()
        {
            var writer = new Utf8JsonWriter(_file, Indented);
            writer.WriteStartArray();
            return writer;
        }

        public void CopyArrayTo(Stream target)
        {
            Writer.WriteEndArray();
            Writer.Flush();
            _file.Position = 0;
            _file.CopyTo(target);
        }

        public void Dispose()
        {
            _writer?.Dispose();
            _file.Dispose();
        }
    }
}
