using System.Globalization;
using System.Text;
using System.Xml;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Normalisation.Shortcodes;
using Migrator.Core.Text;
using Migrator.Testing;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>
/// Every item body of the real exports in the shared corpus (<c>wxr/real-*.xml</c>) through the whole normaliser:
/// nothing throws, no visible text is lost, unknown shortcodes survive as text.
/// </summary>
public sealed class RealExportBodiesTests(ITestOutputHelper output)
{
    private sealed record Item(string File, long Id, long Parent, int MenuOrder, string Type, string Content, string? AttachmentUrl, string Excerpt);

    [Fact]
    public void Every_real_body_normalises_without_losing_text()
    {
        var files = Corpus.SharedFiles("wxr", "real-*.xml");
        var bodies = 0;
        var unknownByName = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var losses = new List<string>();
        var skippedFiles = new List<string>();
        foreach (var file in files)
        {
            var items = ReadItems(file);
            if (items is null)
            {
                skippedFiles.Add(Path.GetFileName(file));
                continue;
            }
            var site = new Site
            {
                Attachments = items.Where(i => i.Type == PostTypes.Attachment && i.AttachmentUrl is not null)
                    .GroupBy(i => i.Id).Select(g => g.First())
                    .ToDictionary(i => i.Id, i => new AttachmentInfo(i.Id, i.AttachmentUrl!) { ParentId = i.Parent, MenuOrder = i.MenuOrder, Caption = i.Excerpt }),
            };
            foreach (var item in items.Where(i => i.Content.Length > 0))
            {
                bodies++;
                var (context, _) = TestPosts.Context(site);
                var post = new Post
                {
                    Source = new SourceRef(file, 0, item.Id.ToString(CultureInfo.InvariantCulture)),
                    Id = item.Id,
                    Type = item.Type,
                    Slug = "x",
                    Content = new Body(item.Content, BodyFormat.WordPress),
                };
                var result = Normaliser.Apply(post, context);
                Assert.Equal(BodyFormat.Html, result.Content.Format);

                var unknown = ShortcodeExpander.FindUnknown(item.Content);
                foreach (var (name, count) in unknown)
                {
                    unknownByName[name] = unknownByName.GetValueOrDefault(name) + count;
                    Assert.Contains("[" + name, result.Content.Text, StringComparison.Ordinal);
                }
                var before = VisibleLetters(item.Content);
                var after = VisibleLetters(result.Content.Text);
                if (after < before * 0.95)
                    losses.Add($"{Path.GetFileName(file)} item {item.Id}: {before} → {after} letters");
            }
        }
        output.WriteLine($"{files.Count} files, {skippedFiles.Count} skipped as unparseable ({string.Join(", ", skippedFiles)}), {bodies} bodies");
        output.WriteLine("unknown shortcodes: " + string.Join(", ", unknownByName.Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(bodies > 500, $"only {bodies} bodies read");
        Assert.Empty(losses);
    }

    /// <summary>
    /// Letters and digits of the text a reader sees (outside tags, comments and scripts), entities decoded, not counting
    /// bracketed shortcode text and bare URLs (which become media).
    /// </summary>
    private static int VisibleLetters(string html)
    {
        var sb = new StringBuilder();
        foreach (var t in HtmlLexer.Tokenize(html))
        {
            if (t.Kind == HtmlTokenKind.Text)
                sb.Append(html, t.Start, t.Length);
        }
        var text = HtmlEntities.Decode(sb.ToString());
        var count = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (string.CompareOrdinal(text, i, "http", 0, 4) == 0)
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                    i++;
                continue;
            }
            if (c == '[')
                depth++;
            else if (c == ']' && depth > 0)
                depth--;
            else if (depth == 0 && char.IsLetterOrDigit(c))
                count++;
        }
        return count;
    }

    /// <summary>The items of a WXR file, or null when the file is not well-formed XML.</summary>
    private static List<Item>? ReadItems(string file)
    {
        var items = new List<Item>();
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.ReadToFollowing("item"))
            {
                using var sub = reader.ReadSubtree();
                items.Add(ReadItem(file, sub));
            }
        }
        catch (XmlException)
        {
            return null;
        }
        return items;
    }

    private static Item ReadItem(string file, XmlReader reader)
    {
        string content = "", type = "", excerpt = "";
        string? url = null;
        long id = 0, parent = 0;
        var menuOrder = 0;
        reader.Read();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
                continue;
            var ns = reader.NamespaceURI;
            var isWp = ns.Contains("wordpress.org/export/", StringComparison.Ordinal);
            switch (reader.LocalName)
            {
                case "encoded" when ns == "http://purl.org/rss/1.0/modules/content/":
                    content = reader.ReadElementContentAsString();
                    break;
                case "encoded" when ns.Contains("excerpt", StringComparison.Ordinal):
                    excerpt = reader.ReadElementContentAsString();
                    break;
                case "post_id" when isWp:
                    _ = long.TryParse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture, out id);
                    break;
                case "post_parent" when isWp:
                    _ = long.TryParse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture, out parent);
                    break;
                case "menu_order" when isWp:
                    _ = int.TryParse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture, out menuOrder);
                    break;
                case "post_type" when isWp:
                    type = reader.ReadElementContentAsString();
                    break;
                case "attachment_url" when isWp:
                    url = reader.ReadElementContentAsString();
                    break;
            }
        }
        return new Item(file, id, parent, menuOrder, type, content, url, excerpt);
    }
}
