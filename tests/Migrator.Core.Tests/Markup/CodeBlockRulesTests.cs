using static Migrator.Core.Tests.Markup.ConversionAssert;

namespace Migrator.Core.Tests.Markup;

/// <summary>
/// Code blocks: the language a syntax highlighter's convention names becomes the fence's info string, which renders
/// as <c>&lt;code class="language-x"&gt;</c>; a block with anything else a fence cannot keep stays HTML as written.
/// </summary>
public sealed class CodeBlockRulesTests
{
    [Theory]
    [InlineData("<pre class=\"brush: bash; light: true;\">echo hi</pre>", "bash")] // SyntaxHighlighter, with its settings
    [InlineData("<pre class=\"brush:xml\">echo hi</pre>", "xml")]
    [InlineData("<pre class=\"lang-ruby\">echo hi</pre>", "ruby")]
    [InlineData("<pre class=\"prettyprint lang-html linenums\">echo hi</pre>", "html")] // Google prettify
    [InlineData("<pre lang=\"python\" escaped=\"true\">echo hi</pre>", "python")] // WP-Syntax
    [InlineData("<pre class=\"lang:php decode:true\">echo hi</pre>", "php")] // Crayon
    [InlineData("<pre><code class=\"hljs python\">echo hi</code></pre>", "python")] // highlight.js
    [InlineData("<pre class=\"php geshi\">echo hi</pre>", "php")] // GeSHi
    [InlineData("<pre class=\"line-numbers\"><code class=\"language-js\">echo hi</code></pre>", "js")] // Prism
    [InlineData("<pre class=\"brush: ruby\"><code class=\"lang-rb\">echo hi</code></pre>", "rb")] // the code's own class wins
    public void A_highlighters_language_becomes_the_info_string(string html, string language) =>
        Converts(html, $"```{language}\necho hi\n```\n");

    [Fact]
    public void A_SyntaxHighlighter_title_shows_above_the_code_so_the_block_stays_HTML() =>
        Converts("<pre class=\"brush: php; title: x\">echo 1;</pre>", "<pre class=\"brush: php; title: x\">echo 1;</pre>\n");

    [Fact]
    public void A_pre_without_code_is_a_fenced_block_without_an_info_string() =>
        Converts("<pre>a\n  b</pre>", "```\na\n  b\n```\n");

    [Fact]
    public void A_pre_with_a_class_that_names_no_language_stays_HTML_so_the_class_is_kept() =>
        Converts("<pre class=\"wp-block-verse\">roses\n\nare red</pre>", "<pre class=\"wp-block-verse\">roses\n\nare red</pre>\n");

    [Fact]
    public void A_code_with_a_class_that_names_no_language_stays_HTML() =>
        Converts("<pre><code class=\"language\">npm i</code></pre>", "<pre><code class=\"language\">npm i</code></pre>\n");
}
