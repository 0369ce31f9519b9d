using Migrator.Core.Model;
using Migrator.Jekyll.Import;

namespace Migrator.Jekyll.Tests.Import;

/// <summary>Liquid in bodies: what has a plain equivalent becomes it, the rest is kept and noted (docs/jekyll.md#liquid).</summary>
public sealed class LiquidTagsTests
{
    private sealed class Links : ILiquidLinks
    {
        public string? PostUrl(string name) => name == "2010-07-21-name" ? "/2010/07/21/name.html" : null;
        public string? LinkUrl(string relativePath) => relativePath == "about.md" ? "/about/" : null;
    }

    private static (string Text, IReadOnlyList<LiquidNote> Notes) Convert(string body, BodyFormat format = BodyFormat.Markdown) =>
        new LiquidTags(new Links()).Convert(body, format);

    [Fact]
    public void Highlight_becomes_a_fenced_block_in_Markdown()
    {
        var (text, notes) = Convert("Code:\n\n{% highlight ruby linenos %}\ndef x\n  1\nend\n{% endhighlight %}\n\nAfter.\n");
        Assert.Equal("Code:\n\n```ruby\ndef x\n  1\nend\n```\n\nAfter.\n", text);
        Assert.Empty(notes);
    }

    [Fact]
    public void Highlight_fence_is_longer_than_any_backtick_run_inside()
    {
        Assert.Equal("````md\n```\nx\n```\n````\n", Convert("{% highlight md %}\n```\nx\n```\n{% endhighlight %}\n").Text);
    }

    [Fact]
    public void Highlight_becomes_pre_code_in_HTML_with_the_code_escaped()
    {
        Assert.Equal("<p>x</p>\n<pre><code class=\"language-html\">&lt;b&gt;a &amp; b&lt;/b&gt;</code></pre>\n",
            Convert("<p>x</p>\n{% highlight html %}\n<b>a & b</b>\n{% endhighlight %}\n", BodyFormat.Html).Text);
    }

    [Fact]
    public void Raw_gives_its_literal_content()
    {
        var (text, notes) = Convert("Angular: {% raw %}{{ user.name }} {% if %}{% endraw %}.");
        Assert.Equal("Angular: {{ user.name }} {% if %}.", text);
        Assert.Empty(notes);
    }

    [Fact]
    public void The_base_url_written_before_a_post_url_is_not_doubled()
    {
        Assert.Equal("[a](/2010/07/21/name.html) {{ site.baseurl }}/x", Convert("[a]({{ site.baseurl }}{% post_url 2010-07-21-name %}) {{ site.baseurl }}/x").Text);
    }

    [Fact]
    public void A_comment_block_renders_as_nothing_and_is_noted()
    {
        var (text, notes) = Convert("Shown.{% comment %}secret note with {{ x }} and {% if y %}{% endcomment %} Also shown.");
        Assert.Equal("Shown. Also shown.", text);
        Assert.Equal([new LiquidNote(LiquidNoteKind.CommentDropped, "{% comment %}")], notes);
    }

    [Fact]
    public void An_unclosed_comment_block_is_kept_and_noted()
    {
        var (text, notes) = Convert("a {% comment %} b");
        Assert.Equal("a {% comment %} b", text);
        Assert.Contains(notes, n => n.Kind == LiquidNoteKind.Unclosed);
    }

    [Fact]
    public void Whitespace_control_dashes_are_understood()
    {
        Assert.Equal("a {{ b }} c", Convert("a {%- raw -%}{{ b }}{%- endraw -%} c").Text);
    }

    [Fact]
    public void Post_url_and_link_become_URLs()
    {
        Assert.Equal("[a](/2010/07/21/name.html) [b](/about/)", Convert("[a]({% post_url 2010-07-21-name %}) [b]({% link about.md %})").Text);
    }

    [Fact]
    public void A_missing_target_is_kept_and_noted()
    {
        var (text, notes) = Convert("[a]({% post_url 2011-01-01-gone %})");
        Assert.Equal("[a]({% post_url 2011-01-01-gone %})", text);
        Assert.Equal([new LiquidNote(LiquidNoteKind.LinkNotFound, "{% post_url 2011-01-01-gone %}")], notes);
    }

    [Fact]
    public void Other_tags_and_outputs_are_kept_verbatim_and_noted_once_per_name()
    {
        var body = "{% include note.html %}\n{{ site.title }} {{ site.title | upcase }}\n{% include other.html %}\n{% if x %}y{% endif %}\n";
        var (text, notes) = Convert(body);
        Assert.Equal(body, text);
        Assert.Equal(
            [
                new LiquidNote(LiquidNoteKind.Kept, "{% include %}"),
                new LiquidNote(LiquidNoteKind.Kept, "{{ site.title }}"),
                new LiquidNote(LiquidNoteKind.Kept, "{% if %}"),
            ],
            notes);
    }

    [Fact]
    public void An_unclosed_block_is_kept_and_noted()
    {
        var (text, notes) = Convert("{% highlight ruby %}\nx\n");
        Assert.Equal("{% highlight ruby %}\nx\n", text);
        Assert.Equal([new LiquidNote(LiquidNoteKind.Unclosed, "{% highlight ruby %}")], notes);
    }

    [Fact]
    public void Text_without_Liquid_is_unchanged()
    {
        const string body = "a { b } {c} %} }} {";
        Assert.Equal(body, Convert(body).Text);
    }
}
