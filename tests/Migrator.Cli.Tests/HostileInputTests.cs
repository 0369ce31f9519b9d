using System.Globalization;
using System.Text;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>Slugs and links that try to leave the output folder: every target writes only inside it, and loses nothing.</summary>
public sealed class HostileInputTests
{
    private static readonly (string Slug, string Link)[] Cases =
    [
        ("../../evil", "http://h.example/2020/01/02/x/"),
        ("/etc/passwd", "http://h.example/etc/passwd"),
        ("..", "http://h.example/../../../../evil/"),
        ("a/../../b", "http://h.example/a/../../b/"),
        ("%2e%2e%2f%2e%2e%2fx", "http://h.example/%2e%2e/%2e%2e/x/"),
        ("con", "http://h.example/con/"),
        ("", "http://h.example/?p=8"),
    ];

    private static string Export()
    {
        var items = new StringBuilder();
        for (var i = 0; i < Cases.Length; i++)
        {
            foreach (var (type, id) in new[] { ("post", i + 1), ("page", i + 101) })
            {
                var (slug, link) = Cases[i];
                var sid = id.ToString(CultureInfo.InvariantCulture);
                items.Append("<item><title>T").Append(sid).Append("</title><link>").Append(link).Append("</link><dc:creator>a</dc:creator>")
                    .Append("<guid isPermaLink=\"false\">http://h.example/?p=").Append(sid).Append("</guid>")
                    .Append("<content:encoded><![CDATA[body ").Append(sid).Append("]]></content:encoded><wp:post_id>").Append(sid).Append("</wp:post_id>")
                    .Append("<wp:post_date>2020-01-02 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-02 09:00:00</wp:post_date_gmt>")
                    .Append("<wp:post_name><![CDATA[").Append(slug).Append("]]></wp:post_name><wp:status>publish</wp:status><wp:post_type>")
                    .Append(type).Append("</wp:post_type></item>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" " +
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>H</title>" +
               "<link>http://h.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>http://h.example</wp:base_site_url>" +
               "<wp:base_blog_url>http://h.example</wp:base_blog_url>\n" + items + "</channel></rss>\n";
    }

    [Theory]
    [InlineData("jekyll")]
    [InlineData("hugo")]
    [InlineData("wxr")]
    public void Hostile_slugs_and_links_never_leave_the_output_folder_and_every_item_is_written(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var sandbox = temp.Combine("a", "b", "c");
        Directory.CreateDirectory(sandbox);
        var input = Path.Combine(sandbox, "hostile.xml");
        File.WriteAllText(input, Export());
        var outDir = Path.Combine(sandbox, "out");

        var result = CliRun.Run("convert", input, "--to", target, "--out", outDir, "--quiet");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var outside = Directory.GetFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(outDir, StringComparison.Ordinal) && p != input && !outDir.StartsWith(p, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(outside);
        var rows = CliRun.ReadReport(Path.Combine(outDir, "migration-report.csv"));
        Assert.Equal(Cases.Length * 2, rows.Count);
        Assert.All(rows, r => Assert.Equal("written", r["result"]));
        Assert.All(rows.Select(r => r["output_path"]), p => Assert.DoesNotContain("..", p.Split('/')));
    }
}
