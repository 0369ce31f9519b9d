using System.Xml.Linq;
using Migrator.Testing;

namespace Migrator.Core.Tests.Media;

/// <summary>The bundled sample export as the media engine sees it: the site's addresses, the post bodies, the attachment URLs.</summary>
internal sealed record SampleExport(IReadOnlyList<string> Addresses, IReadOnlyList<string> Bodies, IReadOnlyList<string> AttachmentUrls)
{
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static SampleExport Read()
    {
        var file = Directory.GetFiles(Path.Combine(Corpus.Samples, "wordpress"), "*.xml").Single();
        var channel = XDocument.Load(file).Root!.Element("channel")!;
        return new SampleExport(
            [(string)channel.Element("link")!, (string)channel.Element(Wp + "base_site_url")!, (string)channel.Element(Wp + "base_blog_url")!],
            [.. channel.Elements("item").Select(i => (string?)i.Element(Content + "encoded") ?? "").Where(b => b.Length > 0)],
            [.. channel.Elements("item").Select(i => (string?)i.Element(Wp + "attachment_url")).OfType<string>()]);
    }
}
