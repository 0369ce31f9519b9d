using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Jekyll.Export;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Export;

/// <summary>Test posts shaped like what the normaliser hands the exporter (finished HTML bodies, decoded titles).</summary>
internal static class TestPosts
{
    public static readonly TimeSpan Berlin = TimeSpan.FromHours(1);

    public static Site Site(string? url = "http://example.com") => new()
    {
        Title = "Example Blog",
        Url = url,
        Authors = [new Author("ann") { DisplayName = "Ann Smith" }],
    };

    public static Post Post(long id, string slug, string title = "A post", string html = "<p>Hello.</p>\n") => new()
    {
        Source = new SourceRef("export.xml", (int)id * 10, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Id = id,
        Type = "post",
        Status = PublicationStatus.Published,
        StatusWord = "publish",
        Title = title,
        Slug = slug,
        Date = new DateTimeOffset(2020, 1, 2, 10, 0, 0, Berlin),
        Author = "ann",
        Content = new Body(html, BodyFormat.Html),
        Guid = $"http://example.com/?p={id}",
        Link = $"http://example.com/2020/01/02/{Uri.EscapeDataString(slug)}/",
    };

    public static Post Page(long id, string slug, string link, string title = "A page") => Post(id, slug, title) with
    {
        Type = "page",
        Link = link,
        Guid = $"http://example.com/?page_id={id}",
    };

    public static Post Draft(long id, string slug, string title = "A draft") => Post(id, slug, title) with
    {
        Status = PublicationStatus.Draft,
        StatusWord = "draft",
        Link = $"http://example.com/?p={id}",
        DateIsFloating = true,
    };
}

/// <summary>Runs the Jekyll exporter over posts into a temporary folder, the way the pipeline runner does.</summary>
internal sealed class ExportRun : IDisposable
{
    private readonly TempFolder _temp = Corpus.NewTempFolder();

    public ExportRun(IEnumerable<Post> posts, Site? site = null, JekyllExportOptions? options = null)
    {
        var exporter = new JekyllExporter(options ?? new JekyllExportOptions(BodyMode.Html));
        var session = exporter.Begin(site ?? TestPosts.Site(), new OutputFolder(_temp.Path), Diagnostics);
        var plans = new List<ExportPlan>();
        foreach (var post in posts)
            plans.Add(session.Commit(session.Plan(post, Diagnostics), Diagnostics));
        session.Complete(Diagnostics);
        Plans = plans;
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyList<ExportPlan> Plans { get; }

    public string Root => _temp.Path;

    public JekyllWritePlan Written(int index) => Assert.IsType<JekyllWritePlan>(Plans[index]);

    /// <summary>The text of a written file, by its path relative to the output folder (with <c>/</c>).</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(_temp.Path, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(_temp.Path, relativePath));

    /// <summary>Every file under the output folder, relative, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.GetFiles(_temp.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)];

    public IReadOnlyList<string> Codes => [.. Diagnostics.Items.Select(d => d.Code)];

    public void Dispose() => _temp.Dispose();

    public static ExportRun Of(params Post[] posts) => new(posts);
}
