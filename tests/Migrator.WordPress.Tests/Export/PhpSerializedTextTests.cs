using Migrator.WordPress.Export;

namespace Migrator.WordPress.Tests.Export;

/// <summary>docs/wordpress-wxr.md#post-meta: s:N counts UTF-8 bytes, so changing a string inside serialized meta needs a recount.</summary>
public sealed class PhpSerializedTextTests
{
    [Theory]
    [InlineData("s:5:\"hello\";", "s:8:\"hello!é\";")]
    [InlineData("a:2:{s:5:\"width\";i:640;s:4:\"file\";s:6:\"héllo\";}", "a:2:{s:8:\"width!é\";i:640;s:7:\"file!é\";s:9:\"héllo!é\";}")]
    [InlineData("O:8:\"stdClass\":1:{s:1:\"a\";a:1:{i:0;N;}}", "O:8:\"stdClass\":1:{s:4:\"a!é\";a:1:{i:0;N;}}")]
    [InlineData("a:1:{i:0;b:1;}", "a:1:{i:0;b:1;}")]
    public void Strings_change_and_counts_follow_in_UTF8_bytes(string input, string expected)
    {
        Assert.Equal(expected, PhpSerializedText.Rewrite(input, s => s + "!é"));
    }

    [Fact]
    public void Removing_a_character_shortens_the_byte_count()
    {
        Assert.Equal("s:5:\"ab\né\";", PhpSerializedText.Rewrite("s:6:\"ab\r\né\";", s => s.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("s:5:\"héllo\";")]
    [InlineData("a:1:{s:1:\"k\";")]
    [InlineData("C:3:\"Foo\":0:{}")]
    [InlineData("plain text")]
    public void Values_that_do_not_parse_are_not_rewritten(string input)
    {
        Assert.Null(PhpSerializedText.Rewrite(input, s => s));
    }
}
