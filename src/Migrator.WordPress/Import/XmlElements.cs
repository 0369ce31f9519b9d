using System.Xml;
using System.Xml.Linq;

namespace Migrator.WordPress.Import;

/// <summary>Loads the element under an <see cref="XmlReader"/> on its own, with line numbers.</summary>
internal static class XmlElements
{
    /// <summary>
    /// Reads the element the reader is on (one item, one author: small) into an <see cref="XElement"/> and leaves the
    /// reader on the node after it. Namespaces declared on ancestors stay resolvable.
    /// </summary>
    public static XElement Load(XmlReader reader)
    {
        XElement element;
        using (var subtree = reader.ReadSubtree())
            element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        reader.Read();
        return element;
    }
}
