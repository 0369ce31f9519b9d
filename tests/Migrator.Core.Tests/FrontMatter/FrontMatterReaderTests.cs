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

    [Theory]
    [InlineData("--- \r\ntitle: A\r\n...\r\nBody\r\n", "title: A\n", "Body\n", 4)]
    [InlineData("---\n---\nBody", "", "Body", 3)]
    [InlineData("---", "", "", 2)]
    [InlineData("\uFEFFNo front matter\n", null, "No front matter\n", 1)]
    [InlineData("---\ntitle: never closed\n", null, "---\ntitle: never closed\n", 1)]
    public void Splitting_gives_the_YAML_unread_and_the_body_as_reading_does(string text, string? yaml, string body, int bodyLine)
    {
        var split = FrontMatterReader.Split(text);

        Assert.Equal((yaml, body, bodyLine), (split.Yaml, split.Body, split.BodyLine));
        var read = FrontMatterReader.Read(text);
        Assert.Equal((read.Body, read.BodyLine, read.HasFrontMatter), (split.Body, split.BodyLine, split.HasFrontMatter));
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

    [Theory]
    [InlineData("---\ntitle: x\ntags: [a, \n---\nbody")]
    [InlineData("---\ntags: [a, \n---\n")]
    [InlineData("---\ntags: {a: \n---\n")]
    [InlineData("---\n[a, \n---\n")]
    [InlineData("---\ntitle: a\ntags: [a, \ndate: 2020-01-01\n---\nbody")]
    [InlineData("---\ntags: [\ntags: b\n---\n")]
    public void An_unclosed_flow_collection_is_an_error_not_an_exception(string text)
    {
        var doc = FrontMatterReader.Read(text);
        Assert.NotNull(doc.Error);
        Assert.True(doc.Error!.Line >= 2);
    }

    [Fact]
    public void An_alias_bomb_is_an_error_before_it_grows()
    {
        // "Billion laughs": each anchor names a list of ten of the one before; expanded, it is 10^9 strings.
        var yaml = new System.Text.StringBuilder("---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        yaml.Append("---\nbody");
        var doc = FrontMatterReader.Read(yaml.ToString());
        Assert.NotNull(doc.Error);
        Assert.Contains("alias", doc.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(doc.Fields);
    }

    [Fact]
    public void Aliases_within_the_limit_are_read_as_copies()
    {
        var doc = FrontMatterReader.Read("---\nbase: &b [x, y]\nother: *b\n---\n");
        Assert.Null(doc.Error);
        Assert.Equal(["x", "y"], Assert.IsType<List<object?>>(doc.Fields[1].Value));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow()
    {
        var doc = FrontMatterReader.Read("---\na: " + new string('[', 100_000) + "\n---\n");
        Assert.NotNull(doc.Error);
        Assert.Contains("nest", doc.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_chained_deeper_than_the_limit_are_an_error_not_a_stack_overflow()
    {
        // Each anchor is a one-item list holding the one before: one level in the text, 20,000 levels expanded.
        var yaml = new System.Text.StringBuilder("---\na0: &a0 [x]\n");
        for (var i = 1; i < 20_000; i++)
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}]\n");
        var doc = FrontMatterReader.Read(yaml.Append("---\n").ToString());
        Assert.NotNull(doc.Error);
    }

    [Fact]
    public void Front_matter_larger_than_the_cap_is_an_error_that_says_so()
    {
        var doc = FrontMatterReader.Read("---\nbig: " + new string('x', FrontMatterReader.MaxFrontMatterChars + 1) + "\n---\nbody");
        Assert.NotNull(doc.Error);
        Assert.Contains("larger than", doc.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("body", doc.Body);
    }

    [Fact]
    public void Every_truncation_of_a_front_matter_is_read_or_an_error_never_an_exception()
    {
        const string full = "title: \"a\"\ntags: [a, b, {c: d}, 'e']\ncategories:\n  - x\n  - [y, z]\nmeta: {a: &x [1, 2], b: *x}\ne: |\n  lit\nf: >-\n  fold\n? complex\n: value\ng: &g {k: v}\nh:\n  <<: *g\n  j: 'it''s'\n";
        var thrown = new List<string>();
        for (var i = 0; i <= full.Length; i++)
        {
            foreach (var after in (string[])["", "\n", "\ndate: 2020-01-01\n"])
            {
                try
                {
                    FrontMatterReader.Read("---\n" + full[..i] + after + "\n---\nbody\n");
                }
                catch (Exception ex)
                {
                    thrown.Add($"{ex.GetType().Name} on <<{full[..i]}{after}>>");
                }
            }
        }
        Assert.Empty(thrown);
    }
}
