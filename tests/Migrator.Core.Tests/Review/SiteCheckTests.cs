using Migrator.Core.Reporting;
using Migrator.Core.Review;
using Migrator.Testing;

namespace Migrator.Core.Tests.Review;

/// <summary>
/// <c>migrator verify</c>'s rules on small built sites: what a static server answers, and what breaks at cutover.
/// </summary>
public sealed class SiteCheckTests : IDisposable
{
    private readonly TempFolder _temp = Corpus.NewTempFolder();

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("_site");

    private void Page(string path, string html = "<p>page</p>")
    {
        var full = Path.Combine(Site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, html);
    }

    private static AuditRow Post(string id, string oldPath, string? newPath = null, string status = "publish", string warnings = "") => new()
    {
        SourceId = id,
        Type = "post",
        Status = status,
        Title = "Post " + id,
        OldUrl = "https://old.example" + oldPath,
        NewUrl = newPath is null ? "" : "https://old.example" + newPath,
        Result = ItemResult.Written,
        OutputPath = "_posts/" + id + ".md",
        Warnings = warnings,
    };

    private List<string> Codes(params AuditRow[] rows)
    {
        Directory.CreateDirectory(Site);
        return [.. SiteCheck.Run(new BuiltSite(Site), rows).Problems.Select(p => p.Code + " " + p.Url)];
    }

    [Fact]
    public void A_site_with_every_page_and_file_in_place_has_no_problem()
    {
        Page("2024/01/hello/index.html", "<img src=\"/images/a.png\" srcset=\"/images/a.png 1x, https://old.example/images/b.png 2x\"><a href=\"/files/doc.pdf\">doc</a>");
        Page("images/a.png", "png");
        Page("images/b.png", "png");
        Page("files/doc.pdf", "pdf");

        Assert.Empty(Codes(Post("1", "/2024/01/hello/", "/2024/01/hello/")));
    }

    [Fact]
    public void A_written_item_whose_page_is_not_in_the_build_is_CUT001()
    {
        Page("index.html");

        Assert.Equal(["CUT001 https://old.example/2024/01/gone/"], Codes(Post("1", "/2024/01/gone/", "/2024/01/gone/")));
    }

    [Fact]
    public void A_percent_encoded_URL_finds_its_page_under_the_decoded_name()
    {
        Page("2023/08/sommar-på-åland/index.html");

        Assert.Empty(Codes(Post("1", "/2023/08/sommar-p%c3%a5-%c3%a5land/", "/2023/08/sommar-p%C3%A5-%C3%A5land/")));
    }

    [Fact]
    public void A_published_old_URL_with_neither_page_nor_redirect_is_CUT002()
    {
        Page("index.html");

        Assert.Equal(["CUT002 https://old.example/members/"], Codes(Post("1", "/members/", status: "publish") with { Result = ItemResult.Skipped }));
    }

    [Fact]
    public void Old_URLs_of_drafts_and_query_string_URLs_need_no_answer()
    {
        Page("index.html");

        Assert.Empty(Codes(Post("1", "/draft/", status: "draft"), Post("2", "/?p=2", status: "publish")));
    }

    [Fact]
    public void An_old_URL_answered_by_a_redirects_line_or_a_redirect_page_is_no_problem()
    {
        Page("new/index.html");
        Page("_redirects", "# comment\n/old-one/ /new/ 301\n");
        Page("old-two/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://old.example/new/\">");

        Assert.Empty(Codes(Post("1", "/new/", "/new/"), Post("2", "/old-one/") with { Result = ItemResult.Skipped }, Post("3", "/old-two/") with { Result = ItemResult.Skipped }));
    }

    [Fact]
    public void A_redirect_to_a_page_the_build_does_not_have_is_CUT005()
    {
        Page("index.html");
        Page("_redirects", "/old/ /missing/ 301\n");
        Page("stub/index.html", "<meta http-equiv=\"refresh\" content=\"0; url=/also-missing/\">");

        Assert.Equal(["CUT005 /also-missing/", "CUT005 /missing/"], Codes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_root_relative_src_srcset_candidate_or_file_link_missing_from_the_build_is_CUT003()
    {
        Page("p/index.html", "<img src=\"/a.png\"><img srcset=\"/b.png 1x, /c.png 2x\" src=\"/c.png\"><a href=\"/d.pdf\">d</a>");
        Page("c.png", "png");

        Assert.Equal(["CUT003 /a.png", "CUT003 /b.png", "CUT003 /d.pdf"], Codes());
    }

    [Fact]
    public void Links_to_pages_and_files_on_other_sites_are_not_checked()
    {
        Page("p/index.html", "<a href=\"/category/news/\">news</a><a href=\"/about\">about</a><img src=\"https://flickr.example/x.jpg\"><img src=\"data:image/png;base64,AA\">");

        Assert.Empty(Codes(Post("1", "/p/", "/p/")));
    }

    [Fact]
    public void A_file_named_by_its_address_on_the_old_host_and_missing_from_the_build_is_CUT004()
    {
        Page("p/index.html", "<img src=\"https://old.example/wp-content/uploads/x.jpg\"><img src=\"//old.example/wp-content/uploads/y.jpg\">");
        Page("wp-content/uploads/y.jpg", "jpg");

        Assert.Equal(["CUT004 https://old.example/wp-content/uploads/x.jpg"], Codes(Post("1", "/p/", "/p/")));
    }

    [Fact]
    public void The_old_host_with_or_without_www_is_the_same_site()
    {
        Page("p/index.html", "<img src=\"https://www.old.example/wp-content/uploads/x.jpg\"><img src=\"https://www.other.example/y.jpg\">");

        Assert.Equal(["CUT004 https://www.old.example/wp-content/uploads/x.jpg"], Codes(Post("1", "/p/", "/p/")));
    }

    [Fact]
    public void Menu_entries_and_other_bookkeeping_have_no_old_URL_to_answer()
    {
        Page("index.html");

        Assert.Empty(Codes(Post("1", "/2013/04/09/pages/") with { Type = "nav_menu_item", Result = ItemResult.Skipped }));
    }

    [Fact]
    public void A_problem_on_a_page_names_the_item_the_page_belongs_to()
    {
        Page("p/index.html", "<img src=\"/gone.png\">");
        Directory.CreateDirectory(Site);

        var problem = Assert.Single(SiteCheck.Run(new BuiltSite(Site), [Post("7", "/p/", "/p/")]).Problems);
        Assert.Equal("7", problem.Row?.SourceId);
        Assert.Equal("/p/", problem.Where);
    }

    [Fact]
    public void A_site_served_below_the_root_is_checked_under_its_base_path()
    {
        Page("p/index.html", "<img src=\"/blog/a.png\">");
        Page("a.png", "png");

        var rows = new[] { Post("1", "/blog/p/", "/blog/p/") };
        Assert.Empty(SiteCheck.Run(new BuiltSite(Site, "/blog/"), rows).Problems);
    }
}
