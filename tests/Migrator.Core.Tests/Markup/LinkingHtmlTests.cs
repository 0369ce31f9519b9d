using Migrator.Core.Markup;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Review;
using Migrator.Testing;

namespace Migrator.Core.Tests.Markup;

/// <summary>
/// <see cref="MarkdownRenderer.ToLinkingHtml"/> keeps only the markup that can name a file; the review reads the files a
/// page names from it. Its rule: the HTML reader finds the same addresses in it, in the same order, as in the whole
/// page <see cref="MarkdownRenderer.ToHtml"/> renders, in every flavour.
/// </summary>
public sealed class LinkingHtmlTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Pages => new()
    {
        // Markdig's own tags, the URL escaped as Markdig escapes it (spaces, non-ASCII, &).
        { "![a photo](</media/a b.jpg>) and [the PDF](</files/ré sumé.pdf>)", ["src /media/a%20b.jpg", "href /files/r%C3%A9%20sum%C3%A9.pdf"] },
        { "[a][ref] and [a page](/about/)\n\n[ref]: /files/a.zip?x=1&y=2 \"Title\"", ["href /files/a.zip?x=1&y=2"] },
        { "<https://example.org/a.pdf> <someone@example.org>", ["href https://example.org/a.pdf"] },
        // A link around an image: the link's address first, then the image's.
        { "[![thumb](/t.png)](/full.jpg)", ["href /full.jpg", "src /t.png"] },
        // An image's description is plain alt text: a link or a tag in it names nothing.
        { "![see [this](/x.pdf) <img src=\"/y.png\">](/z.png)", ["src /z.png"] },
        // Code names nothing.
        { "`<img src=\"/a.png\">` and\n\n    <img src=\"/b.png\">\n\n```\n![c](/c.png)\n```", [] },
        // Raw HTML as written, in document order with the Markdown around it.
        { "<figure><img src=\"/a.jpg\" srcset=\"/a-300.jpg 300w, /a-600.jpg 600w\"><figcaption>A</figcaption></figure>\n\nThen ![b](/b.png) and <a href=\"/c.mp3\">c</a>.",
            ["src /a.jpg", "srcset /a-300.jpg", "srcset /a-600.jpg", "src /b.png", "href /c.mp3"] },
        // A raw <script> holds everything up to its end tag as text, Markdown images included.
        { "Before <script>var x = 1;\n![hidden](/hidden.png)</script> ![after](/after.png)", ["src /after.png"] },
        { "<!-- ![hidden](/hidden.png) -->\n\n![shown](/shown.png)", ["src /shown.png"] },
        // A footnote's links are to the page itself.
        { "Text[^1].\n\n[^1]: See ![n](/note.png).", ["src /note.png"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Names_the_files_the_rendered_page_names(string markdown, string[] expected)
    {
        foreach (var flavor in Enum.GetValues<MarkdownFlavor>())
        {
            var linking = References(MarkdownRenderer.ToLinkingHtml(markdown, flavor));
            Assert.Equal(References(MarkdownRenderer.ToHtml(markdown, flavor)), linking);
            Assert.Equal(expected, linking);
        }
    }

    [Fact]
    public void Leaves_out_text_and_tags_that_name_nothing()
    {
        var linking = MarkdownRenderer.ToLinkingHtml("# Title\n\nA *long* paragraph with [a link](/a/) in it.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", MarkdownFlavor.Kramdown);
        Assert.Equal("<a href=\"/a/\">\n", linking);
    }

    /// <summary>Every example of the CommonMark spec: the hardest links, images and raw HTML there are.</summary>
    [Fact]
    public void Names_the_same_files_as_the_whole_page_for_every_CommonMark_spec_example()
    {
        var examples = SpecExample.LoadAll();
        AssertSameReferences(examples.Select(e => ($"example {e.Number}", e.Markdown)));
    }

    /// <summary>Real Markdown written by hand (the shared corpus's Jekyll posts, front matter and all).</summary>
    [Fact]
    public void Names_the_same_files_as_the_whole_page_for_real_Jekyll_posts()
    {
        var posts = Corpus.SharedFiles("jekyll-posts").Where(p => Path.GetExtension(p) is ".md" or ".markdown").ToList();
        Assert.NotEmpty(posts);
        AssertSameReferences(posts.Select(p => (Path.GetFileName(p), File.ReadAllText(p))));
    }

    /// <summary>The Markdown we write: every served body of the shared WXR corpus, converted.</summary>
    [Fact]
    public void Names_the_same_files_as_the_whole_page_for_converted_WordPress_posts()
    {
        var bodies = ServedCorpusTests.ServedBodies(output);
        AssertSameReferences(bodies.Select(b => (b.Name, HtmlToMarkdownConverter.Convert(b.Html, HtmlToMarkdownOptions.Default))));
    }

    private void AssertSameReferences(IEnumerable<(string Name, string Markdown)> pages)
    {
        var differing = new List<string>();
        var count = 0;
        var named = 0;
        foreach (var (name, markdown) in pages)
        {
            count++;
            foreach (var flavor in Enum.GetValues<MarkdownFlavor>())
            {
                var whole = Addresses(MarkdownRenderer.ToHtml(markdown, flavor));
                named += flavor == MarkdownFlavor.CommonMark ? whole.Count : 0;
                if (!whole.SequenceEqual(Addresses(MarkdownRenderer.ToLinkingHtml(markdown, flavor))))
                    differing.Add($"{name} ({flavor})");
            }
        }
        output.WriteLine($"{count} pages with {named} addresses (CommonMark); {differing.Count} differ");
        Assert.True(differing.Count == 0, "the linking HTML has other addresses for: " + string.Join(", ", differing.Take(20)));
    }

    /// <summary>The files the page names, as the review reads them.</summary>
    private static List<string> References(string html)
    {
        var (files, refresh) = PageReferences.Read(html);
        return [.. files.Select(f => $"{f.Attribute} {f.Url}"), .. refresh is null ? [] : new[] { "refresh " + refresh }];
    }

    /// <summary>More than the review reads: every address attribute of every element (links to pages too), as written.</summary>
    private static List<string> Addresses(string html) =>
    [
        .. HtmlElements.InDocumentOrder(HtmlFragmentParser.ParseAsWritten(html).DocumentNode)
            .SelectMany(node => node.Attributes
                .Where(a => a.Name is "src" or "srcset" or "href" or "content")
                .Select(a => $"{node.Name} {a.Name} {a.Value}")),
    ];
}
