using Migrator.Core.Media;

namespace Migrator.Core.Tests.Media;

/// <summary>
/// A static site's media (docs/media.md#static-sites): references in Markdown bodies (images, links to files, raw HTML,
/// link definitions) and in front matter image fields are found and rewritten exactly where they stand.
/// </summary>
public sealed class StaticSiteMediaTests
{
    private static readonly MediaSite Site = MediaSite.ForStaticSite(["https://garden.example/"]);

    private const string Markdown = """
        ![Photo](/assets/photo.jpg "A photo") and [the plan](https://garden.example/files/plan.pdf), [a page](/about/).

        <figure><img src="/assets/inline.png" alt=""></figure>

        `![code](/assets/code.jpg)` and ![escaped](/assets/a\_b.jpg) and ![elsewhere](https://flickr.example/x.jpg)

            ![indented code](/assets/code2.jpg)

        [plan]: /files/plan-b.pdf
        """;

    [Fact]
    public void Markdown_images_links_to_files_raw_html_and_link_definitions_are_found_and_code_is_not()
    {
        var found = MediaReferences.Find(Markdown, Site, markdown: true);

        Assert.Equal(
            ["/assets/inline.png Own", "/assets/photo.jpg Own", "/files/plan-b.pdf Own", "https://flickr.example/x.jpg External", "https://garden.example/files/plan.pdf Own"],
            found.Select(r => $"{r.Url} {r.Kind}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Markdown_destinations_are_rewritten_in_place_and_escaped_ones_are_left_as_written()
    {
        var spans = MediaReferences.MarkdownSpans(Markdown).ToList();

        foreach (var span in spans)
            Assert.Equal(span.Url, Markdown.Substring(span.Start, span.Length));
        // A destination written with a backslash escape is not read as it stands: it is left alone.
        Assert.DoesNotContain(spans, s => s.Url.Contains("a_b", StringComparison.Ordinal) || s.Url.Contains("a\\_b", StringComparison.Ordinal));
        Assert.DoesNotContain(spans, s => s.Url.Contains("code", StringComparison.Ordinal));
    }

    [Fact]
    public void A_static_site_without_an_address_still_owns_its_root_relative_files()
    {
        var site = MediaSite.ForStaticSite([null]);

        Assert.Equal([MediaReferenceKind.Own], MediaReferences.Find("![a](/img/a.jpg)", site, markdown: true).Select(r => r.Kind));
        Assert.Empty(MediaReferences.Find("![a](/img/a.jpg)", MediaSite.For([null]), markdown: true));
    }

    [Fact]
    public void Front_matter_image_fields_are_read_and_rewritten_and_other_fields_are_not()
    {
        IReadOnlyList<KeyValuePair<string, object?>> fields =
        [
            new("title", "/assets/title-looks-like-a-path.jpg"),
            new("image", "/assets/cover.jpg"),
            new("images", new List<object?> { "/assets/a.jpg", "relative.jpg" }),
            new("cover", new List<KeyValuePair<string, object?>> { new("image", "https://garden.example/assets/c.jpg"), new("alt", "/assets/not-an-image-field.jpg") }),
            new("header", new List<KeyValuePair<string, object?>> { new("teaser", "/assets/t.jpg"), new("caption", "/assets/no.jpg") }),
            new("seo", new List<KeyValuePair<string, object?>> { new("image", "/assets/nested-elsewhere.jpg") }),
        ];

        Assert.Equal(["/assets/cover.jpg", "/assets/a.jpg", "https://garden.example/assets/c.jpg", "/assets/t.jpg"], FrontMatterImages.Find(fields));

        var rewritten = FrontMatterImages.Rewrite(fields, url => url.EndsWith("a.jpg", StringComparison.Ordinal) || url.EndsWith("c.jpg", StringComparison.Ordinal) ? "/new" + url[url.LastIndexOf('/')..] : null);
        Assert.Equal("/assets/cover.jpg", rewritten[1].Value);
        Assert.Equal(new List<object?> { "/new/a.jpg", "relative.jpg" }, rewritten[2].Value);
        Assert.Equal("/new/c.jpg", ((IReadOnlyList<KeyValuePair<string, object?>>)rewritten[3].Value!)[0].Value);
        Assert.Same(fields[0].Value, rewritten[0].Value);
        Assert.Same(fields[5].Value, rewritten[5].Value);
        Assert.Same(fields, FrontMatterImages.Rewrite(fields, _ => null));
    }
}
