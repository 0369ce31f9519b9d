using System.Globalization;

namespace Migrator.Benchmarks.Generation;

/// <summary>What kind of post item a group starts with.</summary>
internal enum PostKind
{
    Published,
    Draft,
    Pending,
    Private,
    Scheduled,
    Page,
}

/// <summary>
/// Writes one post or page: dates in the site's local time and UTC (zero GMT date for drafts), slug (empty for
/// drafts), terms, post meta (<c>dsq_thread_id</c> sometimes twice), comments; then the item's attachments.
/// </summary>
internal sealed class PostItemWriter(
    WxrElementWriter wxr, SeededRandom random, TextComposer text, SiteShape site, CommentWriter comments)
{
    private const string ZeroPubDate = "Wed, 30 Nov -0001 00:00:00 +0000";

    private readonly ClassicContentBuilder classic = new(random, text);
    private readonly BlockContentBuilder blocks = new(random, text);
    private readonly Dictionary<string, int> usedSlugs = new(StringComparer.Ordinal);
    private readonly List<(int Id, string Path)> pages = [];

    public PostKind NextKind() => random.Next(100) switch
    {
        < 78 => PostKind.Published,
        < 88 => PostKind.Draft,
        < 89 => PostKind.Pending,
        < 90 => PostKind.Private,
        < 91 => PostKind.Scheduled,
        _ => PostKind.Page,
    };

    public void Write(int id, PostKind kind, DateTime utc, IReadOnlyList<GeneratedAttachment> attachments, IReadOnlyList<GeneratedAttachment> recent)
    {
        var title = text.Title();
        var isPage = kind == PostKind.Page;
        var floating = kind is PostKind.Draft or PostKind.Pending;
        var slug = floating ? "" : UniqueSlug(title.Slug);
        var local = SiteClock.ToLocal(utc);
        var modifiedUtc = utc.AddMinutes(random.Chance(50) ? 0 : random.Between(5, 60 * 24 * 400));
        var author = random.Pick(site.Authors);
        var parent = isPage && pages.Count > 0 && random.Chance(50) ? pages[random.Next(pages.Count)] : (Id: 0, Path: "");
        var path = parent.Id == 0 ? slug : parent.Path + "/" + slug;
        var content = BuildContent(local.Year, new ContentContext(site.SiteUrl, attachments, recent, ContentLength()));

        ItemFieldsWriter.WriteStart(wxr, new ItemFields
        {
            Id = id,
            Title = title.Text,
            Link = Link(id, kind, local, slug, path),
            PubDate = floating ? ZeroPubDate : SiteClock.Rfc822(utc),
            Creator = author.Login,
            Guid = site.SiteUrl + (isPage ? "/?page_id=" : "/?p=") + Number(id),
            Content = content,
            Excerpt = !isPage && random.Chance(15) ? text.PlainSentence() : "",
            PostDate = SiteClock.Database(local),
            PostDateGmt = floating ? SiteClock.ZeroDate : SiteClock.Database(utc),
            ModifiedDate = SiteClock.Database(SiteClock.ToLocal(modifiedUtc)),
            ModifiedDateGmt = SiteClock.Database(modifiedUtc),
            CommentStatus = isPage || random.Chance(10) ? "closed" : "open",
            PingStatus = isPage || random.Chance(30) ? "closed" : "open",
            Slug = slug,
            Status = Status(kind),
            Parent = parent.Id,
            MenuOrder = isPage ? random.Between(0, 10) : 0,
            Type = isPage ? "page" : "post",
            Password = random.Chance(1) ? "harbour" + Number(random.Between(1, 99)) : "",
            Sticky = !isPage && random.Chance(1),
        });
        if (!isPage)
            WriteTerms();
        var hasDisqusThread = kind == PostKind.Published && random.Chance(30);
        WriteMeta(author, attachments, isPage, hasDisqusThread, id);
        if (kind == PostKind.Published)
            comments.Write(comments.CountFor(), utc, hasDisqusThread);
        wxr.End();

        if (isPage && slug.Length > 0)
            pages.Add((id, path));
        var parentPath = floating ? "" : Permalink(local, slug).TrimEnd('/');
        foreach (var attachment in attachments)
            AttachmentItemWriter.Write(wxr, random, site, attachment, utc.AddMinutes(random.Between(1, 90)), parentPath, author.Login);
    }

    private string BuildContent(int localYear, ContentContext context)
    {
        // The block editor arrived with WordPress 5.0 (December 2018); classic posts stay classic afterwards too.
        var blockEditor = localYear >= 2019 && random.Chance(80);
        return blockEditor ? blocks.Build(context) : classic.Build(context);
    }

    /// <summary>Body lengths in characters: mostly short and medium posts, some long reads, the odd very long one.</summary>
    private int ContentLength() => random.Next(100) switch
    {
        < 70 => random.Between(1500, 7500),
        < 95 => random.Between(7500, 18000),
        _ => random.Between(18000, 42000),
    };

    private void WriteTerms()
    {
        foreach (var category in Distinct(site.Categories, random.Between(1, 3)))
            wxr.ItemTerm("category", category.Slug, category.Name);
        foreach (var tag in Distinct(site.Tags, random.Between(0, 5)))
            wxr.ItemTerm("post_tag", tag.Slug, tag.Name);
        if (random.Chance(5))
            wxr.ItemTerm("post_format", "post-format-aside", "Aside");
    }

    /// <summary><paramref name="count"/> different terms, in the site's order (WordPress lists an item's terms by name order, without repeats).</summary>
    private List<GeneratedTerm> Distinct(IReadOnlyList<GeneratedTerm> terms, int count)
    {
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, terms.Count))
            chosen.Add(random.Next(terms.Count));
        return [.. chosen.Select(i => terms[i])];
    }

    private void WriteMeta(GeneratedAuthor author, IReadOnlyList<GeneratedAttachment> attachments, bool isPage, bool hasDisqusThread, int id)
    {
        wxr.Meta("postmeta", "_edit_last", Number(author.Id));
        if (isPage)
            wxr.Meta("postmeta", "_wp_page_template", random.Chance(80) ? "default" : "page-templates/full-width.php");
        if (attachments.Count > 0 && random.Chance(60))
            wxr.Meta("postmeta", "_thumbnail_id", Number(attachments[0].Id));
        if (hasDisqusThread)
        {
            wxr.Meta("postmeta", "dsq_thread_id", DisqusThreadId(id));
            // The plugin sometimes created a second thread for the same post: both rows are exported.
            if (random.Chance(10))
                wxr.Meta("postmeta", "dsq_thread_id", DisqusThreadId(id + 7_777_777));
        }
        if (random.Chance(3))
            wxr.Meta("postmeta", "_wp_old_slug", text.Words(2, 4).Replace(' ', '-'));
        if (random.Chance(10))
            wxr.Meta("postmeta", "_yoast_wpseo_metadesc", text.PlainSentence());
    }

    private string UniqueSlug(string slug)
    {
        if (slug.Length == 0)
            return slug;
        if (!usedSlugs.TryGetValue(slug, out var uses))
        {
            usedSlugs[slug] = 1;
            return slug;
        }
        usedSlugs[slug] = uses + 1;
        return slug + "-" + Number(uses + 1);
    }

    private string Link(int id, PostKind kind, DateTime local, string slug, string pagePath) => kind switch
    {
        PostKind.Page => slug.Length == 0 ? site.SiteUrl + "/?page_id=" + Number(id) : site.SiteUrl + "/" + pagePath + "/",
        PostKind.Published or PostKind.Private => Permalink(local, slug),
        _ => site.SiteUrl + "/?p=" + Number(id),
    };

    private string Permalink(DateTime local, string slug) =>
        site.SiteUrl + "/" + local.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/" + slug + "/";

    private static string Status(PostKind kind) => kind switch
    {
        PostKind.Draft => "draft",
        PostKind.Pending => "pending",
        PostKind.Private => "private",
        PostKind.Scheduled => "future",
        _ => "publish",
    };

    private static string DisqusThreadId(long seed) => (1_000_000_000L + (seed * 104_729 % 8_000_000_000L)).ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
