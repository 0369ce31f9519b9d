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
        public string? IncludedCode(string path) => path == "tools/run.sh" ? "#!/bin/sh\necho {{ x }}\n" : null;
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

    // Octopress's plugin tags (docs/jekyll.md#octopress-and-plugin-tags); the bodies below are as the corpus's Octopress posts write them.

    [Fact]
    public void An_octopress_codeblock_becomes_a_fenced_block_with_its_language_and_exact_text()
    {
        var (text, notes) = Convert("Run:\n\n{% codeblock bash lang:bash %}\nssh-keygen -t rsa\ncat ~/.ssh/id_rsa.pub | ssh user@host 'cat >> .ssh/authorized_keys'\n{% endcodeblock %}\n\nDone.\n");
        Assert.Equal("Run:\n\n```bash\nssh-keygen -t rsa\ncat ~/.ssh/id_rsa.pub | ssh user@host 'cat >> .ssh/authorized_keys'\n```\n\nDone.\n", text);
        Assert.Equal([new LiquidNote(LiquidNoteKind.PluginRendered, "{% codeblock %}")], notes);
    }

    [Fact]
    public void A_codeblock_title_stays_as_a_caption_and_names_the_language_by_its_extension()
    {
        Assert.Equal("Time to be Awesome - awesome.rb [download](https://example.com/awesome.rb)\n\n```rb\nputs 1\n```\n",
            Convert("{% codeblock Time to be Awesome - awesome.rb https://example.com/awesome.rb download %}\nputs 1\n{% endcodeblock %}\n").Text);
        Assert.Equal("awesome.py\n\n```py\nprint(1)\n```", Convert("{% codeblock awesome.py %}\nprint(1)\n{% endcodeblock %}").Text);
    }

    [Fact]
    public void A_codeblock_in_an_html_body_becomes_pre_code()
    {
        Assert.Equal("<pre><code class=\"language-python\">a &lt; b</code></pre>",
            Convert("{% codeblock lang:python %}\na < b\n{% endcodeblock %}", BodyFormat.Html).Text);
    }

    [Fact]
    public void Octopress_img_becomes_an_img_element_with_class_size_title_and_alt()
    {
        Assert.Equal("<img class=\"left\" src=\"/images/a.png\" width=\"300\" height=\"200\" title=\"A title\" alt=\"An alt\">",
            Convert("{% img left /images/a.png 300 200 'A title' 'An alt' %}").Text);
        Assert.Equal("<img src=\"http://example.com/b.jpg\">", Convert("{% img http://example.com/b.jpg %}").Text);
    }

    [Fact]
    public void Gist_video_and_youtube_become_their_embeds()
    {
        Assert.Equal("<script src=\"https://gist.github.com/1234.js?file=a.rb\"></script>", Convert("{% gist 1234 a.rb %}").Text);
        Assert.Equal("<video width=\"640\" height=\"320\" preload=\"none\" controls poster=\"http://e.com/p.png\"><source src=\"http://e.com/v.mp4\" type=\"video/mp4\"></video>",
            Convert("{% video http://e.com/v.mp4 640 320 http://e.com/p.png %}").Text);
        Assert.Equal("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" frameborder=\"0\" allowfullscreen></iframe>",
            Convert("{% youtube dQw4w9WgXcQ %}").Text);
    }

    [Fact]
    public void Blockquote_keeps_its_author_and_source_and_pullquote_its_text()
    {
        Assert.Equal("> Quoted line.\n>\n> **Seth Godin** *[Welcome to Island Marketing](http://sethgodin.com/a)*\n",
            Convert("{% blockquote Seth Godin http://sethgodin.com/a Welcome to Island Marketing %}\nQuoted line.\n{% endblockquote %}\n").Text);
        Assert.Equal("Some {{ x }} text shown.", Convert("{% pullquote %}Some {% raw %}{{ x }}{% endraw %} {\" text \"} shown.{% endpullquote %}").Text);
    }

    [Fact]
    public void Include_code_reads_the_site_code_folder_and_unknown_files_are_kept_and_noted()
    {
        Assert.Equal("run.sh\n\n```sh\n#!/bin/sh\necho {{ x }}\n```", Convert("{% include_code tools/run.sh %}").Text);
        var (text, notes) = Convert("{% include_code missing.rb %}");
        Assert.Equal("{% include_code missing.rb %}", text);
        Assert.Equal([new LiquidNote(LiquidNoteKind.Kept, "{% include_code %}")], notes);
    }

    [Fact]
    public void For_the_clean_up_only_plugin_tags_are_rendered_and_every_other_byte_is_kept()
    {
        var tags = new LiquidTags(new Links());
        var body = "{{ site.title }} {% raw %}{% codeblock %}{% endraw %} {% highlight c %}x{% endhighlight %}\n\n{% codeblock lang:c %}\nint x;\n{% endcodeblock %}\n";
        Assert.Equal("{{ site.title }} {% raw %}{% codeblock %}{% endraw %} {% highlight c %}x{% endhighlight %}\n\n```c\nint x;\n```\n",
            tags.RenderPluginTags(body, BodyFormat.Markdown));
        Assert.Null(tags.RenderPluginTags("{{ site.title }} {% include x.html %}", BodyFormat.Markdown));
    }
}
