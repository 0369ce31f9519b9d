using System.Xml;
using System.Xml.Linq;
using Migrator.Core.Text;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.WordPress.Import;

/// <summary>
/// The pre-pass over one file, done by <see cref="WxrImporter.Open"/> before any item is yielded: checks that the file
/// is WXR, reads the channel header (title, URLs, version, authors, terms), and scans the items cheaply for the two
/// things later items need: the attachment index (<see cref="Site.Attachments"/>, galleries without ids) and the
/// offsets the site's dates use (for floating draft dates). The attachment index is the one thing that grows with the
/// export, a few hundred bytes per attachment; everything else read from items is dropped at once.
/// </summary>
internal static class WxrChannelReader
{
    public static WxrChannel Read(WxrFile file, Dictionary<long, AttachmentInfo> attachments, SiteOffsets offsets)
    {
        var channel = new WxrChannel(file.Path);
        var values = new WxrValues(file);
        XmlReader? reader = null;
        var isWxr = false;
        string? namespaceVersion = null;
        var versionLine = 0;
        var damaged = false;
        TextPosition? itemStart = null;
        try
        {
            reader = file.OpenReader();
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "rss" || reader.NamespaceURI.Length != 0)
                throw WxrInputErrors.NotRss(file.Path, reader.NodeType == XmlNodeType.Element ? reader.Name : reader.NodeType.ToString());
            namespaceVersion = DeclaredWordPressVersion(reader, file);
            if (namespaceVersion is not null && WxrVersion.TryParse(namespaceVersion, out var declared))
            {
                file.Version = declared;
                isWxr = true;
            }
            if (!MoveToChannel(reader))
                throw WxrInputErrors.NoChannel(file.Path);
            DeclaredWordPressVersion(reader, file);
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
                {
                    reader.Read();
                    continue;
                }
                if (reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
                {
                    itemStart = ItemStart(reader);
                    ScanItem(reader, values, attachments, offsets);
                    itemStart = null;
                    continue;
                }
                var element = XmlElements.Load(reader);
                if (WxrNamespaces.IsWordPress(element.Name.NamespaceName))
                {
                    isWxr = true;
                    namespaceVersion ??= WxrNamespaces.VersionOfWordPress(element.Name.NamespaceName);
                }
                if (element.Name == XName.Get("wxr_version", element.Name.NamespaceName) && WxrNamespaces.IsWordPress(element.Name.NamespaceName))
                {
                    channel.VersionText ??= values.Trimmed(element);
                    versionLine = versionLine == 0 ? WxrValues.LineOf(element) : versionLine;
                    if (WxrVersion.TryParse(channel.VersionText, out var version))
                        file.Version = version;
                }
                else
                    ReadHeaderElement(channel, element, values, file);
            }
        }
        catch (XmlException ex) when (!isWxr && channel.VersionText is null)
        {
            throw ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? WxrInputErrors.Doctype(file.Path, ex)
                : WxrInputErrors.NotXml(file.Path, ex);
        }
        catch (XmlException ex)
        {
            // Damage past the start of the WXR header: the item pass reaches it too and reports it. Here the index goes on
            // with the items after it; what the header had not said yet stays unknown and is not reported as missing.
            damaged = true;
            reader?.Dispose();
            reader = null;
            ScanAfterDamage(file, ex, itemStart, values, attachments, offsets);
        }
        catch (InvalidDataException) when (isWxr || channel.VersionText is not null)
        {
            // Compressed data damaged after the header: the item pass reports it after the items before it.
            damaged = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw WxrInputErrors.CannotRead(file.Path, ex);
        }
        finally
        {
            reader?.Dispose();
        }
        if (!damaged || channel.VersionText is not null)
            DecideVersion(file, channel, isWxr, namespaceVersion, versionLine);
        return channel;
    }

    /// <summary>
    /// Scans the items after damage for the index, as the item pass reads them: from the next item start tag after each
    /// damaged place. Damage is reported by the item pass, not here.
    /// </summary>
    private static void ScanAfterDamage(WxrFile file, XmlException first, TextPosition? itemStart, WxrValues values,
        Dictionary<long, AttachmentInfo> attachments, SiteOffsets offsets)
    {
        var damage = new TextPosition(first.LineNumber, first.LinePosition);
        var after = itemStart ?? TextPosition.Start;
        while (true)
        {
            XmlReader? reader;
            TextPosition at;
            try
            {
                (reader, at, _) = file.Resume(damage, after, null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return;
            }
            if (reader is null)
                return;
            using (reader)
            {
                itemStart = null;
                try
                {
                    reader.Read();
                    while (!reader.EOF)
                    {
                        if (reader.NodeType == XmlNodeType.Element && reader.Depth == 0 && reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
                        {
                            itemStart = ItemStart(reader);
                            ScanItem(reader, values, attachments, offsets);
                        }
                        else if (reader.NodeType == XmlNodeType.Element)
                            reader.Skip();
                        else
                            reader.Read();
                    }
                    return;
                }
                catch (XmlException ex)
                {
                    damage = new TextPosition(ex.LineNumber, ex.LinePosition);
                    after = itemStart is { } start ? TextPosition.Max(at, start) : at;
                }
            }
        }
    }

    private static TextPosition ItemStart(XmlReader reader) =>
        new(((IXmlLineInfo)reader).LineNumber, ((IXmlLineInfo)reader).LinePosition - 1);

    /// <summary>
    /// The WordPress export version the element's namespace declarations name, if any; every declaration is also kept in
    /// <see cref="WxrFile.Namespaces"/>, for readers that resume inside the channel after damage.
    /// </summary>
    private static string? DeclaredWordPressVersion(XmlReader reader, WxrFile file)
    {
        string? version = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
                {
                    version ??= WxrNamespaces.VersionOfWordPress(reader.Value);
                    file.Namespaces[reader.Prefix == "xmlns" ? reader.LocalName : ""] = reader.Value;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return version;
    }

    private static bool MoveToChannel(XmlReader reader)
    {
        var rssDepth = reader.Depth;
        if (reader.IsEmptyElement)
            return false;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rssDepth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == rssDepth + 1)
            {
                if (reader.LocalName == "channel" && reader.NamespaceURI.Length == 0 && !reader.IsEmptyElement)
                    return true;
                reader.Skip();
                continue;
            }
            reader.Read();
        }
        return false;
    }

    private static void DecideVersion(WxrFile file, WxrChannel channel, bool isWxr, string? namespaceVersion, int versionLine)
    {
        var assumed = namespaceVersion ?? "1.2";
        if (channel.VersionText is null)
        {
            if (!isWxr)
                throw WxrInputErrors.NotWxr(file.Path);
            file.Diagnostics.Report(WxrDiagnostics.VersionMissing(file.Path, assumed));
            channel.VersionText = assumed;
        }
        else if (!WxrVersion.TryParse(channel.VersionText, out var version))
        {
            if (!isWxr)
                throw WxrInputErrors.NotWxr(file.Path);
            file.Diagnostics.Report(WxrDiagnostics.VersionInvalid(file.Path, versionLine, channel.VersionText, assumed));
            if (WxrVersion.TryParse(assumed, out var fromNamespace))
                file.Version = fromNamespace;
        }
        else if (version > WxrVersion.V1_2)
            file.Diagnostics.Report(WxrDiagnostics.VersionNewer(file.Path, versionLine, channel.VersionText));
    }

    private static void ReadHeaderElement(WxrChannel channel, XElement element, WxrValues values, WxrFile file)
    {
        var ns = element.Name.NamespaceName;
        var local = element.Name.LocalName;
        if (ns.Length == 0)
        {
            switch (local)
            {
                case "title": channel.Title ??= values.Text(element); return;
                case "link": channel.Link ??= values.TrimmedOrNull(element); return;
                case "description": channel.Description ??= values.Text(element); return;
                case "language": channel.Language ??= values.TrimmedOrNull(element); return;
                case "pubDate": channel.PubDate ??= values.TrimmedOrNull(element); return;
                case "generator": channel.Generator ??= values.TrimmedOrNull(element); return;
            }
        }
        else if (WxrNamespaces.IsWordPress(ns))
        {
            switch (local)
            {
                case "base_site_url": channel.BaseSiteUrl ??= values.TrimmedOrNull(element); return;
                case "base_blog_url": channel.BaseBlogUrl ??= values.TrimmedOrNull(element); return;
                case "author": AddAuthor(channel, element, values); return;
                case "category": AddTerm(channel, element, values, Taxonomies.Category, "category_nicename", "cat_name", "category_parent", "category_description"); return;
                case "tag": AddTerm(channel, element, values, Taxonomies.Tag, "tag_slug", "tag_name", null, "tag_description"); return;
                case "term": AddTerm(channel, element, values, null, "term_slug", "term_name", "term_parent", "term_description"); return;
            }
        }
        var name = WxrValues.QualifiedName(element);
        channel.Extra.Add(new(name, values.Verbatim(element)));
        if (file.FirstTime("channel-element:" + name))
            file.Diagnostics.Report(WxrDiagnostics.UnknownChannelElement(file.Path, WxrValues.LineOf(element), name));
    }

    private static void AddAuthor(WxrChannel channel, XElement element, WxrValues values)
    {
        string? Field(string local) => values.TrimmedOrNull(WxrItemFields.WordPressChild(element, local));
        var login = Field("author_login");
        if (login is null)
            return;
        channel.Authors.Add(new Author(login)
        {
            Id = long.TryParse(Field("author_id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
            Email = Field("author_email"),
            DisplayName = NullIfEmpty(values.Text(WxrItemFields.WordPressChild(element, "author_display_name"))),
            FirstName = NullIfEmpty(values.Text(WxrItemFields.WordPressChild(element, "author_first_name"))),
            LastName = NullIfEmpty(values.Text(WxrItemFields.WordPressChild(element, "author_last_name"))),
        });
    }

    private static void AddTerm(WxrChannel channel, XElement element, WxrValues values, string? taxonomy, string slugField,
        string nameField, string? parentField, string descriptionField)
    {
        string? Field(string local) => values.TrimmedOrNull(WxrItemFields.WordPressChild(element, local));
        taxonomy ??= Field("term_taxonomy");
        var slug = Field(slugField);
        if (taxonomy is null || slug is null)
            return;
        var parent = parentField is null ? null : Field(parentField);
        channel.Terms.Add(new Term(taxonomy, PercentDecoding.Decode(slug, out _), values.Text(WxrItemFields.WordPressChild(element, nameField)))
        {
            Id = long.TryParse(Field("term_id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
            ParentSlug = parent is null ? null : PercentDecoding.Decode(parent, out _),
            Description = NullIfEmpty(values.Text(WxrItemFields.WordPressChild(element, descriptionField))),
            Meta = WxrComments.Meta(element.Elements().Where(e => e.Name.LocalName == "termmeta" && WxrNamespaces.IsWordPress(e.Name.NamespaceName)), values),
        });
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>
    /// Reads the few fields of an item the index needs, skipping the rest (content, comments) unread. Leaves the reader
    /// on the node after the item.
    /// </summary>
    private static void ScanItem(XmlReader reader, WxrValues values, Dictionary<long, AttachmentInfo> attachments, SiteOffsets offsets)
    {
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? alt = null;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.EOF)
                throw new XmlException("The file ends inside an <item>.");
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                reader.Read();
                continue;
            }
            var key = IndexedField(reader.NamespaceURI, reader.LocalName);
            if (key is null)
            {
                reader.Skip();
                continue;
            }
            var element = XmlElements.Load(reader);
            if (key == "postmeta")
            {
                if (values.Text(WxrItemFields.WordPressChild(element, "meta_key")) == "_wp_attachment_image_alt")
                    alt ??= values.Text(WxrItemFields.WordPressChild(element, "meta_value"));
            }
            else
                fields.TryAdd(key, key is "title" or "excerpt" ? values.Text(element) : values.Trimmed(element));
        }
        reader.Read();
        CountOffset(fields, offsets);
        AddAttachment(fields, alt, attachments);
    }

    private static string? IndexedField(string ns, string local)
    {
        if (ns.Length == 0)
            return local is "title" or "link" or "guid" ? local : null;
        if (WxrNamespaces.IsExcerpt(ns))
            return local == "encoded" ? "excerpt" : null;
        if (!WxrNamespaces.IsWordPress(ns))
            return null;
        return local is "post_id" or "post_type" or "post_parent" or "menu_order" or "attachment_url" or "post_date"
            or "post_date_gmt" or "postmeta" ? local : null;
    }

    private static void CountOffset(Dictionary<string, string> fields, SiteOffsets offsets)
    {
        if (fields.TryGetValue("post_date", out var local) && fields.TryGetValue("post_date_gmt", out var gmt)
            && WxrDates.TryParse(local, out var l) && WxrDates.TryParse(gmt, out var g)
            && WxrDates.OffsetBetween(l, g) is { } offset)
            offsets.Add(l, offset);
    }

    private static void AddAttachment(Dictionary<string, string> fields, string? alt, Dictionary<long, AttachmentInfo> attachments)
    {
        if (fields.GetValueOrDefault("post_type") != PostTypes.Attachment
            || !long.TryParse(fields.GetValueOrDefault("post_id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return;
        var url = fields.GetValueOrDefault("attachment_url") ?? fields.GetValueOrDefault("guid") ?? "";
        var excerpt = fields.GetValueOrDefault("excerpt");
        attachments.TryAdd(id, new AttachmentInfo(id, url)
        {
            ParentId = long.TryParse(fields.GetValueOrDefault("post_parent"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parent) ? parent : 0,
            MenuOrder = int.TryParse(fields.GetValueOrDefault("menu_order"), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var order) ? order : 0,
            Title = fields.GetValueOrDefault("title") ?? "",
            Caption = string.IsNullOrEmpty(excerpt) ? null : excerpt,
            Alt = string.IsNullOrEmpty(alt) ? null : alt,
            MimeType = MimeTypes.FromUrl(url),
            Link = fields.GetValueOrDefault("link"),
        });
    }
}
