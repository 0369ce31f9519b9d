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
        var body = "{{< youtube abc >}} {{% notice %}}x{{% /notice %}} {{< youtube def >}}";
        var (text, kept) = HugoShortcodes.Convert(body, BodyFormat.Markdown);
        Assert.Equal(body, text);
        Assert.Equal(["youtube", "notice"], kept);
    }

    [Fact]
    public void An_escaped_shortcode_is_the_literal_shortcode()
    {
        Assert.Equal("Write {{< youtube id >}} to embed.", HugoShortcodes.Convert("Write {{</* youtube id */>}} to embed.", BodyFormat.Markdown).Text);
    }
}
