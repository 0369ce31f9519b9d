using System.Text;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The runner's promise, seen from outside: every item a reader reads is exactly one row of the audit, whatever became
/// of it. Each reader is fed a small site full of the edge cases that used to lose an item (an empty section page, a
/// file with no date, unreadable front matter, a draft, a collection Jekyll never writes, a damaged WXR item…), and
/// the rows are counted against the items we wrote, for every target.
/// </summary>
public sealed class EveryItemHasARowTests
{
    public static TheoryData<string> Targets => ["jekyll", "hugo", "wxr"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_file_a_Jekyll_site_publishes_or_means_to_is_one_row(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        Write(site, "_config.yml", "title: Edges\ntimezone: UTC\ncollections:\n  recipes:\n    output: true\n  notes:\n    output: false\n");
        string[] items =
        [
            Write(site, "_posts/2020-01-01-plain.md", "---\ntitle: Plain\n---\nbody\n"),
            Write(site, "_posts/2020-01-02-unreadable.md", "---\ntitle: B\ntags: [a, \n---\nbody\n"),
            Write(site, "_posts/2020-01-03-empty.md", ""),
            Write(site, "_posts/2020-01-04-no-front-matter.md", "just text\n"),
            Write(site, "_posts/no-date.md", "---\ntitle: No date\n---\nx\n"),
            Write(site, "_posts/2020-01-05-future-unpublished.md", "---\ntitle: Hidden\npublished: false\n---\nx\n"),
            Write(site, "_drafts/a-draft.md", "---\ntitle: Draft\n---\nd\n"),
            Write(site, "_recipes/soup.md", "---\ntitle: Soup\n---\nhot\n"),
            Write(site, "_notes/private.md", "---\ntitle: Note\n---\nnot written by Jekyll\n"),
            Write(site, "about.md", "---\ntitle: About\n---\nabout {{ site.title }}\n"),
            Write(site, "empty-front-matter.md", "---\n---\n"),
            Write(site, "deep/nested/page.html", "---\ntitle: Deep\n---\n<p>deep</p>\n"),
        ];
        Write(site, "assets/style.css", "body {}\n");
        Write(site, "_layouts/default.html", "{{ content }}\n");

        AssertOneRowEach(temp, site, "jekyll", target, items);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_content_file_of_a_Hugo_site_is_one_row(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        Write(site, "hugo.toml", "title = \"Edges\"\nbaseURL = \"https://edges.example/\"\n");
        string[] items =
        [
            Write(site, "content/_index.md", ""),
            Write(site, "content/posts/_index.md", "---\ntitle: Posts\n---\n"),
            Write(site, "content/posts/plain.md", "---\ntitle: Plain\ndate: 2020-01-01\n---\np\n"),
            Write(site, "content/posts/draft.md", "---\ntitle: Draft\ndraft: true\n---\nx\n"),
            Write(site, "content/posts/unreadable.md", "+++\ntitle = \"Bad\n+++\nx\n"),
            Write(site, "content/posts/no-front-matter.md", "only text\n"),
            Write(site, "content/posts/bundle/index.md", "---\ntitle: Bundle\ndate: 2020-01-02\n---\n![p](pic.jpg)\n"),
            Write(site, "content/posts/headless/index.md", "---\ntitle: Headless\nheadless: true\n---\nh\n"),
            Write(site, "content/about/index.adoc", "= About\n\nplain\n"),
            Write(site, "content/page.html", "---\ntitle: Html\n---\n<p>html</p>\n"),
        ];
        Write(site, "content/posts/bundle/pic.jpg", "not really a picture");
        Write(site, "static/robots.txt", "User-agent: *\n");

        AssertOneRowEach(temp, site, "hugo", target, items);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_item_element_of_a_WXR_export_is_one_row(string target)
    {
        using var temp = Corpus.NewTempFolder();
        var items = new StringBuilder();
        var id = 0;
        string Item(string type, string status, string extra = "", string slug = "x") =>
            $"<item><title>T{++id}</title><link>http://edges.example/?p={id}</link><dc:creator>a</dc:creator>" +
            $"<content:encoded><![CDATA[body {id}]]></content:encoded><wp:post_id>{id}</wp:post_id>" +
            "<wp:post_date>2020-01-02 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-02 09:00:00</wp:post_date_gmt>" +
            $"<wp:post_name>{slug}{id}</wp:post_name><wp:status>{status}</wp:status><wp:post_type>{type}</wp:post_type>{extra}</item>\n";
        foreach (var (type, status) in new[]
                 {
                     ("post", "publish"), ("page", "publish"), ("post", "draft"), ("post", "future"), ("post", "private"),
                     ("post", "trash"), ("post", "auto-draft"), ("post", "inherit"), ("revision", "inherit"),
                     ("nav_menu_item", "publish"), ("attachment", "inherit"), ("feedback", "publish"), ("post", "spam"),
                     ("wp_global_styles", "publish"), ("oembed_cache", "publish"), ("recipe", "publish"), ("post", "made-up"),
                 })
            items.Append(Item(type, status));
        items.Append(Item("post", "publish", slug: "same"));
        items.Append("<item><title>no type and no id</title></item>\n");
        items.Append(Item("post", "publish", extra: "<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>old</wp:meta_value></wp:postmeta>"));
        const int Elements = 17 + 1 + 1 + 1;
        var export = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" " +
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Edges</title>" +
                     "<link>http://edges.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>http://edges.example</wp:base_site_url>" +
                     "<wp:base_blog_url>http://edges.example</wp:base_blog_url>\n" + items + "</channel></rss>\n";
        var input = Write(temp.Path, "edges.xml", export);

        var rows = Convert(temp, input, "wxr", target);

        Assert.Equal(Elements, rows.Count);
        Assert.All(rows, r => Assert.Contains(r["result"], new[] { "written", "skipped", "failed" }));
        Assert.All(rows.Where(r => r["result"] != "written"), r => Assert.NotEqual("", r["reason"]));
    }

    private static void AssertOneRowEach(TempFolder temp, string site, string from, string target, string[] items)
    {
        var rows = Convert(temp, site, from, target);
        var expected = items.Select(p => Path.GetRelativePath(site, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        var read = rows.Select(r => Path.GetRelativePath(site, r["source_file"]).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected, read);
        Assert.All(rows.Where(r => r["result"] != "written"), r => Assert.NotEqual("", r["reason"]));
    }

    private static List<IReadOnlyDictionary<string, string>> Convert(TempFolder temp, string input, string from, string target)
    {
        var output = temp.Combine("out");
        var result = CliRun.Run("convert", input, "--from", from, "--to", target, "--out", output, "--quiet", "--jobs", "2");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        var report = Directory.GetFiles(output, "*migration-report.csv").Single();
        // Media rows are the files the posts name, not items read; they are counted by the media tests.
        return CliRun.ReadReport(report).Where(r => r["type"] != "media").ToList();
    }

    private static string Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
