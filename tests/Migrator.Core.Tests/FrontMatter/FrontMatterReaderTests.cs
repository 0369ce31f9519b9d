using Migrator.Core.FrontMatter;

namespace Migrator.Core.Tests.FrontMatter;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void A_file_without_a_dashes_line_has_no_front_matter()
    {
        var doc = FrontMatterReader.Read("Just text\n---\n");
        Assert.False(doc.HasFrontMatter);
        Assert.Equal("Just text\n---\n", doc.Body);
    }

    [Fact]
    public void Trailing_spaces_after_the_dashes_and_CRLF_are_accepted()
    {
        var doc = FrontMatterReader.Read("--- \r\nauthor : x\r\ntitle: 'A'\r\n---\r\nBody\r\n");
        Assert.Null(doc.Error);
        Assert.Equal(["author", "title"], doc.Fields.Select(f => f.Key));
        Assert.Equal("x", doc.Fields[0].Value);
        Assert.Equal("Body\n", doc.Body);
        Assert.Equal(5, doc.BodyLine);
    }

    [Fact]
    public void Plain_scalars_follow_yaml_1_1_and_quoted_ones_stay_strings()
    {
        var doc = FrontMatterReader.Read("---\na: yes\nb: 'yes'\nc: 42\nd: 2009/08/02 10:00\ne: 2010-08-20 00:00:00 Z\nf:\ng: 0000-00-00\nh: [1, x]\n---\n");
        var v = doc.Fields.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(true, v["a"]);
        Assert.Equal("yes", v["b"]);
        Assert.Equal(42L, v["c"]);
        Assert.Equal(new YamlTimestamp("2009/08/02 10:00"), v["d"]);
        Assert.Equal(new YamlTimestamp("2010-08-20 00:00:00 Z"), v["e"]);
        Assert.Null(v["f"]);
        Assert.Equal(new YamlTimestamp("0000-00-00"), v["g"]);
        Assert.Equal([1L, "x"], Assert.IsType<List<object?>>(v["h"]));
    }

    [Fact]
    public void Invalid_yaml_is_an_error_with_the_line_in_the_file()
    {
        var doc = FrontMatterReader.Read("---\nlayout: post\ntitle: Foo: bar\n---\nbody");
        Assert.NotNull(doc.Error);
        Assert.Equal(3, doc.Error!.Line);
        Assert.Equal("body", doc.Body);
    }

    [Fact]
    public void An_unclosed_front_matter_is_an_error()
    {
        var doc = FrontMatterReader.Read("---\ntitle: x\nno end");
        Assert.NotNull(doc.Error);
    }
}
