using Migrator.Hugo.Export;
using Tomlyn;
using Tomlyn.Model;

namespace Migrator.Hugo.Tests.Export;

/// <summary>TOML strings and keys are escaped per TOML, so any title survives (checked against Tomlyn's parser).</summary>
public sealed class TomlFrontMatterWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("line1\nline2\r\tend", "\"line1\\nline2\\r\\tend\"")]
    [InlineData("bell\u0007 del\u007F esc\u001B", "\"bell\\u0007 del\\u007F esc\\u001B\"")]
    [InlineData("+++", "\"+++\"")]
    [InlineData("日本 – café", "\"日本 – café\"")]
    public void Strings_are_basic_strings_with_every_control_character_escaped(string value, string expected)
    {
        Assert.Equal(expected, TomlFrontMatterWriter.Quote(value));
        var parsed = TomlSerializer.Deserialize<TomlTable>("v = " + expected + "\n")!;
        Assert.Equal(value, parsed["v"]);
    }

    [Fact]
    public void Keys_are_bare_when_toml_allows_and_quoted_otherwise()
    {
        var text = TomlFrontMatterWriter.Write([new("plain_key-1", 1L), new("with space", true), new("é", 1.5)]).Text;
        Assert.Equal("+++\nplain_key-1 = 1\n\"with space\" = true\n\"é\" = 1.5\n+++\n", text);
    }

    [Fact]
    public void Maps_become_tables_after_the_plain_keys_and_lists_of_maps_inline_tables()
    {
        List<KeyValuePair<string, object?>> fields =
        [
            new("meta", new List<KeyValuePair<string, object?>> { new("a", "1"), new("nested", new List<KeyValuePair<string, object?>> { new("b", 2L) }) }),
            new("title", "T"),
            new("items", new List<object?> { new List<KeyValuePair<string, object?>> { new("x", 1L) }, null }),
        ];
        var result = TomlFrontMatterWriter.Write(fields);
        Assert.Equal("+++\ntitle = \"T\"\nitems = [{ x = 1 }]\n[meta]\na = \"1\"\n[meta.nested]\nb = 2\n+++\n", result.Text);
        var parsed = TomlSerializer.Deserialize<TomlTable>(result.Text[4..^4])!;
        Assert.Equal(2L, ((TomlTable)((TomlTable)parsed["meta"])["nested"])["b"]);
    }
}
