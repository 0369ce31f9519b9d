using Migrator.Core.Model;
using Migrator.Hugo.Import;

namespace Migrator.Hugo.Tests.Import;

public sealed class HugoShortcodesTests
{
    [Fact]
    public void A_highlight_block_becomes_a_fenced_code_block_with_its_code_exact()
    {
        var (text, kept) = HugoShortcodes.Convert("Before.\n\n{{< highlight python \"linenos=table\" >}}\nif a < b:\n    print(\"&amp;\")\n{{< /highlight >}}\n\nAfter.\n", BodyFormat.Markdown);
        Assert.Equal("Before.\n\n```python\nif a < b:\n    print(\"&amp;\")\n```\n\nAfter.\n", text);
        Assert.Empty(kept);
    }

    [Fact]
    public void In_an_html_body_a_highlight_block_becomes_pre_and_code()
    {
        var (text, _) = HugoShortcodes.Convert("{{< highlight go >}}a < b{{< /highlight >}}", BodyFormat.Html);
        Assert.Equal("<pre><code class=\"language-go\">a &lt; b</code></pre>", text);
    }

    [Fact]
    public void Other_shortcodes_are_kept_verbatim_and_named_once()
    {
        var body = "{{< ref \"a.md\" >}} {{% notice %}}x{{% /notice %}} {{< ref b.md >}}";
        var (text, kept) = HugoShortcodes.Convert(body, BodyFormat.Markdown);
        Assert.Equal(body, text);
        Assert.Equal(["ref", "notice"], kept);
    }

    [Fact]
    public void An_escaped_shortcode_is_the_literal_shortcode()
    {
        Assert.Equal("Write {{< youtube id >}} to embed.", HugoShortcodes.Convert("Write {{</* youtube id */>}} to embed.", BodyFormat.Markdown).Text);
    }

    [Fact]
    public void Hugo_figure_becomes_the_html_hugo_renders()
    {
        var (text, kept) = HugoShortcodes.Convert("{{< figure src=\"/img/a.png\" link=\"/big.png\" title=\"T\" caption=\"A & B\" attr=\"Me\" attrlink=\"https://e.com\" class=\"wide\" >}}", BodyFormat.Markdown);
        Assert.Equal("<figure class=\"wide\"><a href=\"/big.png\"><img src=\"/img/a.png\" alt=\"A &amp; B\" /></a><figcaption><h4>T</h4><p>A & B<a href=\"https://e.com\">Me</a></p></figcaption></figure>", text);
        Assert.Empty(kept);
    }

    [Fact]
    public void Youtube_vimeo_and_gist_become_their_embeds()
    {
        Assert.Equal("<iframe src=\"https://www.youtube.com/embed/w7Ft2ymGmfc\" width=\"560\" height=\"315\" allowfullscreen title=\"YouTube Video\" style=\"border:0\"></iframe>",
            HugoShortcodes.Convert("{{< youtube w7Ft2ymGmfc >}}", BodyFormat.Markdown).Text);
        Assert.Equal("<iframe src=\"https://player.vimeo.com/video/146022717\" width=\"560\" height=\"315\" allowfullscreen title=\"vimeo video\" style=\"border:0\"></iframe>",
            HugoShortcodes.Convert("{{< vimeo id=\"146022717\" >}}", BodyFormat.Markdown).Text);
        Assert.Equal("<script src=\"https://gist.github.com/spf13/7896402.js?file=img.html\"></script>",
            HugoShortcodes.Convert("{{< gist spf13 7896402 \"img.html\" >}}", BodyFormat.Markdown).Text);
    }
}
