using System.Globalization;
using System.Text;
using Migrator.Core.Model;
using Migrator.Core.Text;

namespace Migrator.Core.Normalisation.Shortcodes;

/// <summary>
/// <c>[gallery]</c>: the images named by <c>ids</c> (or <c>include</c>) in that order; without them, the image attachments
/// whose parent is the post (or the <c>id</c> attribute's post), by menu order then id, minus <c>exclude</c>
/// (<c>order="DESC"</c> reverses). Rendered as a simple static gallery: one figure per image, linked to the file
/// (<c>link="file"</c>), the attachment page when known (default), or not at all (<c>link="none"</c>), with the
/// attachment's caption. Images missing from the export are reported; with none found the shortcode is kept.
/// </summary>
internal static class GalleryShortcode
{
    public static string? Render(Shortcode shortcode, ShortcodeExpander expander)
    {
        var atts = shortcode.Attributes;
        var attachments = expander.Context.Site.Attachments;
        var source = expander.Post.Source;
        var items = new List<AttachmentInfo>();
        var explicitIds = atts.NonEmpty("ids") ?? atts.NonEmpty("include");
        if (explicitIds is not null)
        {
            var missing = new List<long>();
            foreach (var id in ParseIds(explicitIds))
            {
                if (attachments.TryGetValue(id, out var found))
                    items.Add(found);
                else
                    missing.Add(id);
            }
            if (missing.Count > 0)
                expander.Report(NormaliseDiagnostics.GalleryAttachmentsMissing(source, string.Join(", ", missing)));
        }
        else
        {
            long? parent = atts.Int("id") > 0 ? atts.Int("id") : expander.Post.Id;
            if (parent is null)
            {
                expander.Report(NormaliseDiagnostics.ShortcodeKeptForMissingMedia(source, shortcode.Name));
                return null;
            }
            var excluded = ParseIds(atts.NonEmpty("exclude") ?? "").ToHashSet();
            items = [.. attachments.Values
                .Where(a => a.ParentId == parent && IsImage(a) && !excluded.Contains(a.Id))
                .OrderBy(a => a.MenuOrder).ThenBy(a => a.Id)];
            if (string.Equals(atts["order"], "DESC", StringComparison.OrdinalIgnoreCase))
                items.Reverse();
        }
        if (items.Count == 0)
        {
            if (explicitIds is null)
                expander.Report(NormaliseDiagnostics.ShortcodeKeptForMissingMedia(source, shortcode.Name));
            return null;
        }

        var columns = atts["columns"] is null ? 3 : atts.Int("columns");
        var link = atts["link"] ?? "";
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<div class=\"gallery gallery-columns-{columns}\">\n");
        foreach (var a in items)
        {
            var src = HtmlEntities.Escape(a.Url);
            var href = link switch
            {
                "none" => null,
                "file" => src,
                _ => HtmlEntities.Escape(a.Link ?? a.Url),
            };
            sb.Append("<figure class=\"gallery-item\">");
            if (href is not null)
                sb.Append("<a href=\"").Append(href).Append("\">");
            sb.Append("<img src=\"").Append(src).Append("\" alt=\"").Append(HtmlEntities.Escape(HtmlEntities.Decode(a.Alt ?? ""))).Append("\" />");
            if (href is not null)
                sb.Append("</a>");
            if (!string.IsNullOrWhiteSpace(a.Caption))
                sb.Append("<figcaption class=\"wp-caption-text gallery-caption\">").Append(a.Caption.Trim()).Append("</figcaption>");
            sb.Append("</figure>\n");
        }
        sb.Append("</div>");
        return sb.ToString();
    }

    internal static IEnumerable<long> ParseIds(string list)
    {
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
                yield return id;
        }
    }

    private static bool IsImage(AttachmentInfo a)
    {
        if (a.MimeType is { Length: > 0 } mime)
            return mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        var ext = Path.GetExtension(a.Url.Split('?')[0]).ToLowerInvariant();
        return ext is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".bmp" or ".svg" or ".avif" or ".tif" or ".tiff" or ".ico" or ".heic";
    }
}
