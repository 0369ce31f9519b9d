using System.Xml.Linq;
using Migrator.Core.Diagnostics;

namespace Migrator.WordPress.Import;

/// <summary>
/// The children of one <c>&lt;item&gt;</c> sorted by what they are, matched by namespace URI: the single-valued fields
/// (first one wins, a differing repeat is reported), the repeated ones (categories, meta, comments), and the elements
/// WXR does not define, which are kept verbatim.
/// </summary>
internal sealed class WxrItemFields
{
    private readonly Dictionary<string, XElement> _single = new(StringComparer.Ordinal);

    public List<XElement> Categories { get; } = [];
    public List<XElement> Meta { get; } = [];
    public List<XElement> Comments { get; } = [];
    public List<XElement> Unknown { get; } = [];

    /// <summary>Fields of the <c>wp</c> namespace an item has (docs/wordpress-wxr.md#items).</summary>
    private static readonly HashSet<string> WordPressFields = new(StringComparer.Ordinal)
    {
        "post_id", "post_date", "post_date_gmt", "post_modified", "post_modified_gmt", "comment_status", "ping_status",
        "post_name", "status", "post_parent", "menu_order", "post_type", "post_password", "is_sticky", "attachment_url",
    };

    /// <summary>RSS fields of an item: the ones read, and <c>pubDate</c>/<c>description</c>, derived or always empty.</summary>
    private static readonly HashSet<string> RssFields = new(StringComparer.Ordinal) { "title", "link", "guid", "pubDate", "description" };

    public static WxrItemFields Of(XElement item, WxrValues values, ItemPlace place, List<Diagnostic> diagnostics)
    {
        var fields = new WxrItemFields();
        foreach (var child in item.Elements())
        {
            var ns = child.Name.NamespaceName;
            var local = child.Name.LocalName;
            if (ns.Length == 0 && local == "category")
                fields.Categories.Add(child);
            else if (ns.Length == 0 && RssFields.Contains(local))
                fields.AddSingle(local, child, values, place, diagnostics);
            else if (ns == WxrNamespaces.Content && local == "encoded")
                fields.AddSingle("content:encoded", child, values, place, diagnostics);
            else if (ns == WxrNamespaces.DublinCore && local == "creator")
                fields.AddSingle("dc:creator", child, values, place, diagnostics);
            else if (WxrNamespaces.IsExcerpt(ns) && local == "encoded")
                fields.AddSingle("excerpt:encoded", child, values, place, diagnostics);
            else if (WxrNamespaces.IsWordPress(ns) && local == "postmeta")
                fields.Meta.Add(child);
            else if (WxrNamespaces.IsWordPress(ns) && local == "comment")
                fields.Comments.Add(child);
            else if (WxrNamespaces.IsWordPress(ns) && WordPressFields.Contains(local))
                fields.AddSingle("wp:" + local, child, values, place, diagnostics);
            else
                fields.Unknown.Add(child);
        }
        return fields;
    }

    private void AddSingle(string key, XElement element, WxrValues values, ItemPlace place, List<Diagnostic> diagnostics)
    {
        if (!_single.TryGetValue(key, out var first))
        {
            _single[key] = element;
            return;
        }
        if (!string.Equals(values.Text(first, keepComments: true), values.Text(element, keepComments: true), StringComparison.Ordinal))
            diagnostics.Add(WxrDiagnostics.DuplicateElement(place, key));
    }

    /// <summary>The element of a single-valued field (<c>title</c>, <c>wp:post_id</c>, <c>content:encoded</c>), or null.</summary>
    public XElement? this[string key] => _single.GetValueOrDefault(key);

    /// <summary>A child of a <c>wp:postmeta</c>/<c>wp:comment</c>/<c>wp:author</c>… element in the wp namespace.</summary>
    public static XElement? WordPressChild(XElement parent, string local) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == local && WxrNamespaces.IsWordPress(e.Name.NamespaceName));
}
