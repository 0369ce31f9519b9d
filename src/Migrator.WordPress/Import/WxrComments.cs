using System.Globalization;
using System.Xml.Linq;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Publishing;

namespace Migrator.WordPress.Import;

/// <summary>Reads <c>wp:comment</c> elements (docs/wordpress-wxr.md#comments) and meta rows.</summary>
internal static class WxrComments
{
    public static Comment Read(XElement comment, WxrValues values, ItemPlace place, SiteOffsets offsets, List<Diagnostic> diagnostics)
    {
        XElement? Field(string local) => WxrItemFields.WordPressChild(comment, local);

        var idText = values.Trimmed(Field("comment_id"));
        var label = idText.Length == 0 ? "comment" : $"comment {idText}";
        var date = WxrDates.Resolve(values.TrimmedOrNull(Field("comment_date")), values.TrimmedOrNull(Field("comment_date_gmt")),
            label + " comment_date", place, offsets, diagnostics);
        var statusWord = Field("comment_approved") is null ? "1" : values.Trimmed(Field("comment_approved"));
        return new Comment
        {
            Id = Number(idText, label + " comment_id", place, diagnostics) ?? 0,
            ParentId = Number(values.Trimmed(Field("comment_parent")), label + " comment_parent", place, diagnostics) ?? 0,
            Author = values.Text(Field("comment_author")),
            AuthorEmail = values.TrimmedOrNull(Field("comment_author_email")),
            AuthorUrl = values.TrimmedOrNull(Field("comment_author_url")),
            AuthorIp = values.TrimmedOrNull(Field("comment_author_IP")),
            Date = date.Date,
            Content = values.Text(Field("comment_content")),
            Status = WordPressStatusWords.CommentStatusOf(statusWord),
            StatusWord = statusWord,
            Type = values.Trimmed(Field("comment_type")),
            UserId = Number(values.Trimmed(Field("comment_user_id")), label + " comment_user_id", place, diagnostics) ?? 0,
            Meta = Meta(comment.Elements().Where(e => e.Name.LocalName == "commentmeta" && WxrNamespaces.IsWordPress(e.Name.NamespaceName)), values),
        };
    }

    /// <summary>Meta rows (<c>wp:postmeta</c>, <c>wp:commentmeta</c>, <c>wp:termmeta</c>) in order, keys and values as stored.</summary>
    public static IReadOnlyList<MetaEntry> Meta(IEnumerable<XElement> rows, WxrValues values) =>
        [.. rows.Select(row => new MetaEntry(
            values.Text(WxrItemFields.WordPressChild(row, "meta_key")),
            values.Text(WxrItemFields.WordPressChild(row, "meta_value"))))];

    /// <summary>A whole number, or null (and a diagnostic when the text is not empty).</summary>
    public static long? Number(string text, string label, ItemPlace place, List<Diagnostic> diagnostics)
    {
        if (text.Length == 0)
            return null;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        diagnostics.Add(WxrDiagnostics.BadNumber(place, label, text));
        return null;
    }
}
