using Migrator.Blogger.Import;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;

namespace Migrator.Blogger.Tests;

/// <summary>The committed exports (Fixtures/SOURCES.md) and a way to read one into items.</summary>
internal static class BloggerFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");
    public static string Classic => Path.Combine(Folder, "blog-classic.xml");
    public static string TakeoutFolder => Path.Combine(Folder, "takeout");
    public static string GhostSample => Path.Combine(Folder, "ghost-migrate", "sample.xml");

    public static (ImportedSite Site, List<SourceItem> Items, DiagnosticBag Diagnostics) Read(string input)
    {
        var sink = new DiagnosticBag();
        var site = new BloggerImporter().Open([input], sink);
        return (site, site.Items.ToList(), sink);
    }

    /// <summary>The number of &lt;entry&gt; elements in a file, counted without the reader under test.</summary>
    public static int EntryCount(string file)
    {
        using var reader = System.Xml.XmlReader.Create(file);
        var count = 0;
        while (reader.Read())
        {
            if (reader is { NodeType: System.Xml.XmlNodeType.Element, LocalName: "entry", Depth: 1 })
                count++;
        }
        return count;
    }
}
