using System.Xml.Linq;
using Migrator.Core.Diagnostics;
using Migrator.Core.Disqus;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Testing;

namespace Migrator.Core.Tests.Disqus;

public sealed class DisqusOutputsTests
{
    private static readonly Site Site = new() { Url = "http://old.example" };

    private static Post Post(string link, params Comment[] comments) => new()
    {
        Source = new SourceRef("x.xml", 1),
        Id = 85,
        Type = PostTypes.Post,
        Title = "Let’s go",
        Link = link,
        Date = new DateTimeOffset(2020, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)),
        Thread = new ThreadIdentity(["948010227"], "85 http://old.example/?p=85", link),
        Comments = comments,
    };

    private static void Run(IItemObserver observer, params (Post, ExportPlan)[] items)
    {
        using var temp = Corpus.NewTempFolder();
        var diagnostics = new DiagnosticBag();
        observer.Begin(Site);
        foreach (var (post, plan) in items)
            observer.Observe(post, plan, diagnostics);
        observer.Complete(Site, new OutputFolder(temp.Path, dryRun: true), diagnostics);
    }

    [Fact]
    public void The_url_map_has_no_header_and_one_line_per_changed_url()
    {
        using var temp = Corpus.NewTempFolder();
        var path = temp.Combine("map.csv");
        using (var map = new DisqusUrlMap(path, "https://new.example"))
        {
            Run(map,
                (Post("http://old.example/2020/07/01/go/"), new WritePlan("a.md", "/posts/go/")),
                (Post("http://old.example/kept/"), new WritePlan("b.md", "https://new.example/kept/")),
                (Post("http://old.example/same/"), new SkipPlan("draft")));
        }
        Assert.Equal(
            "http://old.example/2020/07/01/go/,https://new.example/posts/go/\nhttp://old.example/kept/,https://new.example/kept/\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void The_comments_export_follows_the_disqus_import_format()
    {
        using var temp = Corpus.NewTempFolder();
        var path = temp.Combine("disqus.xml");
        var comments = new[]
        {
            new Comment { Id = 2, ParentId = 1, Author = "Bo", AuthorEmail = "bo@example.org", Content = "Reply here", Date = new DateTimeOffset(2020, 7, 2, 9, 0, 0, TimeSpan.Zero), Status = CommentStatus.Approved, StatusWord = "1" },
            new Comment { Id = 1, Author = "Ann", AuthorEmail = "ann@example.org", Content = "First!", Date = new DateTimeOffset(2020, 7, 1, 14, 0, 0, TimeSpan.Zero), Status = CommentStatus.Approved, StatusWord = "1", Type = "comment" },
            new Comment { Id = 3, Author = "Spam", Content = "buy", Status = CommentStatus.Pending, StatusWord = "0" },
            new Comment { Id = 4, Author = "Ping", Content = "linked", Status = CommentStatus.Approved, StatusWord = "1", Type = "pingback" },
        };
        using (var export = new DisqusCommentsExport(path, null))
            Run(export, (Post("http://old.example/2020/07/01/go/", comments), new WritePlan("a.md", "/2020/07/01/go/")));

        var doc = XDocument.Load(path);
        XNamespace wp = "http://wordpress.org/export/1.0/", dsq = "http://www.disqus.com/";
        var item = doc.Root!.Element("channel")!.Element("item")!;
        Assert.Equal("http://old.example/2020/07/01/go/", item.Element("link")!.Value);
        Assert.Equal("85 http://old.example/?p=85", item.Element(dsq + "thread_identifier")!.Value);
        Assert.Equal("2020-07-01 10:00:00", item.Element(wp + "post_date_gmt")!.Value);
        var written = item.Elements(wp + "comment").ToList();
        Assert.Equal(["1", "2"], written.Select(c => c.Element(wp + "comment_id")!.Value));
        Assert.Equal("1", written[1].Element(wp + "comment_parent")!.Value);
        Assert.Equal("ann@example.org", written[0].Element(wp + "comment_author_email")!.Value);
    }
}
