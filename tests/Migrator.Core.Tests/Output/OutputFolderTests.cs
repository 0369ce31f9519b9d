using Migrator.Core.Output;
using Migrator.Testing;

namespace Migrator.Core.Tests.Output;

public sealed class OutputFolderTests
{
    [Theory]
    [InlineData("../x.md")]
    [InlineData("a/../../x.md")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.md")]
    [InlineData("")]
    public void Paths_that_leave_the_folder_are_refused(string path)
    {
        using var temp = Corpus.NewTempFolder();
        var output = new OutputFolder(temp.Path);
        Assert.Null(output.Resolve(path));
        Assert.Throws<UnsafePathException>(() => output.WriteText(path, "x"));
    }

    [Fact]
    public void Writes_land_inside_the_folder_and_leave_no_temporary_file()
    {
        using var temp = Corpus.NewTempFolder();
        var output = new OutputFolder(temp.Path);
        output.WriteText("_posts/2020-01-01-a.md", "body é");
        Assert.Equal("body é", File.ReadAllText(temp.Combine("_posts", "2020-01-01-a.md")));
        Assert.Single(Directory.GetFiles(temp.Combine("_posts")));
        Assert.True(output.WasWritten("_posts/2020-01-01-a.md"));
        Assert.True(output.WasWritten("_posts\\2020-01-01-a.md"));
        Assert.False(output.WasWritten("_posts/2020-01-01-A.md"));
    }

    [Fact]
    public void Dry_run_records_but_writes_nothing()
    {
        using var temp = Corpus.NewTempFolder();
        var output = new OutputFolder(temp.Combine("out"), dryRun: true);
        output.WriteText("a.md", "x");
        Assert.False(Directory.Exists(temp.Combine("out")));
        Assert.True(output.WasWritten("a.md"));
        Assert.False(output.WasWritten("b.md"));
    }

    [Fact]
    public void An_atomic_file_appears_only_when_committed()
    {
        using var temp = Corpus.NewTempFolder();
        var output = new OutputFolder(temp.Path);
        using (var file = output.OpenAtomic("big.xml"))
        {
            file.Stream.WriteByte(65);
            Assert.False(File.Exists(temp.Combine("big.xml")));
        }
        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
