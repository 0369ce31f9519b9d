using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.Testing;
using Migrator.WordPress.Import;

namespace Migrator.WordPress.Tests.Import;

/// <summary>
/// Every export of the shared corpus: no exception but <see cref="InputException"/> for the files that are not WXR, and
/// exactly one source item per <c>&lt;item&gt;</c> start tag, counted independently in the raw text.
/// </summary>
public sealed class WxrCorpusTests
{
    public static TheoryData<string> Files => Corpus.SharedFileNames("wxr");

    /// <summary>Corpus files that are not WordPress exports, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotWxr = new(StringComparer.Ordinal)
    {
        ["real-sqlrockstar-NOT-WXR-onedrive-html.xml"] = "an HTML page (OneDrive viewer) saved under the export's name",
        ["nikola-wordpress_qtranslate_item_modernized.xml"] = "a bare <item> fragment without <rss>",
        ["nikola-wordpress_qtranslate_item_raw_export.xml"] = "a bare <item> fragment without <rss>",
    };

    /// <summary>Corpus files damaged past repair, each with the damage.</summary>
    private static readonly Dictionary<string, string> Damaged = new(StringComparer.Ordinal)
    {
        ["wpimp-malformed-simple.xml"] = "truncated inside its only item",
        ["wpimp-malformed.xml"] = "<notachanneltag> is closed by </channel>",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_item_start_tag_becomes_exactly_one_source_item(string name)
    {
        var path = Corpus.RequireShared(Path.Combine("wxr", name));
        var bag = new DiagnosticBag();
        if (NotWxr.ContainsKey(name))
        {
            var ex = Assert.Throws<InputException>(() => new WxrImporter().Open([path], bag));
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
            return;
        }

        var imported = new WxrImporter().Open([path], bag);
        var items = imported.Items.ToList();
        var expected = ItemStartTags(File.ReadAllText(path));
        var damage = items.OfType<InputDamaged>().ToList();
        if (Damaged.ContainsKey(name))
        {
            Assert.IsType<InputDamaged>(items[^1]);
            Assert.Single(damage);
            Assert.InRange(items.Count - 1, 0, expected);
        }
        else
        {
            Assert.Empty(damage);
            Assert.Equal(expected, items.Count);
        }
        Assert.All(items, i => Assert.Equal(path, i.Source.File));
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{name}: {items.Count} items; " + string.Join(", ",
            bag.Items.Concat(items.OfType<ReadPost>().SelectMany(r => r.Diagnostics))
                .GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CanRead_recognises_the_exports_from_their_first_4KB(string name)
    {
        var path = Corpus.RequireShared(Path.Combine("wxr", name));
        Assert.Equal(!NotWxr.ContainsKey(name), new WxrImporter().CanRead(path));
    }

    /// <summary>
    /// Counts <c>&lt;item&gt;</c> and <c>&lt;item …&gt;</c> start tags in the raw text, outside CDATA sections and XML
    /// comments: a plain scan, independent of the reader under test.
    /// </summary>
    private static int ItemStartTags(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0)
            {
                var end = text.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
            }
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
            }
            else if (string.CompareOrdinal(text, i, "<item", 0, 5) == 0 && i + 5 < text.Length
                && text[i + 5] is '>' or '/' or ' ' or '\t' or '\n' or '\r')
            {
                count++;
                i += 5;
            }
            else
                i++;
        }
        return count;
    }
}
