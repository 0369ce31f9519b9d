using Migrator.Core.Media;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>
/// The files that travel with a post (docs/media.md#files-beside-a-page): which references name them, how a body is
/// pointed at their copies (only the destination's characters change), where they go beside the page's address, and
/// that nothing outside the page's folder is read or outside the output folder written.
/// </summary>
public sealed class PageFilesTests
{
    private static readonly Dictionary<string, string> Copies = new(StringComparer.Ordinal)
    {
        ["cat.jpg"] = "/2022/05/cats/cat.jpg",
        ["images/net.png"] = "/2022/05/cats/images/net.png",
        ["old pier.png"] = "/2022/05/cats/old%20pier.png",
        ["tide table.pdf"] = "/2022/05/cats/tide%20table.pdf",
    };

    private static string Rewrite(string text, bool markdown) => PageFiles.Rewrite(text, markdown, p => Copies.GetValueOrDefault(p));

    [Theory]
    [InlineData("cat.jpg", "cat.jpg")]
    [InlineData("./cat.jpg", "cat.jpg")]
    [InlineData("images/net.png?v=2#top", "images/net.png")]
    [InlineData("old%20pier.png", "old pier.png")]
    [InlineData("images/./net.png", "images/net.png")]
    [InlineData("../other/cat.jpg", null)]
    [InlineData("images/../../cat.jpg", null)]
    [InlineData("images/%2e%2e/%2e%2e/cat.jpg", null)]
    [InlineData("a%2Fb.jpg", null)]
    [InlineData("/img/cat.jpg", null)]
    [InlineData("//cdn.example/cat.jpg", null)]
    [InlineData("https://example.com/cat.jpg", null)]
    [InlineData("mailto:me@example.com", null)]
    [InlineData("C:/Windows/cat.jpg", null)]
    [InlineData("#top", null)]
    [InlineData("images//net.png", null)]
    public void A_relative_url_names_a_file_of_the_pages_folder_and_nothing_outside_it(string url, string? path) =>
        Assert.Equal(path, PageFiles.PathOf(url));

    [Theory]
    [InlineData("cat.jpg", true)]
    [InlineData("images/deep/net.png", true)]
    [InlineData("old pier.png", true)]
    [InlineData("../cat.jpg", false)]
    [InlineData("images/../cat.jpg", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("./cat.jpg", false)]
    [InlineData("images\\..\\cat.jpg", false)]
    [InlineData("", false)]
    public void Only_a_relative_path_inside_the_folder_is_a_safe_resource_path(string path, bool safe) =>
        Assert.Equal(safe, PageFiles.SafePath(path) is not null);

    [Fact]
    public void Markdown_destinations_and_raw_html_are_pointed_at_the_copies_and_nothing_else_changes()
    {
        const string body = "A cat: ![cat](cat.jpg \"On the quay\") and ![pier](<old pier.png>), the [table](<tide table.pdf>).\n\n"
            + "<figure><img src=\"images/net.png\" alt=\"Nets\" srcset=\"cat.jpg 1x, images/net.png 2x\"></figure>\n\n"
            + "[ref]: ./cat.jpg#face\n\n"
            + "Kept: ![dog](dog.jpg) ![abs](/img/cat.jpg) [up](../cat.jpg) `![code](cat.jpg)`\n\n"
            + "    ![indented code](cat.jpg)\n";

        var rewritten = Rewrite(body, markdown: true);

        Assert.Equal(
            "A cat: ![cat](/2022/05/cats/cat.jpg \"On the quay\") and ![pier](/2022/05/cats/old%20pier.png), the [table](/2022/05/cats/tide%20table.pdf).\n\n"
            + "<figure><img src=\"/2022/05/cats/images/net.png\" alt=\"Nets\" srcset=\"/2022/05/cats/cat.jpg 1x, /2022/05/cats/images/net.png 2x\"></figure>\n\n"
            + "[ref]: /2022/05/cats/cat.jpg#face\n\n"
            + "Kept: ![dog](dog.jpg) ![abs](/img/cat.jpg) [up](../cat.jpg) `![code](cat.jpg)`\n\n"
            + "    ![indented code](cat.jpg)\n",
            rewritten);
    }

    [Fact]
    public void Html_src_href_and_srcset_are_pointed_at_the_copies()
    {
        const string body = "<p><img src='cat.jpg' srcset=\"images/net.png 2x\"><a href=\"old%20pier.png\">pier</a> <a href=\"other/\">next</a></p>";

        Assert.Equal(
            "<p><img src='/2022/05/cats/cat.jpg' srcset=\"/2022/05/cats/images/net.png 2x\"><a href=\"/2022/05/cats/old%20pier.png\">pier</a> <a href=\"other/\">next</a></p>",
            Rewrite(body, markdown: false));
    }

    [Fact]
    public void References_lists_each_file_once_with_whether_it_is_a_link()
    {
        var found = PageFiles.References("![a](cat.jpg) [b](cat.jpg) [c](files/plan.pdf) <img src=\"images/net.png\"> ![d](/abs.jpg)", markdown: true);

        Assert.Equal([new PageFileReference("cat.jpg", false), new PageFileReference("files/plan.pdf", true), new PageFileReference("images/net.png", false)], found);
    }

    [Theory]
    [InlineData("https://example.com/2022/05/cats/", "2022/05/cats")]
    [InlineData("/2022/05/cats/", "2022/05/cats")]
    [InlineData("/posts/cats.html", "posts/cats")]
    [InlineData("/posts/cats", "posts/cats")]
    [InlineData("/", "")]
    [InlineData("/caf%C3%A9/", "café")]
    [InlineData("/a/../../b/", "a/b")]
    [InlineData(null, null)]
    public void The_folder_beside_a_page_is_its_addresss_path_made_safe(string? link, string? folder) =>
        Assert.Equal(folder, PageFiles.FolderOf(link));

    [Fact]
    public async Task A_file_is_copied_atomically_and_its_bytes_are_kept()
    {
        using var source = Corpus.NewTempFolder();
        using var output = Corpus.NewTempFolder();
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 255 };
        Directory.CreateDirectory(source.Combine("cats", "images"));
        File.WriteAllBytes(source.Combine("cats", "images", "net.png"), bytes);

        var copied = await PageFiles.CopyAsync(new PageResource("images/net.png", source.Combine("cats", "images", "net.png")),
            new OutputFolder(output.Path), "static/2022/05/cats/images/net.png", TestContext.Current.CancellationToken);

        Assert.Equal(bytes.Length, copied);
        Assert.Equal(bytes, File.ReadAllBytes(output.Combine("static", "2022", "05", "cats", "images", "net.png")));
        Assert.Equal(["net.png"], Directory.GetFiles(output.Combine("static", "2022", "05", "cats", "images")).Select(Path.GetFileName));
        Assert.Equal(bytes, File.ReadAllBytes(source.Combine("cats", "images", "net.png")));
    }

