using System.Globalization;
using System.Text;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// Block-editor <c>post_content</c>: <c>&lt;!-- wp:… --&gt;</c> delimiters around paragraphs, headings, images,
/// embeds (the bare URL inside the wrapper), lists of list-items, quotes, code, the more block and the odd
/// shortcode block, serialised as the editor saves them.
/// </summary>
internal sealed class BlockContentBuilder(SeededRandom random, TextComposer text)
{
    public string Build(ContentContext context)
    {
        var body = new StringBuilder(context.TargetLength + 1024);
        AppendParagraph(body, context);
        if (random.Chance(40))
        {
            body.Append("\n\n");
            body.Append("<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->");
        }
        while (body.Length < context.TargetLength)
        {
            body.Append("\n\n");
            AppendBlock(body, context);
        }
        return body.ToString();
    }

    private void AppendBlock(StringBuilder body, ContentContext context)
    {
        switch (random.Next(100))
        {
            case < 60: AppendParagraph(body, context); break;
            case < 67: AppendHeading(body); break;
            case < 75: AppendImage(body, context); break;
            case < 79: AppendEmbed(body); break;
            case < 86: AppendList(body, context); break;
            case < 91: AppendQuote(body, context); break;
            case < 95: AppendCode(body); break;
            case < 97: body.Append("<!-- wp:shortcode -->\n").Append(random.Pick(WordList.UnknownShortcodes)).Append("\n<!-- /wp:shortcode -->"); break;
            default: body.Append("<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->"); break;
        }
    }

    private void AppendParagraph(StringBuilder body, ContentContext context)
    {
        body.Append("<!-- wp:paragraph -->\n<p>");
        AppendSentences(body, context, 2, 6);
        body.Append("</p>\n<!-- /wp:paragraph -->");
    }

    private void AppendHeading(StringBuilder body)
    {
        if (random.Chance(70))
        {
            body.Append("<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">").Append(text.Words(2, 6)).Append("</h2>\n<!-- /wp:heading -->");
            return;
        }
        body.Append("<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">").Append(text.Words(2, 6)).Append("</h3>\n<!-- /wp:heading -->");
    }

    private void AppendImage(StringBuilder body, ContentContext context)
    {
        var image = context.AnyAttachment(random);
        if (image is null)
        {
            AppendParagraph(body, context);
            return;
        }
        var id = image.Id.ToString(CultureInfo.InvariantCulture);
        var size = random.Chance(60) ? "large" : "full";
        body.Append("<!-- wp:image {\"id\":").Append(id).Append(",\"sizeSlug\":\"").Append(size).Append("\",\"linkDestination\":\"none\"} -->\n")
            .Append("<figure class=\"wp-block-image size-").Append(size).Append("\"><img src=\"").Append(image.Url)
            .Append("\" alt=\"").Append(image.AltText).Append("\" class=\"wp-image-").Append(id).Append("\"/>");
        if (random.Chance(60))
            body.Append("<figcaption class=\"wp-element-caption\">").Append(text.PlainSentence()).Append("</figcaption>");
        body.Append("</figure>\n<!-- /wp:image -->");
    }

    private void AppendEmbed(StringBuilder body)
    {
        var url = VideoAddress.Watch(VideoAddress.NewId(random));
        body.Append("<!-- wp:embed {\"url\":\"").Append(url)
            .Append("\",\"type\":\"video\",\"providerNameSlug\":\"youtube\",\"responsive\":true,\"className\":\"wp-embed-aspect-16-9 wp-has-aspect-ratio\"} -->\n")
            .Append("<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\">")
            .Append("<div class=\"wp-block-embed__wrapper\">\n").Append(url).Append("\n</div></figure>\n<!-- /wp:embed -->");
    }

    private void AppendList(StringBuilder body, ContentContext context)
    {
        var ordered = random.Chance(30);
        body.Append(ordered ? "<!-- wp:list {\"ordered\":true} -->\n<ol class=\"wp-block-list\">" : "<!-- wp:list -->\n<ul class=\"wp-block-list\">");
        var items = random.Between(2, 6);
        for (var i = 0; i < items; i++)
        {
            body.Append("<!-- wp:list-item -->\n<li>");
            text.AppendRichSentence(body, context.SiteUrl);
            body.Append("</li>\n<!-- /wp:list-item -->");
        }
        body.Append(ordered ? "</ol>\n<!-- /wp:list -->" : "</ul>\n<!-- /wp:list -->");
    }

    private void AppendQuote(StringBuilder body, ContentContext context)
    {
        body.Append("<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">");
        var paragraphs = random.Between(1, 2);
        for (var i = 0; i < paragraphs; i++)
        {
            body.Append("<!-- wp:paragraph -->\n<p>");
            AppendSentences(body, context, 1, 3);
            body.Append("</p>\n<!-- /wp:paragraph -->");
        }
        if (random.Chance(50))
            body.Append("<cite>").Append(text.Words(1, 3)).Append("</cite>");
        body.Append("</blockquote>\n<!-- /wp:quote -->");
    }

    private void AppendCode(StringBuilder body)
    {
        body.Append("<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>");
        var lines = random.Between(2, 8);
        for (var i = 0; i < lines; i++)
        {
            if (i > 0)
                body.Append('\n');
            body.Append(random.Pick(WordList.CodeLines));
        }
        body.Append("</code></pre>\n<!-- /wp:code -->");
    }

    private void AppendSentences(StringBuilder body, ContentContext context, int min, int max)
    {
        var sentences = random.Between(min, max);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
                body.Append(' ');
            text.AppendRichSentence(body, context.SiteUrl);
        }
    }
}
