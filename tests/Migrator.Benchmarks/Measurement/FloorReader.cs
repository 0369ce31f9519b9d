using System.Diagnostics;
using System.Xml;

namespace Migrator.Benchmarks.Measurement;

/// <summary>What the bare XML pass over an export cost.</summary>
internal sealed record FloorResult(long Bytes, int Items, long ValueChars, TimeSpan Elapsed);

/// <summary>
/// The floor: one streaming <see cref="XmlReader"/> pass over the file that materialises every node's value and
/// every attribute value, and does nothing else. No importer can read the file faster than this; the end-to-end
/// numbers are given as a ratio to it.
/// </summary>
internal static class FloorReader
{
    public static FloorResult Read(string path)
    {
        var started = Stopwatch.StartNew();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreWhitespace = false,
            IgnoreComments = false,
        });
        var item = reader.NameTable.Add("item");
        var items = 0;
        long chars = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && ReferenceEquals(reader.LocalName, item))
                items++;
            if (reader.HasValue)
                chars += reader.Value.Length;
            if (reader.HasAttributes)
            {
                while (reader.MoveToNextAttribute())
                    chars += reader.Value.Length;
                reader.MoveToElement();
            }
        }
        return new FloorResult(stream.Length, items, chars, started.Elapsed);
    }
}
