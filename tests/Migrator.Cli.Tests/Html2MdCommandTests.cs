namespace Migrator.Cli.Tests;

public sealed class Html2MdCommandTests
{
    [Fact]
    public void Standard_input_to_markdown_on_standard_output()
    {
        var result = CliRun.RunWithInput("<p>Hello <em>world</em></p>", "html2md");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Hello *world*\n", result.Stdout);
    }

    [Fact]
    public void A_missing_file_exits_with_2()
    {
        var result = CliRun.Run("html2md", "no-such-file.html");
        Assert.Equal(2, result.ExitCode);
    }
}
