using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Redirects;
using Migrator.Testing;

namespace Migrator.Core.Tests.Redirects;

public sealed class RedirectMapTests
{
    private static readonly Site Site = new() { Url = "https://old.example" };

    private static Post P(long id, string link, string type = PostTypes.Post, params string[] oldSlugs) =>
        new() { Source = new SourceRef("x.xml", (int)id), Id = id, Type = type, Link = link, OldSlugs = oldSlugs };

    private static (RedirectMap Map, DiagnosticBag Diagnostics) Run(params (Post Post, ExportPlan Plan)[] items)
    {
        using var temp = Corpus.NewTempFolder();
        var map = new RedirectMap();
        var diagnostics = new DiagnosticBag();
        map.Begin(Site);
        foreach (var (post, plan) in items)
            map.Observe(post, plan, diagnostics);
        map.Complete(Site, new OutputFolder(temp.Path, dryRun: true), diagnostics);
        return (map, diagnostics);
    }

    [Fact]
    public void A_kept_url_needs_only_the_id_redirect()
    {
        var (map, _) = Run((P(1, "https://old.example/a/"), new WritePlan("_posts/a.md", "/a/")));
        Assert.Equal([new Redirect("/?p=1", "/a/", OldUrlKind.IdQuery)], map.Resolved);
    }

    [Fact]
    public void A_changed_url_redirects_from_the_old_permalink()
    {
        var (map, _) = Run((P(1, "https://old.example/2020/01/02/a/"), new WritePlan("content/posts/a.md", "https://old.example/posts/a/")));
        Assert.Contains(new Redirect("/2020/01/02/a/", "/posts/a/", OldUrlKind.Permalink), map.Resolved);
    }

    [Fact]
    public void On_a_new_host_the_targets_are_absolute_since_the_old_host_serves_the_redirects()
    {
        var (map, _) = Run((P(1, "https://old.example/2020/01/02/a/"), new WritePlan("content/posts/a.md", "https://new.example/notes/posts/a/")));
        Assert.Contains(new Redirect("/2020/01/02/a/", "https://new.example/notes/posts/a/", OldUrlKind.Permalink), map.Resolved);
        Assert.Contains(new Redirect("/?p=1", "https://new.example/notes/posts/a/", OldUrlKind.IdQuery), map.Resolved);
    }

    [Fact]
    public void Archive_pages_of_a_site_in_a_folder_are_under_that_folder()
    {
        using var temp = Corpus.NewTempFolder();
        var site = new Site { Url = "https://old.example/blog", Terms = [new Term(Taxonomies.Category, "news", "News")] };
        var map = new RedirectMap(archiveUrl: t => $"/categories/{t.Name}/");
        map.Begin(site);
        var post = P(1, "https://old.example/blog/a/") with { Terms = [new TermRef(Taxonomies.Category, "news", "News")] };
        map.Observe(post, new WritePlan("content/posts/a.md", "https://old.example/blog/a/"), new DiagnosticBag());
        map.Complete(site, new OutputFolder(temp.Path, dryRun: true), new DiagnosticBag());
        Assert.Contains(new Redirect("/blog/category/news/", "/blog/categories/News/", OldUrlKind.Archive), map.Resolved);
    }

    [Fact]
    public void Chains_are_followed_to_their_end()
    {
        // Post 1 used to live at /b/ (old slug), and post 1's permalink /a/ moved to /c/.
        var (map, _) = Run((P(1, "https://old.example/a/", oldSlugs: ["b"]), new WritePlan("c.md", "/c/")),
                           (P(2, "https://old.example/c-old/", oldSlugs: ["a"]), new WritePlan("d.md", "/d/")));
        Assert.All(map.Resolved, r => Assert.DoesNotContain(map.Resolved, other => other.From == r.To));
    }

    [Fact]
    public void Two_targets_for_one_source_are_a_reported_conflict_and_the_first_wins()
    {
        var (map, diagnostics) = Run((P(1, "https://old.example/x/", oldSlugs: ["shared"]), new WritePlan("1.md", "/one/")),
                                     (P(2, "https://old.example/y/", oldSlugs: ["shared"]), new WritePlan("2.md", "/two/")));
        Assert.Contains(diagnostics.Items, d => d.Code == "RDR001");
        Assert.Single(map.Resolved, r => r.From == "/shared/");
        Assert.Equal("/one/", map.Resolved.Single(r => r.From == "/shared/").To);
    }

    [Fact]
    public void An_old_url_that_is_another_items_new_url_is_left_to_that_item()
    {
        var (map, diagnostics) = Run((P(1, "https://old.example/x/", oldSlugs: ["y"]), new WritePlan("1.md", "/x/")),
                                     (P(2, "https://old.example/y/"), new WritePlan("2.md", "/y/")));
        Assert.DoesNotContain(map.Resolved, r => r.From == "/y/");
        Assert.Contains(diagnostics.Items, d => d.Code == "RDR004");
    }

    [Fact]
    public void Skipped_attachment_pages_redirect_to_the_media_file()
    {
        var attachment = P(30, "https://old.example/a/photo/", PostTypes.Attachment) with { AttachmentUrl = "https://old.example/wp-content/uploads/photo.jpg" };
        var (map, _) = Run((attachment, new SkipPlan("attachment")));
        Assert.Contains(new Redirect("/a/photo/", "https://old.example/wp-content/uploads/photo.jpg", OldUrlKind.Permalink), map.Resolved);
    }

    [Fact]
    public void No_redirect_points_to_itself_or_loops()
    {
        var (map, _) = Run((P(1, "https://old.example/a/", oldSlugs: ["a"]), new WritePlan("a.md", "/a/")));
        Assert.DoesNotContain(map.Resolved, r => r.From == r.To);
    }
}
