using Migrator.Core.Model;
using Migrator.WordPress.Export;
using static Migrator.WordPress.Tests.Export.WxrExportKit;

namespace Migrator.WordPress.Tests.Export;

/// <summary>Authors (docs/wordpress-wxr.md#authors) and channel terms (docs/wordpress-wxr.md#channel).</summary>
public sealed class WxrAuthorAndTermTests
{
    [Fact]
    public void Every_dc_creator_equals_a_declared_author_login_and_logins_and_ids_are_unique()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with
        {
            Authors =
            [
                new Author("ann") { Id = 1, DisplayName = "Ann Smith" },
                new Author("Ann") { Id = 1, DisplayName = "Other Ann" },
            ],
        };
        var posts = new[]
        {
            NewPost("by-login") with { Author = "ann" },
            NewPost("by-display-name") with { Author = "Ann Smith" },
            NewPost("unknown-author") with { Author = "José Müller" },
            NewPost("no-author") with { Author = null },
        };
        var channel = kit.Parse(kit.Export(site, posts)[0]).Root!.Element("channel")!;
        var logins = channel.Elements(Wp + "author").Select(a => a.Element(Wp + "author_login")!.Value).ToList();
        var ids = channel.Elements(Wp + "author").Select(a => a.Element(Wp + "author_id")!.Value).ToList();
        Assert.Equal(logins.Count, logins.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var creators = channel.Elements("item").Select(i => i.Element(Dc + "creator")!.Value).ToList();
        Assert.Equal(["ann", "ann", "Jose Muller", "ann"], creators);
        Assert.All(creators, c => Assert.Contains(c, logins));
        Assert.Contains("WXW017", kit.Codes);
        Assert.Contains("WXW006", kit.Codes);
    }

    [Fact]
    public void Authors_found_only_on_posts_are_declared_before_the_first_item()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with { Authors = [] };
        var file = kit.Export(site, [NewPost("a") with { Author = "Zoë" }, NewPost("b") with { Author = "日本" }])[0];
        var text = kit.Text(file);
        var creators = kit.Parse(file).Root!.Element("channel")!.Elements("item").Select(i => i.Element(Dc + "creator")!.Value);
        var firstItem = text.IndexOf("<item>", StringComparison.Ordinal);
        var zoe = text.IndexOf("<wp:author_login><![CDATA[Zoe]]></wp:author_login>", StringComparison.Ordinal);
        Assert.InRange(zoe, 0, firstItem);
        var hashed = WxrAuthors.LoginFor("日本");
        Assert.Matches("^author-[0-9a-f]{8}$", hashed);
        Assert.InRange(text.IndexOf($"<wp:author_login><![CDATA[{hashed}]]></wp:author_login>", StringComparison.Ordinal), 0, firstItem);
        Assert.Contains("<wp:author_display_name><![CDATA[日本]]></wp:author_display_name>", text, StringComparison.Ordinal);
        Assert.Equal(["Zoe", hashed], creators);
    }

    [Fact]
    public void Each_author_is_one_line_as_WordPress_writes_it_and_its_regex_parser_reads_it()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with { Authors = [new Author("ann") { Id = 1, DisplayName = "Ann" }] };
        var text = kit.Text(kit.Export(site, [NewPost("a") with { Author = "ann" }, NewPost("b") with { Author = "late" }])[0]);
        var lines = text.Split('\n').Where(l => l.Contains("<wp:author>", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Matches(@"^\t<wp:author><wp:author_id>\d+</wp:author_id><wp:author_login><!\[CDATA\[[^\]]+\]\]></wp:author_login>.*</wp:author> *$", l));
    }

    [Fact]
    public void Login_is_sanitised_as_WordPress_sanitize_user_strict()
    {
        Assert.Equal("Jose Muller", WordPressNames.SanitizeLogin("José  Müller"));
        Assert.Equal("Ann Smith", WordPressNames.SanitizeLogin("Ann <b>Smith</b>"));
        Assert.Equal("bob", WordPressNames.SanitizeLogin("b%C3%B6&amp;ob"));
        Assert.Equal("a.b-c_d@e", WordPressNames.SanitizeLogin("a.b-c_d@e!#"));
        Assert.Equal("", WordPressNames.SanitizeLogin("日本"));
    }

    [Fact]
    public void Categories_are_written_parents_first_with_the_parent_slug()
    {
        using var kit = new WxrExportKit();
        var site = SiteNamed() with
        {
            Terms =
            [
                new Term(Taxonomies.Category, "child", "Child") { ParentSlug = "parent", Id = 3 },
                new Term(Taxonomies.Category, "parent", "Parent") { Id = 2 },
                new Term(Taxonomies.Category, "orphan", "Orphan") { ParentSlug = "missing" },
                new Term(Taxonomies.NavMenu, "main", "Main"),
                new Term("genre", "sub", "Sub") { ParentSlug = "top" },
                new Term("genre", "top", "Top") { Meta = [new MetaEntry("color", "red")] },
                new Term(Taxonomies.Tag, "café", "Café") { Description = "Coffee" },
            ],
        };
        var channel = kit.Parse(kit.Export(site, [])[0]).Root!.Element("channel")!;
        var categories = channel.Elements(Wp + "category")
            .Select(c => $"{c.Element(Wp + "category_nicename")!.Value}<{c.Element(Wp + "category_parent")!.Value}").ToList();
        Assert.Equal(["parent<", "orphan<", "child<parent"], categories);
        Assert.Contains("WXW014", kit.Codes);
        var terms = channel.Elements(Wp + "term")
            .Select(t => $"{t.Element(Wp + "term_taxonomy")!.Value}:{t.Element(Wp + "term_slug")!.Value}<{t.Element(Wp + "term_parent")!.Value}").ToList();
        Assert.Equal(["genre:top<", "genre:sub<top", "nav_menu:main<"], terms);
        var tag = Assert.Single(channel.Elements(Wp + "tag"));
        Assert.Equal("caf%c3%a9", tag.Element(Wp + "tag_slug")!.Value);
        Assert.Equal("Coffee", tag.Element(Wp + "tag_description")!.Value);
        var ids = channel.Elements().Select(e => e.Element(Wp + "term_id")?.Value).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var top = channel.Elements(Wp + "term").First();
        Assert.Equal("color", top.Element(Wp + "termmeta")!.Element(Wp + "meta_key")!.Value);
        Assert.Null(top.Element(Wp + "term_description"));
    }

    [Fact]
    public void Item_terms_are_written_domain_first_in_double_quotes_with_encoded_nicename()
    {
        using var kit = new WxrExportKit();
        var post = NewPost("a") with
        {
            Terms = [new TermRef(Taxonomies.Category, "news", "Tips &amp; Tricks"), new TermRef(Taxonomies.Tag, "ελ", "Ελ")],
        };
        var text = kit.Text(kit.Export(SiteNamed(), [post])[0]);
        Assert.Contains("<category domain=\"category\" nicename=\"news\"><![CDATA[Tips &amp; Tricks]]></category>", text, StringComparison.Ordinal);
        Assert.Contains("<category domain=\"post_tag\" nicename=\"%ce%b5%ce%bb\"><![CDATA[Ελ]]></category>", text, StringComparison.Ordinal);
    }
}
