using Migrator.Core.Output;

namespace Migrator.Core.Tests.Output;

/// <summary>A taken path gets -2, -3… as WordPress numbers a taken slug: before the extension, or on an index's folder.</summary>
public sealed class ConflictSuffixTests
{
    [Theory]
    [InlineData("a/b.md", 1, false, "a/b.md")]
    [InlineData("a/b.md", 2, false, "a/b-2.md")]
    [InlineData("b", 3, false, "b-3")]
    [InlineData("a/b.tar.gz", 2, false, "a/b.tar-2.gz")]
    [InlineData("a/.hidden", 2, false, "a/.hidden-2")]
    [InlineData("posts/b/index.md", 2, true, "posts/b-2/index.md")]
    [InlineData("posts/v1.2/index.md", 2, true, "posts/v1.2-2/index.md")]
    [InlineData("index.md", 2, true, "index-2.md")]
    public void The_number_goes_before_the_extension_or_on_the_folder(string path, int number, bool onFolder, string expected) =>
        Assert.Equal(expected, ConflictSuffix.Apply(path, number, onFolder));
}
