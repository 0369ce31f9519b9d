using Migrator.Core.Markup;
using Migrator.Core.Reporting;
using Migrator.Core.Review;
using Migrator.Testing;

namespace Migrator.Core.Tests.Review;

/// <summary>The review report's "breaks at cutover", foreseen from the audit and the output folder before a build.</summary>
public sealed class CutoverForecastTests : IDisposable
{
    private readonly TempFolder _temp = Corpus.NewTempFolder();

    public void Dispose() => _temp.Dispose();

    private void File(string path, string text)
    {
        var full = Path.Combine(_temp.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
    }

    private static AuditRow Written(string id, string path, string output) => new()
    {
        SourceId = id, Type = "post", Status = "publish", Title = "Post " + id, Result = ItemResult.Written,
        OldUrl = "https://old.example" + path, NewUrl = "https://old.example" + path, OutputPath = output,
    };

    private List<string> Breaks(params AuditRow[] rows) =>
        [.. CutoverForecast.Run(rows, _temp.Path).Problems.Select(p => p.Code + " " + p.Url)];

    [Fact]
    public void An_old_URL_named_in_a_pages_redirect_from_is_answered()
    {
        File("_posts/a.md", "---\ntitle: A\nredirect_from:\n  - /old-a/\n---\nText\n");
        var moved = Written("2", "/old-a/", "") with { Result = ItemResult.Skipped, NewUrl = "" };

        Assert.Empty(Breaks(Written("1", "/a/", "_posts/a.md"), moved));
    }

    [Fact]
    public void A_published_old_URL_without_page_or_redirect_breaks()
    {
        var skipped = Written("2", "/gone/", "") with { Result = ItemResult.Skipped, NewUrl = "" };

        Assert.Equal(["CUT002 https://old.example/gone/"], Breaks(skipped));
    }

    [Fact]
    public void Files_a_Markdown_body_names_are_looked_up_in_the_output()
    {
        File("_posts/a.md", "---\ntitle: A\n---\n![x](/images/here.png) ![y](/images/gone.png) ![z](https://old.example/wp-content/uploads/old.jpg)\n");
        File("images/here.png", "png");

        Assert.Equal(["CUT003 /images/gone.png", "CUT004 https://old.example/wp-content/uploads/old.jpg"], Breaks(Written("1", "/a/", "_posts/a.md")));
    }

    [Fact]
    public void A_file_a_page_names_is_answered_by_a_page_listed_after_it()
    {
        // The page that answers /downloads/guide.pdf is written after the page naming it: every page is known before a
        // named file is judged missing.
        File("_posts/a.md", "---\ntitle: A\n---\n[guide](/downloads/guide.pdf) [gone](/downloads/gone.pdf)\n");
        var guide = Written("2", "/downloads/guide.pdf", "downloads/guide.pdf.md");
        File("downloads/guide.pdf.md", "---\ntitle: Guide\n---\nText\n");

        Assert.Equal(["CUT003 /downloads/gone.pdf"], Breaks(Written("1", "/a/", "_posts/a.md"), guide));
    }

    [Fact]
    public void The_rows_can_be_read_from_the_audit_file_on_each_pass()
    {
        File("_posts/a.md", "---\ntitle: A\nredirect_from: /old-a/\n---\n![y](/images/gone.png)\n");
        var rows = new[] { Written("1", "/a/", "_posts/a.md"), Written("2", "/old-a/", "") with { Result = ItemResult.Skipped, NewUrl = "" }, Written("3", "/gone/", "") with { Result = ItemResult.Skipped, NewUrl = "" } };
        var audit = Path.Combine(_temp.Path, "audit.csv");
        using (var writer = new AuditReportWriter(audit))
        {
            foreach (var row in rows)
                writer.Write(row);
            writer.Complete();
        }

        var streamed = CutoverForecast.Run(AuditReportReader.Rows(audit), _temp.Path).Problems.Select(p => p.Code + " " + p.Url);

        Assert.Equal(["CUT003 /images/gone.png", "CUT002 https://old.example/gone/"], streamed);
        Assert.Equal(Breaks(rows), streamed);
    }

    [Fact]
    public void A_Hugo_site_has_its_files_under_static()
    {
        File("content/posts/a.md", "---\ntitle: A\n---\n<img src=\"/wp-content/uploads/x.jpg\">\n");
        File("static/wp-content/uploads/x.jpg", "jpg");

        Assert.Empty(Breaks(Written("1", "/a/", "content/posts/a.md")));
    }

    [Fact]
    public void Files_and_redirects_are_looked_up_under_the_writers_published_root()
    {
        File("content/posts/a.md", "---\ntitle: A\n---\n<img src=\"/wp-content/uploads/x.jpg\">\n");
        File("public/wp-content/uploads/x.jpg", "jpg");
        File("public/_redirects", "/old-a/ /a/ 301\n");
        var moved = Written("2", "/old-a/", "") with { Result = ItemResult.Skipped, NewUrl = "" };
        AuditRow[] rows = [Written("1", "/a/", "content/posts/a.md"), moved];

        Assert.Empty(CutoverForecast.Run(rows, _temp.Path, "public").Problems);
        Assert.Equal(["CUT003 /wp-content/uploads/x.jpg", "CUT002 https://old.example/old-a/"], Breaks(rows));
    }

    [Theory]
    [InlineData(MarkdownFlavor.Goldmark, true)]
    [InlineData(MarkdownFlavor.MarkdownIt, false)]
    public void A_Markdown_body_is_read_as_the_sites_generator_renders_it(MarkdownFlavor flavor, bool linked)
    {
        // Goldmark (Hugo, and Astro's GFM) links a bare address; markdown-it as Eleventy runs it leaves it text.
        File("content/posts/a.md", "---\ntitle: A\n---\nListen: https://old.example/wp-content/uploads/a.mp3\n");
        AuditRow[] rows = [Written("1", "/a/", "content/posts/a.md")];

        var breaks = CutoverForecast.Run(rows, _temp.Path, "public", flavor).Problems.Select(p => p.Code + " " + p.Url);

        Assert.Equal(linked ? ["CUT004 https://old.example/wp-content/uploads/a.mp3"] : [], breaks);
    }

    [Fact]
    public void A_new_URL_that_is_no_URL_is_passed_over()
    {
        File("_posts/a.md", "---\ntitle: A\n---\n![x](/gone.png)\n");

        // The page has no address to check its files from (and its old URL no page to answer it).
        Assert.Equal(["CUT002 https://old.example/a/"], Breaks(Written("1", "/a/", "_posts/a.md") with { NewUrl = "http:/product/a/" }));
    }

    [Theory]
    [InlineData("site.wordpress.000.xml")]
    [InlineData("ghost-import.json")]
    public void An_import_file_holding_every_item_is_no_page_whose_files_are_looked_up(string importFile)
    {
        // WordPress and Ghost take files into their own media; the import file names every item's, for every row.
        File(importFile, "<img src=\"/images/gone.png\">");
        File("a.html", "<img src=\"/images/gone.png\">");

        Assert.Empty(Breaks(Written("1", "/a/", importFile), Written("2", "/b/", importFile)));
        Assert.Equal(["CUT003 /images/gone.png"], Breaks(Written("1", "/a/", "a.html")));
    }
}
