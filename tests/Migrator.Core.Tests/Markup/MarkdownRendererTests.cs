using Migrator.Core.Markup;

namespace Migrator.Core.Tests.Markup;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void CommonMark_has_no_extensions()
    {
        Assert.Equal("<p>a | b\n--- | ---\n~~c~~ www.example.org</p>\n", MarkdownRenderer.ToHtml("a | b\n--- | ---\n~~c~~ www.example.org\n"));
    }

    [Fact]
    public void Goldmark_adds_tables_strikethrough_autolinks_and_task_lists()
    {
        Assert.Equal("<p><del>c</del> <a href=\"http://www.example.org\">www.example.org</a></p>\n",
            MarkdownRenderer.ToHtml("~~c~~ www.example.org\n", MarkdownFlavor.Goldmark));
        Assert.Contains("<table>", MarkdownRenderer.ToHtml("a | b\n--- | ---\n1 | 2\n", MarkdownFlavor.Goldmark), StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", MarkdownRenderer.ToHtml("- [x] done\n", MarkdownFlavor.Goldmark), StringComparison.Ordinal);
    }

    [Fact]
    public void Kramdown_adds_tables_footnotes_definition_lists_abbreviations_and_heading_ids()
    {
        Assert.Contains("<table>", MarkdownRenderer.ToHtml("a | b\n--- | ---\n1 | 2\n", MarkdownFlavor.Kramdown), StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", MarkdownRenderer.ToHtml("a[^1]\n\n[^1]: note\n", MarkdownFlavor.Kramdown), StringComparison.Ordinal);
        Assert.Contains("<dl>", MarkdownRenderer.ToHtml("Term\n: Definition\n", MarkdownFlavor.Kramdown), StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Hyper Text\">HTML</abbr>", MarkdownRenderer.ToHtml("HTML\n\n*[HTML]: Hyper Text\n", MarkdownFlavor.Kramdown), StringComparison.Ordinal);
        Assert.Equal("<h2 id=\"hello-world\">Hello World!</h2>\n", MarkdownRenderer.ToHtml("## Hello World!\n", MarkdownFlavor.Kramdown));
    }

    [Fact]
    public void Kramdown_renders_strikethrough_as_its_GFM_input_does()
    {
        // The _config.yml we write sets kramdown's input to GFM, which renders ~~c~~ as <del>c</del> (checked with
        // real Jekyll by RealToolBuildTests).
        Assert.Equal("<p><del>c</del></p>\n", MarkdownRenderer.ToHtml("~~c~~\n", MarkdownFlavor.Kramdown));
    }
}
