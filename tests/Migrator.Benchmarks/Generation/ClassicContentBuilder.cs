using System.Globalization;
using System.Text;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// Classic-editor <c>post_content</c> as WordPress stores it: no <c>&lt;p&gt;</c>, paragraphs separated by blank
/// lines, shortcodes unexpanded (<c>[caption]</c> in both syntaxes, <c>[gallery]</c> with and without ids,
/// <c>[embed]</c>, Jetpack <c>[youtube]</c>, shortcodes no one registered), bare video URLs on their own line,
/// <c>&lt;pre&gt;</c> blocks with blank lines and the odd <c>]]&gt;</c>.
/// </summary>
internal sealed class ClassicContentBuilder(SeededRandom random, TextComposer text)
{
    public string Build(ContentContext context)
    {
        var body = new StringBuilder(context.TargetLength + 1024);
        text.AppendRichParagraph(body, context.SiteUrl, 2, 5);
        if (random.Chance(40))
            body.Append("\n\n<!--more-->");
        while (body.Length < context.TargetLength)
        {
            body.Append("\n\n");
            AppendPiece(body, context);
        }
        if (random.Chance(30))
            body.Append('\n');
        return body.ToString();
    }

    private void AppendPiece(StringBuilder body, ContentContext context)
    {
        switch (random.Next(100))
        {
            case < 58: text.AppendRichParagraph(body, context.SiteUrl, 2, 7); break;
            case < 63: AppendHeading(body); break;
            case < 66: AppendOldCaption(body, context); break;
            case < 69: AppendNewCaption(body, context); break;
            case < 72: AppendGallery(body, context); break;
            case < 74: body.Append("[embed]").Append(VideoAddress.Watch(VideoAddress.NewId(random))).Append("[/embed]"); break;
            case < 76: AppendYoutubeShortcode(body); break;
            case < 78: AppendUnknownShortcode(body); break;
            case < 80: body.Append(VideoAddress.Watch(VideoAddress.NewId(random))); break;
            case < 85: AppendPre(body); break;
            case < 90: AppendList(body, context); break;
            case < 94: AppendQuote(body, context); break;
            default: AppendInlineImage(body, context); break;
        }
    }

    private void AppendHeading(StringBuilder body)
    {
        var level = random.Chance(70) ? "2" : "3";
        body.Append("<h").Append(level).Append('>').Append(text.Words(2, 6)).Append("</h").Append(level).Append('>');
    }

    /// <summary>Before WP 3.4: the caption text rides in the <c>caption</c> attribute.</summary>
    private void AppendOldCaption(StringBuilder body, ContentContext context)
    {
        var image = context.AnyAttachment(random);
        if (image is null)
        {
            text.AppendRichParagraph(body, context.SiteUrl, 1, 2);
            return;
        }
        var width = Width();
        body.Append("[caption id=\"attachment_").Append(Number(image.Id)).Append("\" align=\"").Append(Align())
            .Append("\" width=\"").Append(width).Append("\" caption=\"").Append(text.PlainSentence()).Append("\"]");
        AppendImage(body, image, width, linked: random.Chance(60));
        body.Append("[/caption]");
    }

    /// <summary>WP 3.4 and later: the caption is what follows the (linked) image inside the shortcode.</summary>
    private void AppendNewCaption(StringBuilder body, ContentContext context)
    {
        var image = context.AnyAttachment(random);
        if (image is null)
        {
            text.AppendRichParagraph(body, context.SiteUrl, 1, 2);
            return;
        }
        var width = Width();
        body.Append("[caption id=\"attachment_").Append(Number(image.Id)).Append("\" align=\"").Append(Align())
            .Append("\" width=\"").Append(width).Append("\"]");
        AppendImage(body, image, width, linked: random.Chance(60));
        body.Append(' ').Append(text.PlainSentence());
        if (random.Chance(30))
            body.Append(" <em>").Append(text.Words(1, 3)).Append("</em>");
        body.Append("[/caption]");
    }

    private void AppendGallery(StringBuilder body, ContentContext context)
    {
        var images = context.OwnAttachments.Count > 0 ? context.OwnAttachments : context.RecentAttachments;
        if (images.Count == 0 || random.Chance(35))
        {
            // Without ids: the post's own image attachments (post_parent), in menu order.
            body.Append(random.Chance(50) ? "[gallery]" : "[gallery columns=\"4\" link=\"file\"]");
            return;
        }
        body.Append("[gallery ids=\"");
        var count = Math.Min(images.Count, random.Between(2, 6));
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                body.Append(',');
            body.Append(Number(images[images.Count - 1 - i].Id));
        }
        body.Append('"');
        if (random.Chance(40))
            body.Append(" size=\"medium\"");
        body.Append(']');
    }

    private void AppendYoutubeShortcode(StringBuilder body)
    {
        var id = VideoAddress.NewId(random);
        if (random.Chance(50))
            body.Append("[youtube ").Append(VideoAddress.Watch(id)).Append(']');
        else
            body.Append("[youtube=http://www.youtube.com/watch?v=").Append(id).Append("&w=640&h=385]");
    }

    private void AppendUnknownShortcode(StringBuilder body)
    {
        var shortcode = random.Pick(WordList.UnknownShortcodes);
        body.Append(shortcode);
        if (shortcode.StartsWith("[pullout", StringComparison.Ordinal))
            body.Append(text.PlainSentence()).Append("[/pullout]");
    }

    private void AppendPre(StringBuilder body)
    {
        body.Append("<pre>");
        var lines = random.Between(2, 9);
        for (var i = 0; i < lines; i++)
        {
            if (i > 0)
                body.Append('\n');
            body.Append(random.Pick(WordList.CodeLines));
        }
        body.Append("</pre>");
    }

    private void AppendList(StringBuilder body, ContentContext context)
    {
        var tag = random.Chance(70) ? "ul" : "ol";
        body.Append('<').Append(tag).Append(">\n");
        var items = random.Between(2, 6);
        for (var i = 0; i < items; i++)
        {
            body.Append("\t<li>");
            text.AppendRichSentence(body, context.SiteUrl);
            body.Append("</li>\n");
        }
        body.Append("</").Append(tag).Append('>');
    }

    private void AppendQuote(StringBuilder body, ContentContext context)
    {
        body.Append("<blockquote>");
        text.AppendRichParagraph(body, context.SiteUrl, 1, 3);
        body.Append("</blockquote>");
    }

    private void AppendInlineImage(StringBuilder body, ContentContext context)
    {
        var image = context.AnyAttachment(random);
        if (image is null)
        {
            text.AppendRichParagraph(body, context.SiteUrl, 1, 3);
            return;
        }
        AppendImage(body, image, Width(), linked: random.Chance(50));
    }

    private void AppendImage(StringBuilder body, GeneratedAttachment image, string width, bool linked)
    {
        if (linked)
            body.Append("<a href=\"").Append(image.Url).Append("\">");
        body.Append("<img class=\"size-full wp-image-").Append(Number(image.Id)).Append("\" src=\"").Append(image.Url)
            .Append("\" alt=\"").Append(image.AltText).Append("\" width=\"").Append(width).Append("\" height=\"")
            .Append(Number(random.Between(150, 600))).Append("\" />");
        if (linked)
            body.Append("</a>");
    }

    private string Width() => Number(random.Pick(Widths));

    private string Align() => random.Pick(Aligns);

    private static readonly int[] Widths = [150, 300, 480, 584, 640, 1024];

    private static readonly string[] Aligns = ["alignnone", "alignleft", "aligncenter", "alignright"];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
