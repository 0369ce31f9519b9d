using System.Xml;
using System.Xml.Linq;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Export;

namespace Migrator.WordPress.Tests.Export;

/// <summary>Runs the WXR exporter on a site and posts in a temporary folder and reads the result back with plain XML APIs.</summary>
internal sealed class WxrExportKit : IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    public static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Excerpt = "http://wordpress.org/export/1.2/excerpt/";

    private readonly TempFolder _temp = Corpus.NewTempFolder();

    public DiagnosticBag Diagnostics { get; } = new();
    public List<ExportPlan> Committed { get; } = [];

    public string Folder => _temp.Path;

    public static Site SiteNamed(string title = "Example Blog") => new()
    {
        Title = title,
        Url = "https://example.com",
        BaseSiteUrl = "https://example.com",
        Language = "en-US",
        Authors = [new Author("ann") { Id = 1, Email = "ann@example.com", DisplayName = "Ann Smith" }],
    };

    public static Post NewPost(string slug, string title = "A title", string body = "<p>Body</p>", long? id = null) => new()
    {
        Source = new SourceRef("input.xml", 1, slug),
        Type = PostTypes.Post,
        Id = id,
        Title = title,
        Slug = slug,
        Author = "ann",
        Date = new DateTimeOffset(2020, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)),
        Content = new Body(body, BodyFormat.Html),
    };

    /// <summary>The items of most tests come from a WordPress export: a re-export, which keeps their post types.</summary>
    public static readonly WxrExportOptions WordPressToWordPress = new() { ReExport = true, ExportDate = Today };

    /// <summary>Exports and returns the written files (relative names, sorted). Options default to <see cref="WordPressToWordPress"/>.</summary>
    public IReadOnlyList<string> Export(Site site, IEnumerable<Post> posts, WxrExportOptions? options = null)
    {
        var exporter = new WxrExporter(options ?? WordPressToWordPress);
        var session = exporter.Begin(site, new OutputFolder(Folder), Diagnostics);
        foreach (var post in posts)
            Committed.Add(session.Commit(session.Plan(post, Diagnostics), Diagnostics));
        session.Complete(Diagnostics);
        return [.. Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
    }

    public string Text(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>Parses a written file with a strict reader (no DTD, checked characters).</summary>
    public XDocument Parse(string fileName)
    {
        using var reader = XmlReader.Create(Path.Combine(Folder, fileName), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    /// <summary>Exports a single file and returns its items.</summary>
    public IReadOnlyList<XElement> Items(Site site, params Post[] posts) => Items(site, WordPressToWordPress, posts);

    /// <summary>Exports a single file with <paramref name="options"/> and returns its items.</summary>
    public IReadOnlyList<XElement> Items(Site site, WxrExportOptions options, params Post[] posts)
    {
        var files = Export(site, posts, options);
        Assert.Single(files);
        return [.. Parse(files[0]).Root!.Element("channel")!.Elements("item")];
    }

    public IReadOnlyList<string> Codes => [.. Diagnostics.Items.Select(d => d.Code)];

    public void Dispose() => _temp.Dispose();
}
