using System.Text.Json;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Ghost.Export;
using Migrator.Testing;

namespace Migrator.Ghost.Tests;

/// <summary>
/// The Ghost writer: one import file with posts, pages, tags, staff users and their relations that Ghost's importer
/// takes whole (<see cref="GhostImportRules"/>; the real Ghost in <see cref="RealGhostTests"/>), Ghost's redirects for
/// every old address that changes, and the comments beside it.
/// </summary>
public sealed class GhostExportTests
{
    private static readonly TimeSpan Plus1 = TimeSpan.FromHours(1);

    internal static Site Example { get; } = new()
    {
        Title = "Example Blog",
        Url = "http://example.com",
        Authors = [new Author("ann") { DisplayName = "Ann Editor", Email = "ann@example.com" }, new Author("bob") { DisplayName = "Bob" }],
    };

    internal static Post Classic(string slug, string title, long id, string? link = null) => new()
    {
        Source = new SourceRef("export.xml", (int)id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Id = id,
        Type = PostTypes.Post,
        Title = title,
        Slug = slug,
        Author = "ann",
        Date = new DateTimeOffset(2020, 1, 2, 10, 0, 0, Plus1),
        Link = link ?? $"http://example.com/2020/01/02/{slug}/",
        Content = new Body($"<p>Body of {title}.</p>\n", BodyFormat.Html),
    };

    /// <summary>A site with each case the writer decides: statuses, types, terms, slugs, limits, comments.</summary>
    internal static IReadOnlyList<Post> Model() =>
    [
        Classic("hello-world", "Hello World", 1) with
        {
            Terms = [new TermRef(Taxonomies.Tag, "c-sharp", "C#"), new TermRef(Taxonomies.Category, "news", "News"), new TermRef(Taxonomies.PostFormat, "post-format-aside", "Aside")],
            Excerpt = "Short.",
            FeaturedImage = "http://example.com/a.png",
            Sticky = true,
            Comments =
            [
                new Comment { Id = 1, Author = "Visitor", AuthorEmail = "visitor@example.org", Content = "Nice.", Date = new DateTimeOffset(2020, 1, 3, 9, 0, 0, Plus1) },
                new Comment { Id = 2, Author = "Spam", Status = CommentStatus.Spam, StatusWord = "spam", Content = "Buy." },
            ],
        },
        Classic("about", "About", 2, "http://example.com/about/") with { Type = PostTypes.Page, Author = "bob" },
        Classic("", "My Draft", 3) with { Status = PublicationStatus.Draft, StatusWord = "draft", Link = null },
        Classic("later", "Later", 4) with { Status = PublicationStatus.Scheduled, StatusWord = "future", Date = new DateTimeOffset(2031, 1, 1, 9, 0, 0, Plus1) },
        Classic("secret", "Secret", 5) with { Password = "pw" },
        Classic("hello-world", "Same slug", 6, "http://example.com/2020/01/03/hello-world/"),
        Classic("%c3%a5land-%e6%97%a5", "Åland 日", 7),
        Classic("rss", "Protected word", 8, "http://example.com/rss/"),
        Classic("long", new string('t', 260), 9) with { Excerpt = new string('e', 301), Author = "carol" },
        Classic("recipe", "A recipe", 10) with { Type = "recipe" },
        Classic("markdown", "Markdown", 11) with { Content = new Body("Some *emphasis*.\n", BodyFormat.Markdown) },
        Classic("gone", "Trashed", 12) with { Status = PublicationStatus.Trashed, StatusWord = "trash" },
    ];

    internal static (IReadOnlyList<ExportPlan> Plans, DiagnosticBag Diagnostics) Export(string folder, IEnumerable<Post> posts)
    {
        var diagnostics = new DiagnosticBag();
        var session = new GhostExporter().Begin(Example, new OutputFolder(folder), diagnostics);
        var plans = posts.Select(p => session.Commit(session.Plan(p, diagnostics), diagnostics)).ToList();
        session.Complete(diagnostics);
        return (plans, diagnostics);
    }

    private static JsonElement Data(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ghost-import.json"))).RootElement.GetProperty("db")[0].GetProperty("data");

    private static JsonElement PostOf(JsonElement data, string slug) =>
        data.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == slug);

    [Fact]
    public void The_import_file_breaks_none_of_the_rules_of_Ghosts_importer()
    {
        using var temp = Corpus.NewTempFolder();
        var (plans, _) = Export(temp.Path, Model());
        Assert.Empty(GhostImportRules.Problems(Path.Combine(temp.Path, "ghost-import.json")));
        Assert.Equal(11, plans.Count(p => p is WritePlan));
        Assert.Equal(11, Data(temp.Path).GetProperty("posts").GetArrayLength());
        Assert.IsType<SkipPlan>(plans[^1]);
    }

    [Fact]
    public void Statuses_slugs_and_addresses_follow_Ghost()
    {
        using var temp = Corpus.NewTempFolder();
        var (plans, diagnostics) = Export(temp.Path, Model());
        var data = Data(temp.Path);
        string Status(string slug) => PostOf(data, slug).GetProperty("status").GetString()!;
        Assert.Equal("published", Status("hello-world"));
        Assert.Equal("page", PostOf(data, "about").GetProperty("type").GetString());
        Assert.Equal("draft", Status("my-draft"));
        Assert.Equal("scheduled", Status("later"));
        Assert.Equal("2031-01-01T08:00:00.000Z", PostOf(data, "later").GetProperty("published_at").GetString());
        Assert.Equal("draft", Status("secret"));
        Assert.False(PostOf(data, "my-draft").TryGetProperty("published_at", out _));
        Assert.Equal("http://example.com/hello-world/", ((WritePlan)plans[0]).NewUrl);
        Assert.Null(((WritePlan)plans[2]).NewUrl);
        Assert.Equal("http://example.com/hello-world-2/", ((WritePlan)plans[5]).NewUrl);
        Assert.Contains(diagnostics.Items, d => d.Code == "GHO005" && d.Message.Contains("hello-world-2", StringComparison.Ordinal));
        Assert.Equal("http://example.com/aland-e697a5/", ((WritePlan)plans[6]).NewUrl);
        Assert.Equal("http://example.com/rss-post/", ((WritePlan)plans[7]).NewUrl);
        Assert.Equal("<p>Some <em>emphasis</em>.</p>\n", PostOf(data, "markdown").GetProperty("html").GetString());
    }

    [Fact]
    public void Categories_and_tags_become_tags_and_other_terms_internal_tags()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, diagnostics) = Export(temp.Path, Model());
        var data = Data(temp.Path);
        var tags = data.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => (Name: t.GetProperty("name").GetString(), Visibility: t.GetProperty("visibility").GetString()));
        var hello = PostOf(data, "hello-world").GetProperty("id").GetString();
        var onHello = data.GetProperty("posts_tags").EnumerateArray().Where(r => r.GetProperty("post_id").GetString() == hello)
            .OrderBy(r => r.GetProperty("sort_order").GetInt32()).Select(r => tags[r.GetProperty("tag_id").GetString()!]).ToList();
        Assert.Equal([("News", "public"), ("C#", "public"), ("#post_format-Aside", "internal")], onHello);
        Assert.Contains(diagnostics.Items, d => d.Code == "GHO007");
        Assert.Contains(tags.Values, t => t == ("#recipe", "internal"));
        Assert.Contains(diagnostics.Items, d => d.Code == "GHO004");
    }

    [Fact]
    public void Authors_are_staff_users_with_their_own_address_or_a_placeholder()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, diagnostics) = Export(temp.Path, Model());
        var users = Data(temp.Path).GetProperty("users").EnumerateArray()
            .Select(u => (u.GetProperty("slug").GetString(), u.GetProperty("name").GetString(), u.GetProperty("email").GetString())).ToList();
        Assert.Equal([("ann", "Ann Editor", "ann@example.com"), ("bob", "Bob", "bob@example.com"), ("carol", "carol", "carol@example.com")], users);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "GHO003"));
    }

    [Fact]
    public void Limits_Ghost_refuses_are_kept_inside_and_reported()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, diagnostics) = Export(temp.Path, Model());
        var post = PostOf(Data(temp.Path), "long");
        Assert.Equal(255, post.GetProperty("title").GetString()!.Length);
        Assert.False(post.TryGetProperty("custom_excerpt", out _));
        Assert.Contains(diagnostics.Items, d => d.Code == "GHO008");
        Assert.Contains(diagnostics.Items, d => d.Code == "GHO002");
        Assert.Equal("Short.", PostOf(Data(temp.Path), "hello-world").GetProperty("custom_excerpt").GetString());
    }

    [Fact]
    public void A_blank_title_which_Ghost_refuses_becomes_Untitled_and_is_reported()
    {
        using var temp = Corpus.NewTempFolder();
        var (_, diagnostics) = Export(temp.Path, [Classic("no-title", " ", 1), Classic("titled", "Titled", 2)]);
        Assert.Equal("(Untitled)", PostOf(Data(temp.Path), "no-title").GetProperty("title").GetString());
        Assert.Equal("Titled", PostOf(Data(temp.Path), "titled").GetProperty("title").GetString());
        Assert.Single(diagnostics.Items, d => d.Code == "GHO009");
    }

    [Fact]
    public void Redirects_send_each_changed_old_address_to_the_slug_and_match_only_it()
    {
        using var temp = Corpus.NewTempFolder();
        Export(temp.Path, Model());
        var redirects = JsonDocument.Parse(File.ReadAllText(temp.Combine("redirects.json"))).RootElement.EnumerateArray()
            .Select(r => (From: r.GetProperty("from").GetString()!, To: r.GetProperty("to").GetString()!)).ToList();
        Assert.Contains(("^/2020/01/02/hello-world/?$", "/hello-world/"), redirects);
        Assert.Contains(("^/2020/01/03/hello-world/?$", "/hello-world-2/"), redirects);
        Assert.Contains(("^/rss/?$", "/rss-post/"), redirects);
        Assert.DoesNotContain(redirects, r => r.To == "/about/");
        Assert.DoesNotContain(redirects, r => r.To is "/my-draft/" or "/secret/");
        // As Ghost matches them: a JavaScript pattern against the path, with or without the last slash.
        var pattern = new System.Text.RegularExpressions.Regex(redirects.First(r => r.To == "/hello-world/").From);
        Assert.Matches(pattern, "/2020/01/02/hello-world");
        Assert.DoesNotMatch(pattern, "/2020/01/02/hello-world/x/");
    }

    [Fact]
    public void Comments_go_beside_the_import_file_without_visitors_addresses_and_are_reported_once()
    {
        using var temp = Corpus.NewTempFolder();
        var (plans, diagnostics) = Export(temp.Path, Model());
        Assert.Equal(1, ((WritePlan)plans[0]).CommentsWritten);
        var comments = File.ReadAllText(temp.Combine("ghost-comments.json"));
        Assert.Contains("\"post_slug\": \"hello-world\"", comments, StringComparison.Ordinal);
        Assert.Contains("Nice.", comments, StringComparison.Ordinal);
        Assert.DoesNotContain("visitor@example.org", comments, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy.", comments, StringComparison.Ordinal);
        Assert.Single(diagnostics.Items, d => d.Code == "GHO001");
        Assert.DoesNotContain("comments", File.ReadAllText(temp.Combine("ghost-import.json")), StringComparison.Ordinal);
    }
}
