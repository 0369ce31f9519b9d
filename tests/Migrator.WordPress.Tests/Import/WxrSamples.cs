using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Import;

namespace Migrator.WordPress.Tests.Import;

/// <summary>Small inline WXR documents and a way to read them through <see cref="WxrImporter"/>.</summary>
internal static class WxrSamples
{
    public const string Namespaces =
        "xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        + "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        + "xmlns:wp=\"http://wordpress.org/export/1.2/\"";

    /// <summary>A WXR 1.2 document with the given channel header lines and items.</summary>
    public static string Document(string items, string header = "", string version = "1.2", string? namespaces = null) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
        + $"<rss version=\"2.0\" {namespaces ?? Namespaces}>\n"
        + "<channel>\n"
        + "<title>Sample blog</title>\n"
        + "<link>http://blog.example</link>\n"
        + "<description>Just a blog</description>\n"
        + "<language>en-US</language>\n"
        + $"<wp:wxr_version>{version}</wp:wxr_version>\n"
        + "<wp:base_site_url>http://blog.example</wp:base_site_url>\n"
        + "<wp:base_blog_url>http://blog.example</wp:base_blog_url>\n"
        + header
        + items
        + "</channel>\n"
        + "</rss>\n";

    /// <summary>One item with the usual fields; <paramref name="extra"/> is added before the end tag.</summary>
    public static string Item(long id = 1, string title = "Hello", string content = "Body text", string extra = "",
        string date = "2020-07-01 12:00:00", string dateGmt = "2020-07-01 10:00:00", string status = "publish",
        string type = "post", string slug = "hello") =>
        "<item>\n"
        + $"<title><![CDATA[{title}]]></title>\n"
        + $"<link>http://blog.example/?p={id}</link>\n"
        + "<dc:creator><![CDATA[admin]]></dc:creator>\n"
        + $"<guid isPermaLink=\"false\">http://blog.example/?p={id}</guid>\n"
        + "<description></description>\n"
        + $"<content:encoded><![CDATA[{content}]]></content:encoded>\n"
        + "<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n"
        + $"<wp:post_id>{id}</wp:post_id>\n"
        + $"<wp:post_date><![CDATA[{date}]]></wp:post_date>\n"
        + $"<wp:post_date_gmt><![CDATA[{dateGmt}]]></wp:post_date_gmt>\n"
        + "<wp:comment_status><![CDATA[open]]></wp:comment_status>\n"
        + "<wp:ping_status><![CDATA[open]]></wp:ping_status>\n"
        + $"<wp:post_name><![CDATA[{slug}]]></wp:post_name>\n"
        + $"<wp:status><![CDATA[{status}]]></wp:status>\n"
        + "<wp:post_parent>0</wp:post_parent>\n"
        + "<wp:menu_order>0</wp:menu_order>\n"
        + $"<wp:post_type><![CDATA[{type}]]></wp:post_type>\n"
        + "<wp:post_password><![CDATA[]]></wp:post_password>\n"
        + "<wp:is_sticky>0</wp:is_sticky>\n"
        + extra
        + "</item>\n";

    /// <summary>The result of reading documents: the site, every item, and every diagnostic reported to the sink.</summary>
    public sealed record Read(Site Site, IReadOnlyList<SourceItem> Items, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IReadOnlyList<Post> Posts => [.. Items.OfType<ReadPost>().Select(r => r.Post)];
        public Post Post => Assert.Single(Posts);
        public IReadOnlyList<Diagnostic> ItemDiagnostics => [.. Items.OfType<ReadPost>().SelectMany(r => r.Diagnostics)];
        public IEnumerable<string> Codes => Diagnostics.Select(d => d.Code);
        public IEnumerable<string> ItemCodes => ItemDiagnostics.Select(d => d.Code);
    }

    /// <summary>Writes each text to its own file (named export.xml, export-2.xml …) and reads them as one site.</summary>
    public static Read ReadAll(params string[] documents)
    {
        using var temp = Corpus.NewTempFolder();
        var paths = documents.Select((doc, i) => WriteFile(temp, i == 0 ? "export.xml" : $"export-{i + 1}.xml", doc)).ToList();
        return ReadFiles(paths);
    }

    public static Read ReadFiles(IReadOnlyList<string> paths)
    {
        var bag = new DiagnosticBag();
        var imported = new WxrImporter().Open(paths, bag);
        var items = imported.Items.ToList();
        return new Read(imported.Site, items, bag.Items);
    }

    public static string WriteFile(TempFolder temp, string name, string text)
    {
        var path = temp.Combine(name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }
}
