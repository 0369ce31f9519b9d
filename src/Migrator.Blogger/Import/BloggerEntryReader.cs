using System.Xml.Linq;

namespace Migrator.Blogger.Import;

/// <summary>Reads one <c>&lt;entry&gt;</c> element, of either export shape, into a <see cref="BloggerEntry"/> (docs/blogger.md).</summary>
internal static class BloggerEntryReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string KindScheme = "http://schemas.google.com/g/2005#kind";
    private const string KindPrefix = "http://schemas.google.com/blogger/2008/kind#";
    private const string LabelScheme = "http://www.blogger.com/atom/ns#";
    private const string BloggerNamespacePrefix = "http://schemas.google.com/blogger/";
    private static readonly XNamespace Thread = "http://purl.org/syndication/thread/1.0";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace GeoRss = "http://www.georss.org/georss";

    /// <summary>The Takeout placeholder Blogger writes for every author's address: no address at all.</summary>
    private const string NoReply = "noreply@blogger.com";

    public static BloggerEntry Read(XElement entry)
    {
        var line = BloggerFeed.LineOf(entry);
        var author = entry.Element(Atom + "author");
        var categories = entry.Elements(Atom + "category").ToList();
        var classicKind = categories
            .Where(c => (string?)c.Attribute("scheme") == KindScheme)
            .Select(c => (string?)c.Attribute("term"))
            .FirstOrDefault(t => t is not null && t.StartsWith(KindPrefix, StringComparison.Ordinal));
        var takeoutType = Blogger(entry, "type");
        var links = entry.Elements(Atom + "link").ToList();
        var reply = entry.Element(Thread + "in-reply-to");
        var email = author?.Element(Atom + "email")?.Value.Trim();
        return new BloggerEntry
        {
            Id = entry.Element(Atom + "id")?.Value.Trim() ?? "",
            Line = line,
            Kind = classicKind is not null ? classicKind[KindPrefix.Length..].ToLowerInvariant()
                : takeoutType is not null ? takeoutType.Trim().ToLowerInvariant() : null,
            Status = Blogger(entry, "status")?.Trim(),
            ClassicDraft = entry.Elements().Where(e => e.Name.LocalName == "control").Elements()
                .Any(e => e.Name.LocalName == "draft" && e.Value.Trim() == "yes"),
            Title = entry.Element(Atom + "title")?.Value ?? "",
            Content = entry.Element(Atom + "content")?.Value ?? entry.Element(Atom + "summary")?.Value ?? "",
            Published = Text(entry.Element(Atom + "published")),
            Updated = Text(entry.Element(Atom + "updated")),
            Created = Blogger(entry, "created"),
            Alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") == "alternate") is { } alternate ? (string?)alternate.Attribute("href") : null,
            Filename = Blogger(entry, "filename"),
            Labels = [.. categories.Where(c => (string?)c.Attribute("scheme") == LabelScheme)
                .Select(c => ((string?)c.Attribute("term"))?.Trim()).OfType<string>().Where(t => t.Length > 0)],
            AuthorName = Text(author?.Element(Atom + "name")),
            AuthorUri = Text(author?.Element(Atom + "uri")),
            AuthorEmail = string.IsNullOrEmpty(email) || string.Equals(email, NoReply, StringComparison.OrdinalIgnoreCase) ? null : email,
            PostId = reply is not null ? (string?)reply.Attribute("ref") : Blogger(entry, "parent"),
            ReplyTo = reply is not null ? RelatedComment(links) : Blogger(entry, "inReplyTo"),
            ContentRemoved = entry.Elements().Any(e => e.Name.LocalName == "extendedProperty"
                && (string?)e.Attribute("name") == "blogger.contentRemoved" && (string?)e.Attribute("value") == "true"),
            Thumbnail = (string?)entry.Element(Media + "thumbnail")?.Attribute("url"),
            MetaDescription = Blogger(entry, "metaDescription"),
            Location = Location(entry),
        };
    }

    /// <summary>The trimmed text of a <c>blogger:</c> element (any version of the namespace), or null when absent or empty.</summary>
    private static string? Blogger(XElement entry, string name) =>
        Text(entry.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.NamespaceName.StartsWith(BloggerNamespacePrefix, StringComparison.Ordinal)));

    private static string? Text(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    /// <summary>Classic replies point at the comment they answer with <c>link rel="related"</c>, ending in its number.</summary>
    private static string? RelatedComment(List<XElement> links) =>
        links.FirstOrDefault(l => (string?)l.Attribute("rel") == "related") is { } related && (string?)related.Attribute("href") is { } href
            ? href.TrimEnd('/')[(href.TrimEnd('/').LastIndexOf('/') + 1)..]
            : null;

    private static BloggerLocation? Location(XElement entry)
    {
        if (entry.Elements().FirstOrDefault(e => e.Name.LocalName == "location" && e.Name.NamespaceName.StartsWith(BloggerNamespacePrefix, StringComparison.Ordinal)) is { } takeout)
        {
            string? Part(string name) => Text(takeout.Elements().FirstOrDefault(e => e.Name.LocalName == name));
            var location = new BloggerLocation(Part("name"), Part("latitude"), Part("longitude"));
            return location is { Name: null, Latitude: null, Longitude: null } ? null : location;
        }
        var name = Text(entry.Element(GeoRss + "featurename"));
        var point = Text(entry.Element(GeoRss + "point"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name is null && point is null ? null : new BloggerLocation(name, point?.ElementAtOrDefault(0), point?.ElementAtOrDefault(1));
    }
}
