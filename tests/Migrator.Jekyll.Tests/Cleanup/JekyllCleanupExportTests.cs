using Migrator.Core.Pipeline;
using Migrator.Jekyll.Export;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Cleanup;

/// <summary>
/// Issue "Jekyll sites in … clean-up of earlier migrations": converting a Jekyll site to Jekyll rewrites each file at
/// its own path keeping every byte except the cleaned front matter keys and the cleaned body, and copies the rest of
/// the site as it is.
/// </summary>
public sealed class JekyllCleanupExportTests
{
    private const string Config = "title: Test\ntimezone: Europe/London\npermalink: /:year/:month/:day/:title/\n";

    [Fact]
    public void The_seed_post_of_the_issue_gets_one_thread_id_and_a_decoded_body_and_nothing_else_changes()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-02-14-social-networking-return.md", Import.SeedPostTests.SeedPost);

        run.Run();

        Assert.Equal("""
            ---
            title: Social networking return?
            author: Barry Martin
            layout: post
            permalink: /social-networking-return/
            dsq_thread_id: "43477034"
            categories:
              - Social Networking
            ---
            > “First, just skip the marketing-centric ... it’s *money.”*

            """, run.Read("_posts/2011-02-14-social-networking-return.md"));
        Assert.Equal("cleaned: dsq_thread_id list → value, body entities", run.Note("_posts/2011-02-14-social-networking-return.md"));
    }

    [Fact]
    public void A_post_that_needs_nothing_is_copied_byte_for_byte_and_reported_unchanged()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        // Unusual but valid forms that a regenerated file would change: comments, odd quoting, flow lists, no final newline.
        const string clean = "---\n# written by hand\nlayout:   post\ntitle: 'It''s fine'\ntags: [a, b]\ndate: 2011/08/30 20:33:00\n---\nPlain *text* with a ’ and &amp; kept.";
        run.Write("_posts/2011-08-30-fine.md", clean);

        run.Run();

        Assert.Equal(clean, run.Read("_posts/2011-08-30-fine.md"));
        Assert.Equal(JekyllCleanup.UnchangedNote, run.Note("_posts/2011-08-30-fine.md"));
    }

    [Fact]
    public void Entities_in_code_and_Liquid_stay_as_written_while_text_is_decoded()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-04-10-first-sowing.md", "---\ntitle: First\n---\nBeans.\n");
        run.Write("_posts/2011-05-01-code.md", """
            ---
            title: Code
            ---
            It&#8217;s here: `a &#8217; b`.

            ```
            fence &#8217;
            ```

                indented &#8217;

            {% highlight ruby %}
            puts "&#8217;"
            {% endhighlight %}

            See [the sowing]({% post_url 2011-04-10-first-sowing %}) &#8230; {{ page.title }}

            """);

        run.Run();

        Assert.Equal("""
            ---
            title: Code
            ---
            It’s here: `a &#8217; b`.

            ```
            fence &#8217;
            ```

                indented &#8217;

            {% highlight ruby %}
            puts "&#8217;"
            {% endhighlight %}

            See [the sowing]({% post_url 2011-04-10-first-sowing %}) … {{ page.title }}

            """, run.Read("_posts/2011-05-01-code.md"));
        Assert.Equal("cleaned: body entities", run.Note("_posts/2011-05-01-code.md"));
    }

    [Fact]
    public void Broken_emphasis_is_repaired_and_the_title_decoded()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-03-02-why-we-mulch.md",
            "---\nlayout: post\ntitle: \"Why we mulch &amp; why we stopped\"\n---\nNobody tells you *why *they're mulching.\n");

        run.Run();

        Assert.Equal("---\nlayout: post\ntitle: \"Why we mulch & why we stopped\"\n---\nNobody tells you *why* they're mulching.\n",
            run.Read("_posts/2011-03-02-why-we-mulch.md"));
        Assert.Equal("cleaned: title entities, body emphasis", run.Note("_posts/2011-03-02-why-we-mulch.md"));
    }

    [Fact]
    public void A_file_with_CRLF_line_endings_keeps_them()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-crlf.md", "---\r\ntitle: A &amp; B\r\nlayout: post\r\n---\r\nIt&#8217;s\r\n\r\nfine.\r\n");

        run.Run();

        Assert.Equal("---\r\ntitle: \"A & B\"\r\nlayout: post\r\n---\r\nIt’s\r\n\r\nfine.\r\n", run.Read("_posts/2011-05-01-crlf.md"));
    }

    [Fact]
    public void A_thread_id_list_inside_meta_becomes_one_value_where_it_was_and_the_other_meta_lines_stay()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-meta.md", "---\ntitle: Meta\nmeta:\n  _edit_last: '1'\n  dsq_thread_id:\n  - '241167730'\n  - '241167730'\n  _wp_old_slug: old\nauthor: ilse\n---\nBody\n");

        run.Run();

        Assert.Equal("---\ntitle: Meta\nmeta:\n  _edit_last: '1'\n  dsq_thread_id: \"241167730\"\n  _wp_old_slug: old\nauthor: ilse\n---\nBody\n",
            run.Read("_posts/2011-05-01-meta.md"));
        Assert.Equal("cleaned: meta dsq_thread_id list → value", run.Note("_posts/2011-05-01-meta.md"));
    }

    [Fact]
    public void A_meta_map_in_flow_form_is_left_as_written_and_reported_while_the_rest_is_cleaned()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-flow.md", "---\ntitle: A &amp; B\nmeta: {dsq_thread_id: ['7']}\n---\nBody\n");

        run.Run();

        Assert.Equal("---\ntitle: \"A & B\"\nmeta: {dsq_thread_id: ['7']}\n---\nBody\n", run.Read("_posts/2011-05-01-flow.md"));
        Assert.Contains("JKW021", run.Codes("_posts/2011-05-01-flow.md"));
        Assert.Equal("cleaned: title entities", run.Note("_posts/2011-05-01-flow.md"));
    }

    [Fact]
    public void Several_distinct_thread_ids_stay_a_list_without_repeats_and_are_reported()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        const string distinct = "---\ntitle: Two\ndsq_thread_id:\n- 1\n- 2\n---\nBody\n";
        run.Write("_posts/2011-05-01-two.md", distinct);
        run.Write("_posts/2011-05-02-repeated.md", "---\ntitle: Repeated\ndsq_thread_id:\n- 1\n- 2\n- 1\n---\nBody\n");

        run.Run();

        Assert.Equal(distinct, run.Read("_posts/2011-05-01-two.md"));
        Assert.Contains("NRM040", run.Codes("_posts/2011-05-01-two.md"));
        Assert.Equal("---\ntitle: Repeated\ndsq_thread_id:\n  - \"1\"\n  - \"2\"\n---\nBody\n", run.Read("_posts/2011-05-02-repeated.md"));
        Assert.Equal("cleaned: dsq_thread_id repeated values removed", run.Note("_posts/2011-05-02-repeated.md"));
    }

    [Fact]
    public void Disqus_identifier_and_url_are_kept_as_written()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-disqus.md",
            "---\ntitle: D&eacute;j&agrave; vu\ndisqus_identifier: 85 http://blog.example/?p=85\ndisqus_url: 'http://blog.example/deja-vu/'\ndsq_thread_id: '948010227'\n---\nBody\n");

        run.Run();

        Assert.Equal("---\ntitle: \"Déjà vu\"\ndisqus_identifier: 85 http://blog.example/?p=85\ndisqus_url: 'http://blog.example/deja-vu/'\ndsq_thread_id: '948010227'\n---\nBody\n",
            run.Read("_posts/2011-05-01-disqus.md"));
    }

    [Fact]
    public void An_empty_date_gets_the_date_Jekyll_takes_from_the_file_name_and_is_reported()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-undated.md", "---\ntitle: Undated\ndate:\nlayout: post\n---\nBody\n");

        run.Run();

        // Midnight of the file-name day in the site zone (London is on summer time in May).
        Assert.Equal("---\ntitle: Undated\ndate: 2011-05-01 00:00:00 +01:00\nlayout: post\n---\nBody\n", run.Read("_posts/2011-05-01-undated.md"));
        Assert.Contains("JKW020", run.Codes("_posts/2011-05-01-undated.md"));
    }

    [Fact]
    public void A_draft_with_an_empty_date_gets_its_file_time_as_Jekyll_does()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        var draft = run.Write("_drafts/notes.md", "---\ntitle: Notes\ndate: \n---\nBody\n");
        File.SetLastWriteTimeUtc(draft, new DateTime(2011, 1, 20, 18, 30, 5, DateTimeKind.Utc));

        run.Run();

        Assert.Equal("---\ntitle: Notes\ndate: 2011-01-20 18:30:05 +00:00\n---\nBody\n", run.Read("_drafts/notes.md"));
    }

    [Fact]
    public void Category_tag_excerpt_and_description_entities_are_decoded_in_the_shape_they_had()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-terms.md",
            "---\ntitle: Terms\ncategories:\n- Tips &amp; Tricks\n- Plain\ntags: caf&eacute; tea\nexcerpt: It&#8217;s short\ndescription: Fish &amp; chips\n---\nBody\n");

        run.Run();

        Assert.Equal(
            "---\ntitle: Terms\ncategories:\n  - \"Tips & Tricks\"\n  - \"Plain\"\ntags: \"café tea\"\nexcerpt: \"It’s short\"\ndescription: \"Fish & chips\"\n---\nBody\n",
            run.Read("_posts/2011-05-01-terms.md"));
        Assert.Equal("cleaned: category entities, tag entities, excerpt entities, description entities", run.Note("_posts/2011-05-01-terms.md"));
    }

    [Fact]
    public void A_title_whose_decoding_would_make_a_tag_is_kept_for_themes_that_print_it_unescaped()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        const string post = "---\ntitle: \"How to style &lt;select&gt; elements &#8211; again\"\n---\nBody\n";
        run.Write("_posts/2014-06-05-style-select-elements.md", post);

        run.Run();

        Assert.Equal(post, run.Read("_posts/2014-06-05-style-select-elements.md"));
    }

    [Fact]
    public void An_HTML_body_is_kept_as_written_because_its_entities_are_HTML()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-html.html", "---\ntitle: It&#8217;s HTML\n---\n<p>It&#8217;s <code>&amp;lt;</code></p>\n");

        run.Run();

        Assert.Equal("---\ntitle: \"It’s HTML\"\n---\n<p>It&#8217;s <code>&amp;lt;</code></p>\n", run.Read("_posts/2011-05-01-html.html"));
    }

    [Fact]
    public void A_post_whose_front_matter_cannot_be_read_fails_alone_and_is_copied_unchanged()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        const string broken = "---\ntitle: Foo: bar\n---\nIt&#8217;s broken.\n";
        run.Write("_posts/2011-05-01-broken.md", broken);
        run.Write("_posts/2011-05-02-fine.md", "---\ntitle: Fine &amp; well\n---\nBody\n");

        run.Run();

        var failed = Assert.IsType<FailPlan>(run.Plan("_posts/2011-05-01-broken.md"));
        Assert.Equal("JKL012", failed.Error.Code);
        Assert.Equal(1, run.Result!.Failed);
        Assert.Equal("---\ntitle: \"Fine & well\"\n---\nBody\n", run.Read("_posts/2011-05-02-fine.md"));
        Assert.Equal(broken, run.Read("_posts/2011-05-01-broken.md"));
    }

    [Fact]
    public void The_rest_of_the_site_is_copied_byte_for_byte_and_no_file_of_ours_is_written()
    {
        using var run = new CleanupRun();
        const string config = "# mine\ntitle: Mine &#038; yours\ntimezone: Europe/London\n";
        run.Write("_config.yml", config);
        run.Write("_layouts/post.html", "<article>{{ content }}</article>\n");
        run.Write("_includes/disqus.html", "<div id=\"disqus_thread\"></div>\n");
        run.Write("_data/nav.yml", "- home\n");
        run.Write("_posts/2011-05-01-post.md", "---\ntitle: Post\n---\nBody\n");
        run.Write("_site/index.html", "built\n");
        run.Write(".git/HEAD", "ref: refs/heads/main\n");
        run.Write(".jekyll-cache/x", "cache\n");
        run.Write("node_modules/x/index.js", "x\n");
        run.Write("assets/vendor/lib.js", "kept: only the top-level vendor folder is Jekyll's\n");
        byte[] image = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00, 0x80];
        Directory.CreateDirectory(Path.Combine(run.Site, "assets"));
        File.WriteAllBytes(Path.Combine(run.Site, "assets", "pixel.png"), image);

        run.Run();

        Assert.Equal(
            ["_config.yml", "_data/nav.yml", "_includes/disqus.html", "_layouts/post.html", "_posts/2011-05-01-post.md", "assets/pixel.png", "assets/vendor/lib.js"],
            CleanupRun.FilesUnder(run.Out));
        Assert.Equal(config, run.Read("_config.yml"));
        Assert.Equal(image, File.ReadAllBytes(Path.Combine(run.Out, "assets", "pixel.png")));
        Assert.Contains("JKW023", run.SiteCodes);
    }

    [Fact]
    public void An_output_folder_inside_the_site_is_not_copied_into_itself()
    {
        using var run = new CleanupRun();
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-post.md", "---\ntitle: Post\n---\nBody\n");

        run.Run(output: Path.Combine(run.Site, "cleaned"));

        Assert.Equal(["_config.yml", "_posts/2011-05-01-post.md"], CleanupRun.FilesUnder(Path.Combine(run.Site, "cleaned")));
    }

    [Fact]
    public void Symbolic_links_in_the_site_are_neither_read_nor_copied_and_a_loop_ends()
    {
        using var run = new CleanupRun();
        using var outside = Corpus.NewTempFolder();
        const string secret = "root:x:0:0:secret";
        var secretFile = Path.Combine(outside.Path, "passwd");
        File.WriteAllText(secretFile, secret + "\n");
        run.Write("_config.yml", Config);
        run.Write("_posts/2011-05-01-post.md", "---\ntitle: Post\n---\nBody\n");
        File.CreateSymbolicLink(Path.Combine(run.Site, "_posts", "2011-05-02-passwd.md"), secretFile);
        Directory.CreateDirectory(Path.Combine(run.Site, "assets"));
        File.CreateSymbolicLink(Path.Combine(run.Site, "assets", "passwd.txt"), secretFile);
        Directory.CreateSymbolicLink(Path.Combine(run.Site, "assets", "up"), "..");

        run.Run();

        Assert.Equal(["_config.yml", "_posts/2011-05-01-post.md"], CleanupRun.FilesUnder(run.Out));
        Assert.Equal(1, run.Result!.ItemsRead);
        Assert.Contains("JKL008", run.SiteCodes);
        Assert.Contains(run.Result.SiteDiagnostics, d => d.Code == "JKW023" && d.Message.Contains("3 symbolic link(s)", StringComparison.Ordinal));
    }
}
