using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Hugo.Export;

namespace Migrator.Hugo.Tests;

/// <summary>Runs the Hugo exporter over posts into a folder, the way the pipeline does (plan, commit in order, complete).</summary>
internal sealed record ExportRun(string Folder, IReadOnlyList<ExportPlan> Plans, DiagnosticBag Diagnostics)
{
    public static ExportRun Into(string folder, Site site, IEnumerable<Post> posts, HugoExportOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var session = new HugoExporter(options ?? new HugoExportOptions()).Begin(site, new OutputFolder(folder), diagnostics);
        var plans = new List<ExportPlan>();
        foreach (var post in posts)
            plans.Add(session.Commit(session.Plan(post, diagnostics), diagnostics));
        session.Complete(diagnostics);
        return new ExportRun(folder, plans, diagnostics);
    }

    /// <summary>Plans one post without writing anything.</summary>
    public static (ExportPlan Plan, DiagnosticBag Diagnostics) PlanOnly(Post post, HugoExportOptions? options = null, Site? site = null)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Path.Combine(Path.GetTempPath(), "never-written");
        var session = new HugoExporter(options ?? new HugoExportOptions()).Begin(site ?? Sites.Example, new OutputFolder(folder, dryRun: true), diagnostics);
        return (session.Plan(post, diagnostics), diagnostics);
    }

    /// <summary>The text of the planned main file.</summary>
    public static string MainFile(ExportPlan plan) =>
        plan is WritePlan w ? w.Files[0].Content : throw new InvalidOperationException($"not written: {plan}");

    public string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    public IEnumerable<string> Codes => Diagnostics.Items.Select(d => d.Code);
}

/// <summary>Small models for the tests.</summary>
internal static class Sites
{
    public static Site Example { get; } = new() { Title = "Example Blog", Url = "http://example.com", Language = "en-US" };
}

internal static class Posts
{
    public static readonly TimeSpan Plus1 = TimeSpan.FromHours(1);

    public static Post Classic(string slug = "hello-world", string title = "Hello World", string? link = null) => new()
    {
        Source = new SourceRef("export.xml", 10, "12"),
        Id = 12,
        Type = PostTypes.Post,
        Title = title,
        Slug = slug,
        Date = new DateTimeOffset(2020, 1, 2, 10, 0, 0, Plus1),
        Link = link ?? $"http://example.com/2020/01/02/{slug}/",
        Content = new Body("<p>Hello.</p>\n", BodyFormat.Html),
    };
}
