using System.Globalization;
using System.Xml;
using Migrator.Benchmarks.Generation;

namespace Migrator.Benchmarks.Micro;

/// <summary>
/// Inputs for the micro-benchmarks, taken from a small generated export (written once per process to the system
/// temp folder, then reused): the file itself, and the titles, classic bodies, block bodies and comment texts in it.
/// </summary>
internal sealed class BenchmarkCorpus
{
    public const long ExportBytes = 2_000_000;
    public const ulong Seed = 20260326;

    private static readonly Lazy<BenchmarkCorpus> Shared = new(Load);

    private BenchmarkCorpus(string path, List<string> titles, List<string> classic, List<string> blocks, List<string> comments)
    {
        ExportPath = path;
        Titles = titles;
        ClassicBodies = classic;
        BlockBodies = blocks;
        CommentBodies = comments;
    }

    public static BenchmarkCorpus Instance => Shared.Value;

    public string ExportPath { get; }

    public IReadOnlyList<string> Titles { get; }

    /// <summary>Classic-editor post bodies (no &lt;p&gt;, shortcodes, entities).</summary>
    public IReadOnlyList<string> ClassicBodies { get; }

    /// <summary>Block-editor post bodies.</summary>
    public IReadOnlyList<string> BlockBodies { get; }

    public IReadOnlyList<string> CommentBodies { get; }

    private static BenchmarkCorpus Load()
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"migrator-bench-micro-{ExportBytes}-{Seed}.xml"));
        WxrGenerator.Generate(path, ExportBytes, Seed);
        List<string> titles = [], classic = [], blocks = [], comments = [];
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            switch (reader.NamespaceURI, reader.LocalName)
            {
                case ("", "title") when reader.Depth == 3:
                    titles.Add(reader.ReadElementContentAsString());
                    break;
                case (WxrElementWriter.ContentNamespace, "encoded"):
                    var body = reader.ReadElementContentAsString();
                    if (body.Length > 0)
                        (body.Contains("<!-- wp:", StringComparison.Ordinal) ? blocks : classic).Add(body);
                    break;
                case (WxrElementWriter.WpNamespace, "comment_content"):
                    comments.Add(reader.ReadElementContentAsString());
                    break;
                default:
                    break;
            }
        }
        return new BenchmarkCorpus(path, titles, classic, blocks, comments);
    }
}
