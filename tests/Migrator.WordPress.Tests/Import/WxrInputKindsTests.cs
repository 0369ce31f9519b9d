using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Import;
using static Migrator.WordPress.Tests.Import.WxrSamples;

namespace Migrator.WordPress.Tests.Import;

/// <summary>
/// Exports as users have them: a WordPress.com <c>.zip</c> of one split export, a <c>.xml.gz</c>, standard input
/// (<c>-</c>) and a named pipe. Each is read directly, streaming, and named in messages as the user would name it.
/// </summary>
public sealed class WxrInputKindsTests
{
    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(Utf8(text));
        return buffer.ToArray();
    }

    private static string Zip(TempFolder temp, string name, params (string Entry, string Text)[] entries)
    {
        var path = temp.Combine(name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            using var stream = archive.CreateEntry(entry).Open();
            stream.Write(Utf8(text));
        }
        return path;
    }

    [Fact]
    public void A_gzipped_export_is_read_directly_and_named_as_given()
    {
        using var temp = Corpus.NewTempFolder();
        var path = temp.Combine("blog.xml.gz");
        File.WriteAllBytes(path, Gzip(Document(Item(1) + Item(2))));
        Assert.True(new WxrImporter().CanRead(path));
        var read = ReadFiles([path]);
        Assert.Equal([1L, 2L], read.Posts.Select(p => p.Id!.Value));
        Assert.All(read.Items, i => Assert.Equal(path, i.Source.File));
    }

    [Fact]
    public void A_zip_of_a_split_export_is_one_site_read_entry_by_entry_in_name_order()
    {
        using var temp = Corpus.NewTempFolder();
        var path = Zip(temp, "export.zip",
            ("site.wordpress.2024-01-01.001.xml", Document(Item(3))),
            ("readme.txt", "not an export"),
            ("site.wordpress.2024-01-01.000.xml", Document(Item(1) + Item(2))));
        Assert.True(new WxrImporter().CanRead(path));
        var read = ReadFiles([path]);
        Assert.Equal([1L, 2L, 3L], read.Posts.Select(p => p.Id!.Value));
        Assert.Equal(
            [path + "!site.wordpress.2024-01-01.000.xml", path + "!site.wordpress.2024-01-01.000.xml", path + "!site.wordpress.2024-01-01.001.xml"],
            read.Items.Select(i => i.Source.File));
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void A_damaged_zip_entry_is_resynchronised_and_named_in_the_damage()
    {
        using var temp = Corpus.NewTempFolder();
        var path = Zip(temp, "export.zip", ("site.000.xml", Document(Item(1) + "<item></oops>\n" + Item(2))));
        var read = ReadFiles([path]);
        Assert.Equal([1L, 2L], read.Posts.Select(p => p.Id!.Value));
        Assert.Contains("export.zip!site.000.xml", Assert.Single(read.Items.OfType<InputDamaged>()).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_an_export_is_not_recognised_and_is_refused_with_its_name()
    {
        using var temp = Corpus.NewTempFolder();
        var path = Zip(temp, "photos.zip", ("a.txt", "hello"), ("b.xml", "<html/>"));
        Assert.False(new WxrImporter().CanRead(path));
        var ex = Assert.Throws<InputException>(() => ReadFiles([path]));
        Assert.Contains("photos.zip", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_as_dash_and_its_spool_file_is_removed_after_the_items()
    {
        using var temp = Corpus.NewTempFolder();
        var spool = Directory.CreateDirectory(temp.Combine("spool")).FullName;
        var importer = new WxrImporter(new WxrImportOptions { SpoolFolder = spool }, () => new MemoryStream(Gzip(Document(Item(1) + Item(2)))));
        var imported = importer.Open(["-"], new DiagnosticBag());
        Assert.NotEmpty(Directory.GetFiles(spool));
        var items = imported.Items.ToList();
        Assert.Equal(["-", "-"], items.Select(i => i.Source.File));
        Assert.Equal(2, items.OfType<ReadPost>().Count());
        Assert.Empty(Directory.GetFiles(spool));
        Assert.True(importer.CanRead("-"));
    }

    [Fact]
    public async Task A_named_pipe_is_read_like_a_file()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes are a Unix thing");
        using var temp = Corpus.NewTempFolder();
        var fifo = temp.Combine("export.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        // Opening a pipe to write waits for its reader: the writer runs on its own thread.
        var writer = Task.Run(() => File.WriteAllText(fifo, Document(Item(1) + Item(2))), TestContext.Current.CancellationToken);
        var read = await Task.Run(() => ReadFiles([fifo]), TestContext.Current.CancellationToken);
        await writer;
        Assert.Equal([1L, 2L], read.Posts.Select(p => p.Id!.Value));
        Assert.All(read.Items, i => Assert.Equal(fifo, i.Source.File));
    }
}
