using Migrator.Core.FrontMatter;

namespace Migrator.Core.Tests.FrontMatter;

public sealed class FrontMatterWriterTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("@handle says hi")]
    [InlineData("Foo: bar")]
    [InlineData("---")]
    [InlineData("2020-01-01")]
    [InlineData("1e3")]
    [InlineData("# not a comment")]
    [InlineData("\"quoted\" and 'single'")]
    [InlineData("line one\nline two")]
    [InlineData("tab\there, backslash \\ and nbsp\u00a0!")]
    [InlineData("日本語のタイトル")]
    [InlineData("{% raw %} {{ liquid }}")]
    [InlineData("")]
    public void Any_title_reads_back_as_the_same_string(string title)
    {
        var yaml = FrontMatterWriter.Write([new("title", title)]);
        var doc = FrontMatterReader.Read(yaml + "body");
        Assert.Null(doc.Error);
        Assert.Equal(title, Assert.IsType<string>(doc.Fields.Single().Value));
        Assert.Equal("body", doc.Body);
    }

    [Fact]
    public void Strings_are_double_quoted_lists_are_block_sequences_and_dates_carry_their_offset()
    {
        var date = new DateTimeOffset(2020, 7, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var yaml = FrontMatterWriter.Write(
        [
            new("layout", "post"),
            new("date", date),
            new("published", false),
            new("wordpress_id", 87L),
            new("categories", new[] { "Social Networking", "News" }),
            new("tags", Array.Empty<string>()),
        ]);
        Assert.Equal(
            "---\nlayout: \"post\"\ndate: 2020-07-01 12:00:00 +02:00\npublished: false\nwordpress_id: 87\n" +
            "categories:\n  - \"Social Networking\"\n  - \"News\"\ntags: []\n---\n",
            yaml);
    }

    [Fact]
    public void Maps_nest_and_keep_their_order()
    {
        var yaml = FrontMatterWriter.WriteYaml([new("meta", new List<KeyValuePair<string, object?>> { new("b", "1"), new("a", null) })]);
        Assert.Equal("meta:\n  b: \"1\"\n  a: null\n", yaml);
    }
}
