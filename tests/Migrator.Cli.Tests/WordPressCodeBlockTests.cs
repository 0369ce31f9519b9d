using System.Net;
using System.Text;
using HtmlAgilityPack;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// Every code-highlighting convention of WordPress posts (docs/wordpress-content.md#code-blocks), from a WordPress body
/// as the plugin stores it to a page built by real Jekyll: the built page has a code block with the exact text and
/// the language, no <c>pre</c> inside a <c>pre</c>, and the text after the code is not preformatted. One export holds
/// one post per convention; it is converted and built once (<see cref="BuiltSite"/>).
/// </summary>
public sealed class WordPressCodeBlockTests(WordPressCodeBlockTests.BuiltSite site) : IClassFixture<WordPressCodeBlockTests.BuiltSite>
{
    /// <summary>A convention: the post's slug, its stored body, the language the code block must carry ("" for none) and the code.</summary>
    public sealed record Convention(string Slug, string Body, string Language, string Code);

    private const string Js = "if (a < b && c > 0) {\n  run(\"x\", 'y');\n}";
    private const string Php = "<?php echo $list['b'] . \"<br>\"; ?>";
    private const string Python = "def double(x):\n    return x * 2";

    private static readonly Convention[] Conventions =
    [
        new("code-shortcode", $"Before the code.\n\n[code lang=\"js\"]\n{Js}\n[/code]\n\nAfter the code.", "js", Js),
        new("sourcecode-in-pre", $"Before the code.\n\n<pre>[sourcecode language=\"php\"]\n{Php}\n[/sourcecode]</pre>\n\nAfter the code.", "php", Php),
        new("php-shortcode", $"Before the code.\n\n[php]\n{Php}\n[/php]\n\nAfter the code.", "php", Php),
        new("brush-class", $"Before the code.\n\n<pre class=\"brush: js; light: true\">{Escape(Js)}</pre>\n\nAfter the code.", "js", Js),
        new("wp-syntax-lang", $"Before the code.\n\n<pre lang=\"python\" line=\"1\">{Python}</pre>\n\nAfter the code.", "python", Python),
        new("crayon-class", $"Before the code.\n\n<pre class=\"lang:js decode:true\">{Escape(Js)}</pre>\n\nAfter the code.", "js", Js),
        new("prism-language-class", $"Before the code.\n\n<pre><code class=\"language-js\">{Escape(Js)}</code></pre>\n\nAfter the code.", "js", Js),
        new("core-code-block", $"<!-- wp:paragraph -->\n<p>Before the code.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>{Escape(Js)}</code></pre>\n<!-- /wp:code -->\n\n<!-- wp:paragraph -->\n<p>After the code.</p>\n<!-- /wp:paragraph -->", "", Js),
        new("syntaxhighlighter-block", $"<!-- wp:paragraph -->\n<p>Before the code.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:syntaxhighlighter/code {{\"language\":\"python\"}} -->\n<pre class=\"wp-block-syntaxhighlighter-code\">{Escape(Python)}</pre>\n<!-- /wp:syntaxhighlighter/code -->\n\n<!-- wp:paragraph -->\n<p>After the code.</p>\n<!-- /wp:paragraph -->", "python", Python),
    ];

    public static TheoryData<string> Slugs => new(Conventions.Select(c => c.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void A_wordpress_code_block_is_one_code_block_of_the_built_jekyll_page_with_its_text_and_language(string slug)
    {
        JekyllBuild.Require();
        var convention = Conventions.Single(c => c.Slug == slug);
        var page = new HtmlDocument();
        page.LoadHtml(File.ReadAllText(JekyllBuild.ExpectedPage(site.Jekyll, $"https://code.example/{slug}/")));
        var blocks = page.DocumentNode.SelectNodes("//pre")?.ToList() ?? [];
        Assert.True(blocks.Count == 1, $"{slug}: {blocks.Count} pre elements:\n{page.DocumentNode.OuterHtml}");
        var pre = blocks[0];
        Assert.Equal(convention.Code, WebUtility.HtmlDecode(pre.InnerText).TrimEnd('\n'));
        var classes = pre.AncestorsAndSelf().Concat(pre.Descendants()).Select(n => n.GetAttributeValue("class", "")).ToList();
        if (convention.Language.Length > 0)
            Assert.Contains(classes, c => c.Split(' ').Contains("language-" + convention.Language));
        // The text after the code is a paragraph of its own, not part of the code block.
        Assert.Contains(page.DocumentNode.SelectNodes("//p") ?? Enumerable.Empty<HtmlNode>(), p => p.InnerText.Trim() == "After the code.");
    }

    private static string Escape(string code) => WebUtility.HtmlEncode(code).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);

    /// <summary>The export with one post per convention, converted to Jekyll and built with real Jekyll once for the class.</summary>
    public sealed class BuiltSite : IDisposable
    {
        private readonly TempFolder _temp = Corpus.NewTempFolder();

        public string Jekyll { get; }

        public BuiltSite()
        {
            Jekyll = _temp.Combine("jekyll");
            if (!JekyllBuild.IsAvailable)
                return;
            var export = _temp.Combine("code.wordpress.xml");
            File.WriteAllText(export, Export());
            var convert = CliRun.Run("convert", export, "--to", "jekyll", "--out", Jekyll, "--quiet");
            Assert.True(convert.ExitCode == 0, convert.Stderr);
            var (exit, log) = JekyllBuild.Run(Jekyll);
            Assert.True(exit == 0, log);
        }

        private static string Export()
        {
            var items = new StringBuilder();
            var id = 0;
            foreach (var c in Conventions)
            {
                id++;
                items.Append($"""
                      <item>
                        <title>{c.Slug}</title>
                        <link>https://code.example/{c.Slug}/</link>
                        <dc:creator>admin</dc:creator>
                        <content:encoded><![CDATA[{c.Body}]]></content:encoded>
                        <wp:post_id>{id}</wp:post_id>
                        <wp:post_date>2024-01-{id:00} 10:00:00</wp:post_date>
                        <wp:post_date_gmt>2024-01-{id:00} 10:00:00</wp:post_date_gmt>
                        <wp:post_name>{c.Slug}</wp:post_name>
                        <wp:status>publish</wp:status>
                        <wp:post_type>post</wp:post_type>
                      </item>

                    """);
            }
            return $"""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <title>Code</title>
                  <link>https://code.example</link>
                  <wp:wxr_version>1.2</wp:wxr_version>
                  <wp:base_site_url>https://code.example</wp:base_site_url>
                  <wp:base_blog_url>https://code.example</wp:base_blog_url>
                {items}</channel>
                </rss>
                """;
        }

        public void Dispose() => _temp.Dispose();
    }
}
