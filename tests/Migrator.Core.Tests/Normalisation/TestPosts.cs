using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>Small posts and a context that records diagnostics, for transform tests.</summary>
internal static class TestPosts
{
    public static Post WordPress(string content, long? id = 7, string title = "A title") => new()
    {
        Source = new SourceRef("export.xml", 10, id?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Id = id,
        Type = PostTypes.Post,
        Title = title,
        Slug = "a-title",
        Content = new Body(content, BodyFormat.WordPress),
    };

    public static Post Markdown(string content) => new()
    {
        Source = new SourceRef("_posts/2009-01-01-x.md", 1),
        Type = PostTypes.Post,
        Title = "X",
        Slug = "x",
        Content = new Body(content, BodyFormat.Markdown),
    };

    public static Post Html(string content) => Markdown(content) with { Content = new Body(content, BodyFormat.Html) };

    public static (TransformContext Context, DiagnosticBag Diagnostics) Context(Site? site = null)
    {
        var bag = new DiagnosticBag();
        return (new TransformContext(site ?? new Site(), bag), bag);
    }

    public static IReadOnlyList<string> Codes(this DiagnosticBag bag) => [.. bag.Items.Select(d => d.Code)];
}
