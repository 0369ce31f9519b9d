using System.Xml.Linq;
using Migrator.Core.Text;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.WordPress.Import;

/// <summary>
/// Turns one <c>&lt;item&gt;</c> element into a <see cref="ReadPost"/> (or an <see cref="UnreadableItem"/> when nothing
/// useful is in it), faithfully (docs/wordpress-wxr.md#items): values as stored, slugs decoded, dates with their offset. Holds nothing
/// from one item to the next.
/// </summary>
internal sealed class WxrItemReader(WxrFile file, SiteOffsets offsets, IReadOnlySet<string> authorLogins)
{
    private readonly WxrValues _values = new(file);

    public SourceItem Read(XElement item, int line)
    {
        var diagnostics = new List<Diagnostic>();
        var idText = _values.TrimmedOrNull(IdElement(item));
        var place = new ItemPlace(file.Path, line, idText);
        var fields = WxrItemFields.Of(item, _values, place, diagnostics);

        var id = WxrComments.Number(idText ?? "", "wp:post_id", place, diagnostics);
        if (idText is null)
            diagnostics.Add(WxrDiagnostics.PostIdMissing(place));
        var title = _values.Text(fields["title"], keepComments: true);
        var content = _values.Text(fields["content:encoded"], keepComments: true);
        var excerpt = _values.Text(fields["excerpt:encoded"], keepComments: true);
        var type = _values.Trimmed(fields["wp:post_type"]);

        if (id is null && title.Length == 0 && content.Length == 0 && excerpt.Length == 0)
            return new UnreadableItem(place.Source, type.Length == 0 ? "unknown" : type, null, WxrDiagnostics.ItemEmpty(place));

        if (type.Length == 0)
        {
            diagnostics.Add(WxrDiagnostics.PostTypeMissing(place));
            type = PostTypes.Post;
        }
        var (status, statusText) = Status(fields, place, diagnostics);
        var slug = Slug(fields, place, diagnostics);
        var date = WxrDates.Resolve(_values.TrimmedOrNull(fields["wp:post_date"]), _values.TrimmedOrNull(fields["wp:post_date_gmt"]),
            "post_date", place, offsets, diagnostics);
        if (fields["wp:post_date"] is null && fields["wp:post_date_gmt"] is null)
            diagnostics.Add(WxrDiagnostics.DateMissing(place));
        var modified = WxrDates.Resolve(_values.TrimmedOrNull(fields["wp:post_modified"]), _values.TrimmedOrNull(fields["wp:post_modified_gmt"]),
            "post_modified", place, offsets, diagnostics);
        var author = _values.TrimmedOrNull(fields["dc:creator"]);
        if (author is not null && authorLogins.Count > 0 && !authorLogins.Contains(author))
            diagnostics.Add(WxrDiagnostics.AuthorNotListed(place, author));
        var meta = WxrComments.Meta(fields.Meta, _values);
        if (status == PublicationStatus.Trashed && slug.EndsWith("__trashed", StringComparison.Ordinal))
            diagnostics.Add(WxrDiagnostics.TrashedSlug(place, slug, meta.FirstOrDefault(m => m.Key == "_wp_desired_post_slug")?.Value));
        ReportMojibake(place, diagnostics, ("title", title), ("content", content), ("excerpt", excerpt));
        var parent = WxrComments.Number(_values.Trimmed(fields["wp:post_parent"]), "wp:post_parent", place, diagnostics);
        var menuOrder = WxrComments.Number(_values.Trimmed(fields["wp:menu_order"]), "wp:menu_order", place, diagnostics);

        var post = new Post
        {
            Source = place.Source,
            Id = id,
            Type = type,
            Status = status,
            StatusWord = statusText,
            Title = title,
            Slug = slug,
            Date = date.Date,
            DateIsFloating = date.Floating,
            Modified = modified.Date,
            Author = author,
            Content = new Body(content, BodyFormat.WordPress),
            Excerpt = excerpt.Length == 0 ? null : excerpt,
            Terms = WxrItemTerms.Read(fields.Categories, _values, place, diagnostics),
            Meta = meta,
            OldSlugs = [.. meta.Where(m => m.Key == WordPressMetaKeys.OldSlug).Select(m => m.Value).Distinct(StringComparer.Ordinal)],
            Comments = [.. fields.Comments.Select(c => WxrComments.Read(c, _values, place, offsets, diagnostics))],
            ParentId = parent is null or 0 ? null : parent,
            MenuOrder = menuOrder is { } order and >= int.MinValue and <= int.MaxValue ? (int)order : 0,
            Sticky = _values.Trimmed(fields["wp:is_sticky"]) == "1",
            Password = _values.Text(fields["wp:post_password"]) is { Length: > 0 } password ? password : null,
            Guid = _values.TrimmedOrNull(fields["guid"]),
            Link = _values.TrimmedOrNull(fields["link"]),
            AttachmentUrl = _values.TrimmedOrNull(fields["wp:attachment_url"]),
            CommentStatus = _values.TrimmedOrNull(fields["wp:comment_status"]),
            PingStatus = _values.TrimmedOrNull(fields["wp:ping_status"]),
            Extra = Extra(fields, place, diagnostics),
        };
        return new ReadPost(post, diagnostics);
    }

