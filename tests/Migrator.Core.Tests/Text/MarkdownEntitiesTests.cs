using Migrator.Core.Text;

namespace Migrator.Core.Tests.Text;

public sealed class MarkdownEntitiesTests
{
    [Fact]
    public void Typographic_references_become_characters_in_text() =>
        Assert.Equal("It\u2019s \u201Cquoted\u201D \u2026 caf\u00E9", MarkdownEntities.Decode("It&#8217;s &#8220;quoted&#8221; &hellip; caf&eacute;"));

    [Theory]
    [InlineData("`it&#8217;s`")]
    [InlineData("```\nit&#8217;s\n```")]
    [InlineData("    it&#8217;s indented code")]
    [InlineData("<http://example.com/?a&#8217;>")]
    [InlineData("{% highlight ruby %}\nx = \"&#8217;\"\n{% endhighlight %}")]
    public void Code_is_never_touched(string markdown) =>
        Assert.Equal(markdown, MarkdownEntities.Decode(markdown));

    [Theory]
    [InlineData("a &lt;b&gt; tag")]
    [InlineData("AT&amp;T")]
    [InlineData("&#42;not emphasis&#42;")]
    [InlineData("&#35; not a heading")]
    [InlineData("1&#46; not a list")]
    [InlineData("&#91;not a link&#93;(x)")]
    public void References_to_ASCII_syntax_characters_stay(string markdown) =>
        Assert.Equal(markdown, MarkdownEntities.Decode(markdown));

    [Fact]
    public void Quotes_are_decoded_in_text_but_not_inside_raw_HTML() =>
        Assert.Equal("say \"hi\" <span title=\"a &quot;b&quot; \u2019\">x</span>",
            MarkdownEntities.Decode("say &quot;hi&quot; <span title=\"a &quot;b&quot; &#8217;\">x</span>"));

    [Fact]
    public void Decoding_twice_changes_nothing_more()
    {
        const string md = "&amp;amp; &#8217; `&#8217;` &lt;";
        var once = MarkdownEntities.Decode(md);
        Assert.Equal("&amp;amp; \u2019 `&#8217;` &lt;", once);
        Assert.Equal(once, MarkdownEntities.Decode(once));
    }
}
