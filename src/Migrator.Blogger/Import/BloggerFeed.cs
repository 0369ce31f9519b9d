using System.Xml;
using System.Xml.Linq;
using Migrator.Core.Model;

namespace Migrator.Blogger.Import;

/// <summary>
/// Streams a Blogger export: the feed's own head (title, address, generator), then its entries one at a time, each
/// read as a small element and dropped once converted, so memory stays flat whatever the file's size.
/// </summary>
internal static class BloggerFeed
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>What the feed says of the blog before its first entry.</summary>
    public static Site Head(string file)
    {
        using var reader = XmlReader.Create(file, Settings);
        reader.MoveToContent();
        if (reader.LocalName != "feed" || reader.NamespaceURI != BloggerEntryReader.Atom.NamespaceName)
            throw new XmlException("the file is not an Atom feed (its root element is not <feed>)");
        string? title = null, url = null, generator = null, id = null;
        reader.Read();
        while (!reader.EOF && reader.Depth >= 1)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                reader.Read();
                continue;
            }
            if (reader.LocalName == "entry")
                break;
            var element = (XElement)XNode.ReadFrom(reader);
            if (element.Name.Namespace != BloggerEntryReader.Atom)
                continue;
            switch (element.Name.LocalName)
            {
                case "title": title = element.Value.Trim(); break;
                case "id": id = element.Value.Trim(); break;
                case "generator": generator = $"{element.Value.Trim()} {(string?)element.Attribute("version")}".Trim(); break;
                case "link" when (string?)element.Attribute("rel") == "alternate": url = (string?)element.Attribute("href"); break;
            }
        }
        return new Site
        {
            Title = title ?? "",
            Url = url,
            SourceVersion = generator ?? (id is not null ? "Google Takeout" : null),
            SourceFiles = [file],
        };
    }

    /// <summary>
    /// The entries in file order, each with the line it starts on. Damage ends the walk: the last result then carries
    /// the <see cref="XmlException"/> (with its line) instead of an entry.
    /// </summary>
    public static IEnumerable<(XElement? Entry, XmlException? Damage)> Entries(string file)
    {
        using var reader = XmlReader.Create(file, Settings);
        var info = (IXmlLineInfo)reader;
        while (true)
        {
            XElement? entry = null;
            XmlException? damage = null;
            try
            {
                if (!MoveToNextEntry(reader))
                    yield break;
                var line = info.LineNumber;
                entry = (XElement)XNode.ReadFrom(reader);
                entry.AddAnnotation(new EntryLine(line));
            }
            catch (XmlException ex)
            {
                damage = ex;
            }
            yield return (entry, damage);
            if (damage is not null)
                yield break;
        }
    }

    /// <summary>The line an entry's start tag is on.</summary>
    public static int LineOf(XElement entry) => entry.Annotation<EntryLine>()?.Line ?? 0;

    private static bool MoveToNextEntry(XmlReader reader)
    {
        while (reader.NodeType != XmlNodeType.Element || reader.LocalName != "entry" || reader.Depth != 1)
        {
            if (!reader.Read())
                return false;
        }
        return true;
    }

    private sealed record EntryLine(int Line);
}