    private static XElement? IdElement(XElement item) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == "post_id" && WxrNamespaces.IsWordPress(e.Name.NamespaceName));

    private (PublicationStatus Status, string Text) Status(WxrItemFields fields, ItemPlace place, List<Diagnostic> diagnostics)
    {
        var text = _values.Trimmed(fields["wp:status"]);
        if (text.Length == 0)
        {
            diagnostics.Add(WxrDiagnostics.StatusMissing(place));
            return (PublicationStatus.Draft, "draft");
        }
        var status = WordPressStatusWords.PostStatusOf(text);
        if (status == PublicationStatus.Unknown)
            diagnostics.Add(WxrDiagnostics.UnknownStatus(place, text));
        return (status, text);
    }

    private string Slug(WxrItemFields fields, ItemPlace place, List<Diagnostic> diagnostics)
    {
        var stored = _values.Trimmed(fields["wp:post_name"]);
        var slug = PercentDecoding.Decode(stored, out var invalid);
        if (invalid)
            diagnostics.Add(WxrDiagnostics.SlugNotUtf8(place, "wp:post_name", stored));
        return slug;
    }

    private List<KeyValuePair<string, object?>> Extra(WxrItemFields fields, ItemPlace place, List<Diagnostic> diagnostics)
    {
        var extra = new List<KeyValuePair<string, object?>>();
        if (fields["description"] is { } description && _values.Text(description).Trim().Length > 0)
            extra.Add(new("description", _values.Text(description)));
        foreach (var element in fields.Unknown)
        {
            var name = WxrValues.QualifiedName(element);
            extra.Add(new(name, _values.Verbatim(element)));
            if (file.FirstTime("item-element:" + name))
                diagnostics.Add(WxrDiagnostics.UnknownItemElement(place, name));
        }
        return extra;
    }

    /// <summary>docs/wordpress-wxr.md#escaping-and-repairs: UTF-8 read as Latin-1 and encoded again (<c>CafÃ©</c>, <c>â€™</c>).</summary>
    private static void ReportMojibake(ItemPlace place, List<Diagnostic> diagnostics, params (string Field, string Text)[] values)
    {
        foreach (var (field, text) in values)
        {
            var at = MojibakeAt(text);
            if (at >= 0)
            {
                diagnostics.Add(WxrDiagnostics.Mojibake(place, field, text.Substring(at, Math.Min(3, text.Length - at))));
                return;
            }
        }
    }

    internal static int MojibakeAt(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            var next = text[i + 1];
            if ((c is 'Ã' or 'Â' && next is >= '\u0080' and <= '\u00BF') || (c == 'â' && next == '€'))
                return i;
        }
        return -1;
    }
}
