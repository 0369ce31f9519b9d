using Migrator.Core.Media;

namespace Migrator.Cli.Tests;

/// <summary>The live progress line: items, and with media options the files and bytes copied so far; nothing in a pipe.</summary>
public sealed class ConsoleProgressTests
{
    [Fact]
    public void The_line_names_items_media_files_and_bytes()
    {
        Assert.Equal("1,204 items · 14 of 40 media files, 3.2 MB · export.xml",
            ConsoleProgress.Describe(1204, "/data/export.xml", new MediaProgress(14, 40, 3_249_000)));
        Assert.Equal("3 items", ConsoleProgress.Describe(3, "", null));
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(999, "999 B")]
    [InlineData(1000, "1.0 kB")]
    [InlineData(14_020_000, "14.0 MB")]
    [InlineData(1_100_000_000, "1.1 GB")]
    public void Sizes_are_written_for_people(long bytes, string text) => Assert.Equal(text, ConsoleProgress.Size(bytes));

    [Fact]
    public void Nothing_is_shown_when_not_asked_for()
    {
        var progress = new ConsoleProgress(interactive: false);

        Assert.False(progress.Shown);
        Assert.Null(progress.Media);
    }
}
