using System.Text;
using System.Xml;

namespace Migrator.WordPress.Export;

/// <summary>Namespaces and writer settings of WXR 1.2 as WordPress writes it.</summary>
internal static class WxrXml
{
    public const string Excerpt = "http://wordpress.org/export/1.2/excerpt/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Wfw = "http://wellformedweb.org/CommentAPI/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string Wp = "http://wordpress.org/export/1.2/";

    /// <summary>The prefixes in the order WordPress declares them on <c>&lt;rss&gt;</c>.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Uri)> Namespaces =
    [
        ("excerpt", Excerpt), ("content", Content), ("wfw", Wfw), ("dc", Dc), ("wp", Wp),
    ];

    public static XmlWriter CreateWriter(StringBuilder target, bool indent = true) => XmlWriter.Create(target, new XmlWriterSettings
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
        Indent = indent,
        IndentChars = "\t",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
    });

    /// <summary>Writes the namespace declarations on the element just started.</summary>
    public static void DeclareNamespaces(XmlWriter writer)
    {
        foreach (var (prefix, uri) in Namespaces)
            writer.WriteAttributeString("xmlns", prefix, null, uri);
    }

    /// <summary>
    /// Serialises channel children (items, author blocks) as a text fragment that can be appended inside the
    /// <c>&lt;channel&gt;</c> of a WXR file: the children are written inside a throw-away <c>&lt;channel&gt;</c> that
    /// declares the WXR prefixes, so they use <c>wp:</c>, <c>dc:</c>… without declaring them again, and the text
    /// after that wrapper's start tag is returned (starting with the newline and tab of the indentation).
    /// </summary>
    public static string ChannelFragment(Action<XmlWriter> writeChildren) => ChannelFragment(writeChildren, indent: true);

    /// <summary>
    /// One author block on one line, after a newline and a tab: WordPress writes <c>wp:author</c> so, and the importer's
    /// fallback parser (WXR_Parser_Regex) reads an author only from a single line.
    /// </summary>
    public static string AuthorLine(Action<XmlWriter> writeAuthor) => "\n\t" + ChannelFragment(writeAuthor, indent: false).Trim();

    private static string ChannelFragment(Action<XmlWriter> writeChildren, bool indent)
    {
        var sb = new StringBuilder();
        using (var writer = CreateWriter(sb, indent))
        {
            writer.WriteStartElement("channel");
            DeclareNamespaces(writer);
            writer.WriteComment("");
            writer.Flush();
            var start = sb.Length;
            writeChildren(writer);
            writer.Flush();
            var fragment = sb.ToString(start, sb.Length - start);
            writer.WriteEndElement();
            return fragment;
        }
    }

    /// <summary>Writes <c>&lt;prefix:name&gt;&lt;![CDATA[value]]&gt;&lt;/prefix:name&gt;</c>; <c>]]&gt;</c> is split by the writer.</summary>
    public static void CData(XmlWriter writer, string? prefix, string name, string ns, string value)
    {
        writer.WriteStartElement(prefix, name, ns);
        writer.WriteCData(value);
        writer.WriteFullEndElement();
    }

    /// <summary>Writes an element with escaped text (numbers, URLs, dates in RFC 822); empty text gives a full end tag.</summary>
    public static void Text(XmlWriter writer, string? prefix, string name, string ns, string value)
    {
        writer.WriteStartElement(prefix, name, ns);
        if (value.Length > 0)
            writer.WriteString(value);
        writer.WriteFullEndElement();
    }
}
