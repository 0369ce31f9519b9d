using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Migrator.WordPress.Import;

/// <summary>
/// Turns an element of one file into its string value: text and CDATA sections joined (a value holding <c>]]&gt;</c> is
/// split in two sections, docs/wordpress-wxr.md#escaping-and-repairs), white space between CDATA sections dropped, and the space WordPress before 3.4
/// appended to CDATA text ending in <c>]</c> removed (reported once per file).
/// </summary>
internal sealed class WxrValues(WxrFile file)
{
    /// <summary>The value exactly as stored (nothing trimmed); XML comments are kept as <c>&lt;!--…--&gt;</c> when asked.</summary>
    public string Text(XElement? element, bool keepComments = false)
    {
        if (element is null)
            return "";
        var first = element.FirstNode;
        if (first is null)
            return "";
        if (first.NextNode is null && first is XText single)
            return single is XCData cdata ? WithoutOldTrailingSpace(element, cdata.Value) : single.Value;

        var hasCData = element.Nodes().Any(n => n is XCData);
        var lastCData = hasCData ? element.Nodes().OfType<XCData>().Last() : null;
        var sb = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XCData cdata:
                    sb.Append(ReferenceEquals(cdata, lastCData) ? WithoutOldTrailingSpace(element, cdata.Value) : cdata.Value);
                    break;
                case XText text:
                    if (!hasCData || !string.IsNullOrWhiteSpace(text.Value))
                        sb.Append(text.Value);
                    break;
                case XComment comment when keepComments:
                    sb.Append("<!--").Append(comment.Value).Append("-->");
                    break;
                case XElement child:
                    sb.Append(child.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces));
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The value with surrounding white space removed: for ids, dates, slugs, logins, URLs and status words.</summary>
    public string Trimmed(XElement? element) => Text(element).Trim();

    /// <summary>The trimmed value, or null when the element is absent or the value empty.</summary>
    public string? TrimmedOrNull(XElement? element)
    {
        var text = Trimmed(element);
        return text.Length == 0 ? null : text;
    }

    private string WithoutOldTrailingSpace(XElement element, string value)
    {
        if (file.Version >= WxrVersion.V1_2 || !value.EndsWith("] ", StringComparison.Ordinal))
            return value;
        if (file.FirstTime("cdata-trailing-space"))
            file.Diagnostics.Report(WxrDiagnostics.CdataTrailingSpaceRemoved(file.Path, LineOf(element), file.Version.ToString()));
        return value[..^1];
    }

    public static int LineOf(XObject node) => ((IXmlLineInfo)node).HasLineInfo() ? ((IXmlLineInfo)node).LineNumber : 0;

    /// <summary>A name for an element that is kept in <c>Extra</c>: WordPress's prefix for its namespaces, else the file's.</summary>
    public static string QualifiedName(XElement element)
    {
        var ns = element.Name.NamespaceName;
        if (ns.Length == 0)
            return element.Name.LocalName;
        var prefix = WxrNamespaces.CanonicalPrefix(ns) ?? element.GetPrefixOfNamespace(element.Name.Namespace);
        return prefix is null ? element.Name.ToString() : prefix + ":" + element.Name.LocalName;
    }

    /// <summary>What an unknown element is kept as: its text, or its XML when it has child elements or attributes.</summary>
    public string Verbatim(XElement element) =>
        element.HasElements || element.Attributes().Any(a => !a.IsNamespaceDeclaration)
            ? element.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces)
            : Text(element, keepComments: true);
}