    [Theory]
    [InlineData("../secret.jpg", "cats/../secret.jpg")]
    [InlineData("/etc/secret.jpg", "secret.jpg")]
    [InlineData("cat.jpg", "secret.jpg")]
    public async Task A_resource_that_names_a_file_outside_its_folder_is_not_read(string path, string file)
    {
        using var source = Corpus.NewTempFolder();
        using var output = Corpus.NewTempFolder();
        Directory.CreateDirectory(source.Combine("cats"));
        File.WriteAllText(source.Combine("secret.jpg"), "secret");

        await Assert.ThrowsAsync<IOException>(() => PageFiles.CopyAsync(new PageResource(path, source.Combine(file.Split('/'))),
            new OutputFolder(output.Path), "out.jpg", TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public async Task A_symbolic_link_in_the_pages_folder_is_not_followed()
    {
        using var source = Corpus.NewTempFolder();
        using var output = Corpus.NewTempFolder();
        File.WriteAllText(source.Combine("secret.jpg"), "secret");
        Directory.CreateDirectory(source.Combine("cats"));
        File.CreateSymbolicLink(source.Combine("cats", "cat.jpg"), source.Combine("secret.jpg"));
        Directory.CreateSymbolicLink(source.Combine("cats", "images"), source.Path);

        await Assert.ThrowsAsync<IOException>(() => PageFiles.CopyAsync(new PageResource("cat.jpg", source.Combine("cats", "cat.jpg")),
            new OutputFolder(output.Path), "cat.jpg", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<IOException>(() => PageFiles.CopyAsync(new PageResource("images/secret.jpg", source.Combine("cats", "images", "secret.jpg")),
            new OutputFolder(output.Path), "secret.jpg", TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Theory]
    [InlineData("../escape.jpg")]
    [InlineData("/escape.jpg")]
    [InlineData("a/../../escape.jpg")]
    public async Task A_copy_is_never_written_outside_the_output_folder(string outputPath)
    {
        using var source = Corpus.NewTempFolder();
        using var output = Corpus.NewTempFolder();
        File.WriteAllText(source.Combine("cat.jpg"), "cat");

        await Assert.ThrowsAsync<UnsafePathException>(() => PageFiles.CopyAsync(new PageResource("cat.jpg", source.Combine("cat.jpg")),
            new OutputFolder(output.Path), outputPath, TestContext.Current.CancellationToken));
    }
}
