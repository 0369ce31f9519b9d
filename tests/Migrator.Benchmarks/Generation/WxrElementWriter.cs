using System.Globalization;
using System.Xml;

namespace Migrator.Benchmarks.Generation;

/// <summary>
/// The WXR 1.2 element shapes, over an <see cref="XmlWriter"/>: the exact prefixes and http URIs WordPress writes,
/// CDATA for free text (split at <c>]]&gt;</c> by <see cref="XmlWriter.WriteCData"/>, as <c>wxr_cdata()</c> does).
/// </summary>
internal sealed class WxrElementWriter(XmlWriter xml)
{
    public const string WpNamespace = "http://wordpress.org/export/1.2/";
    public const string ExcerptNamespace = "http://wordpress.org/export/1.2/excerpt/";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string WfwNamespace = "http://wellformedweb.org/CommentAPI/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public XmlWriter Xml { get; } = xml;

    public void Start(string localName) => Xml.WriteStartElement(localName);

    public void StartWp(string localName) => Xml.WriteStartElement("wp", localName, WpNamespace);

    public void End() => Xml.WriteEndElement();

    /// <summary><c>&lt;name&gt;text&lt;/name&gt;</c> without CDATA (XML-escaped); empty as <c>&lt;name&gt;&lt;/name&gt;</c>, as WordPress writes it.</summary>
    public void Text(string localName, string value)
    {
        Xml.WriteStartElement(localName);
        Xml.WriteString(value);
        Xml.WriteFullEndElement();
    }

    public void WpText(string localName, string value)
    {
        Xml.WriteStartElement("wp", localName, WpNamespace);
        Xml.WriteString(value);
        Xml.WriteFullEndElement();
    }

    public void WpNumber(string localName, long value) => WpText(localName, value.ToString(CultureInfo.InvariantCulture));

    public void WpCData(string localName, string value) => CData("wp", localName, WpNamespace, value);

    public void CData(string prefix, string localName, string ns, string value)
    {
        Xml.WriteStartElement(prefix, localName, ns);
        Xml.WriteCData(value);
        Xml.WriteEndElement();
    }

    /// <summary><c>wp:postmeta</c>, <c>wp:commentmeta</c> or <c>wp:termmeta</c> with key and value in CDATA.</summary>
    public void Meta(string kind, string key, string value)
    {
        StartWp(kind);
        WpCData("meta_key", key);
        WpCData("meta_value", value);
        End();
    }

    /// <summary>An item term: <c>&lt;category domain="…" nicename="…"&gt;</c>, domain first, name in CDATA.</summary>
    public void ItemTerm(string domain, string nicename, string name)
    {
        Xml.WriteStartElement("category");
        Xml.WriteAttributeString("domain", domain);
        Xml.WriteAttributeString("nicename", nicename);
        Xml.WriteCData(name);
        Xml.WriteEndElement();
    }
}
