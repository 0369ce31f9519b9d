using Migrator.Core.Model;
using Migrator.Testing;

namespace Migrator.WordPress.Tests.Export;

/// <summary>The canonical dump the round-trip tests compare (Migrator.Testing has no test project of its own).</summary>
public sealed class ModelDumpTests
{
    private static Post Sample() => new()
    {
        Source = new SourceRef("a.xml", 3, "7"),
        Type = PostTypes.Post,
        Id = 7,
        Title = "Tab\there\u00A0and\u200Bzero-width \"quoted\"",
        Date = new DateTimeOffset(2020, 1, 2, 10, 0, 0, TimeSpan.FromHours(-5)),
        Meta = [new("b", "1"), new("a", "2")],
        Comments = [new Comment { Id = 2, ParentId = 1, Author = "Bob" }],
        Thread = new ThreadIdentity(["9"], "7 http://x/?p=7", null),
        Extra = [new("tags", new List<object?> { "x", 1, true }), new("map", new Dictionary<string, object?> { ["k"] = null })],
    };

    [Fact]
    public void Dump_shows_invisible_characters_dates_with_offset_and_keeps_list_order()
    {
        var dump = ModelDump.Of(Sample());
        Assert.Contains("  Title \"Tab\\there\\u00A0and\\u200Bzero-width \\\"quoted\\\"\"\n", dump, StringComparison.Ordinal);
        Assert.Contains("  Date 2020-01-02T10:00:00-05:00\n", dump, StringComparison.Ordinal);
        Assert.Contains("  Meta \"b\" = \"1\"\n  Meta \"a\" = \"2\"\n", dump, StringComparison.Ordinal);
        Assert.Contains("  Comment 2 parent 1\n", dump, StringComparison.Ordinal);
        Assert.Contains("  Thread identifier \"7 http://x/?p=7\" url null\n    ThreadId \"9\"\n", dump, StringComparison.Ordinal);
        Assert.Contains("  Extra \"tags\" = [\"x\", 1, true]\n  Extra \"map\" = {\"k\": null}\n", dump, StringComparison.Ordinal);
        Assert.Contains("  Source \"a.xml\" line 3 item \"7\"\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_is_deterministic_and_differs_when_any_field_differs()
    {
        var post = Sample();
        Assert.Equal(ModelDump.Of(post), ModelDump.Of(post with { }));
        Assert.NotEqual(ModelDump.Of(post), ModelDump.Of(post with { Meta = [new("a", "2"), new("b", "1")] }));
        Assert.NotEqual(ModelDump.Of(post), ModelDump.Of(post with { Comments = [new Comment { Id = 2, ParentId = 1, Author = "Bob", AuthorIp = "1.2.3.4" }] }));
        Assert.NotEqual(ModelDump.Of(post), ModelDump.Of(post with { Date = post.Date!.Value.ToOffset(TimeSpan.Zero) }));
    }

    [Fact]
    public void Excluded_fields_and_sources_are_left_out()
    {
        var options = new ModelDump.Options { IncludeSource = false, Excluded = new HashSet<string>(StringComparer.Ordinal) { "Post.Title", "Post.Meta" } };
        var dump = ModelDump.Of(Sample(), options);
        Assert.DoesNotContain("Title", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("Meta", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("Source", dump, StringComparison.Ordinal);
        Assert.Contains("Date", dump, StringComparison.Ordinal);
    }
}
