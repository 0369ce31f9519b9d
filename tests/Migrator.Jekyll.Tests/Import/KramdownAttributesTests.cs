using Migrator.Jekyll.Import;

namespace Migrator.Jekyll.Tests.Import;

public sealed class KramdownAttributesTests
{
    [Fact]
    public void A_block_attribute_line_is_removed()
    {
        Assert.Equal(("A paragraph.\n\nNext.\n", 1), KramdownAttributes.Strip("A paragraph.\n{: .lead}\n\nNext.\n"));
    }

    [Fact]
    public void A_table_of_contents_marker_goes_with_its_list_item()
    {
        Assert.Equal(("# Title\n\nText.\n", 1), KramdownAttributes.Strip("# Title\n* TOC\n{:toc}\n\nText.\n"));
    }

    [Fact]
    public void Span_lists_after_links_and_at_line_ends_are_removed()
    {
        Assert.Equal(("See [docs](/d/) and **bold** here.\n## Heading\n", 3),
            KramdownAttributes.Strip("See [docs](/d/){:target=\"_blank\"} and **bold**{: .x} here.\n## Heading {#custom}\n".Replace("{#custom}", "{: #custom}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fenced_code_and_prose_braces_stay()
    {
        const string body = "```ruby\nh = {:a => 1}\n{: .not-an-attribute}\n```\n\nA set {1, 2} and {:x} inside text.\n";
        Assert.Equal((body, 0), KramdownAttributes.Strip(body));
    }
}
