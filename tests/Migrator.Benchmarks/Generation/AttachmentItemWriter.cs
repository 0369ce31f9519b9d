using System.Globalization;
using System.Text;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// Attachments: planned before their post (so the post's content can refer to their IDs and URLs), written after
/// it with status <c>inherit</c>, <c>wp:attachment_url</c>, <c>_wp_attached_file</c>, a PHP-serialized
/// <c>_wp_attachment_metadata</c> (UTF-8 byte lengths) and usually <c>_wp_attachment_image_alt</c>.
/// </summary>
internal static class AttachmentItemWriter
{
    public static GeneratedAttachment Plan(SeededRandom random, TextComposer text, SiteShape site, int id, int parentId, DateTime utc)
    {
        var folder = SiteClock.ToLocal(utc).ToString("yyyy/MM", CultureInfo.InvariantCulture);
        // Some file names keep their accents (WordPress leaves non-ASCII letters in file names).
        var name = random.Chance(10)
            ? random.Pick(WordList.AccentedLatin).ToLowerInvariant() + "-" + text.Word()
            : text.Word() + "-" + text.Word() + (random.Chance(30) ? "-" + Number(random.Between(1, 99)) : "");
        var relative = folder + "/" + name + (random.Chance(85) ? ".jpg" : ".png");
        var alt = random.Chance(70) ? text.PlainSentence() : "";
        return new GeneratedAttachment(id, parentId, relative, site.SiteUrl + "/wp-content/uploads/" + relative, alt, text.Words(1, 4));
    }

    public static void Write(
        WxrElementWriter wxr, SeededRandom random, SiteShape site, GeneratedAttachment attachment, DateTime utc, string parentPermalink, string creator)
    {
        var local = SiteClock.ToLocal(utc);
        var slug = attachment.Title.Replace(' ', '-');
        ItemFieldsWriter.WriteStart(wxr, new ItemFields
        {
            Id = attachment.Id,
            Title = attachment.Title,
            Link = parentPermalink.Length > 0 ? parentPermalink + "/" + slug + "/" : site.SiteUrl + "/?attachment_id=" + Number(attachment.Id),
            PubDate = SiteClock.Rfc822(utc),
            Creator = creator,
            Guid = attachment.Url,
            Content = "",
            Excerpt = random.Chance(30) ? attachment.Title : "",
            PostDate = SiteClock.Database(local),
            PostDateGmt = SiteClock.Database(utc),
            ModifiedDate = SiteClock.Database(local),
            ModifiedDateGmt = SiteClock.Database(utc),
            CommentStatus = "closed",
            PingStatus = "closed",
            Slug = slug,
            Status = "inherit",
            Parent = attachment.ParentId,
            MenuOrder = 0,
            Type = "attachment",
            AttachmentUrl = attachment.Url,
        });
        wxr.Meta("postmeta", "_wp_attached_file", attachment.RelativePath);
        wxr.Meta("postmeta", "_wp_attachment_metadata", Metadata(random, attachment.RelativePath));
        if (attachment.AltText.Length > 0)
            wxr.Meta("postmeta", "_wp_attachment_image_alt", attachment.AltText);
        wxr.End();
    }

    private static string Metadata(SeededRandom random, string relativePath)
    {
        var width = random.Pick(Widths);
        var height = width * random.Between(50, 100) / 100;
        var file = new StringBuilder("a:5:{");
        file.Append("s:5:\"width\";i:").Append(Number(width)).Append(';');
        file.Append("s:6:\"height\";i:").Append(Number(height)).Append(';');
        file.Append("s:4:\"file\";").Append(SerializedString(relativePath));
        file.Append("s:8:\"filesize\";i:").Append(Number(random.Between(20_000, 900_000))).Append(';');
        file.Append("s:5:\"sizes\";a:0:{}}");
        return file.ToString();
    }

    private static string SerializedString(string value) =>
        "s:" + Number(Encoding.UTF8.GetByteCount(value)) + ":\"" + value + "\";";

    private static readonly int[] Widths = [640, 800, 1024, 1600, 2048];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
