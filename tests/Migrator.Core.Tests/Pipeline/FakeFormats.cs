using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Tests.Pipeline;

/// <summary>An importer that yields the items it was given.</summary>
internal sealed class ListImporter(params SourceItem[] items) : IImporter
{
    public string Name => "list";
    public bool CanRead(string path) => true;
    public ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics) =>
        new(new Site { Title = "Test" }, items);
}

/// <summary>An exporter that writes each post's title to <c>slug.txt</c> and skips drafts.</summary>
internal sealed class TextExporter : IExporter
{
    public string Name => "text";

    /// <summary>Called at the start of each plan (to make an item slow, for example).</summary>
    public Action<Post>? OnPlan { get; init; }

    public IExportSession Begin(Site site, OutputFolder output, IDiagnosticSink diagnostics) => new Session(output, OnPlan);

    private sealed class Session(OutputFolder output, Action<Post>? onPlan) : IExportSession
    {
        public ExportPlan Plan(Post post, IDiagnosticSink diagnostics)
        {
            onPlan?.Invoke(post);
            if (post.Status == PublicationStatus.Draft)
                return new SkipPlan("draft");
            if (post.Title == "boom")
                throw new InvalidOperationException("planned failure");
            var path = post.Slug + ".txt";
            return new WritePlan(path, "/" + post.Slug + "/") { Files = [new OutputFile(path, post.Title)] };
        }

        public ExportPlan Commit(ExportPlan plan, IDiagnosticSink diagnostics)
        {
            foreach (var file in ((WritePlan)plan).Files)
                output.WriteText(file.RelativePath, file.Content);
            return plan;
        }

        public void Complete(IDiagnosticSink diagnostics) => output.WriteText("site.txt", "done");
    }
}

internal static class Items
{
    public static ReadPost Post(int id, string title, PublicationStatus status = PublicationStatus.Published) =>
        new(new Post
        {
            Source = new SourceRef("in.xml", id * 10, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Id = id,
            Type = PostTypes.Post,
            Title = title,
            Slug = "p" + id,
            Status = status,
            StatusWord = status.ToString().ToLowerInvariant(),
        }, []);
}
