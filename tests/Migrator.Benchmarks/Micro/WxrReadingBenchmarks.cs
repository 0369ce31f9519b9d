using System.Xml;
using BenchmarkDotNet.Attributes;
using Migrator.Benchmarks.Measurement;
using Migrator.Core.Diagnostics;
using Migrator.Core.Pipeline;
using Migrator.WordPress.Import;

namespace Migrator.Benchmarks.Micro;

/// <summary>
/// Reading the small generated export (each operation: the whole file). <see cref="Floor"/> is the bare XmlReader
/// pass (the baseline); <see cref="RepairingReaderPass"/> the same pass through the importer's repairing reader;
/// <see cref="ImportAllItems"/> the real importer, every item read into the model.
/// </summary>
[MemoryDiagnoser]
public class WxrReadingBenchmarks
{
    private string path = "";

    [GlobalSetup]
    public void Setup() => path = BenchmarkCorpus.Instance.ExportPath;

    [Benchmark(Baseline = true)]
    public int Floor() => FloorReader.Read(path).Items;

    [Benchmark]
    public long RepairingReaderPass()
    {
        var file = new WxrFile(new WxrSource(path, () => File.OpenRead(path)), NullDiagnosticSink.Instance);
        using var reader = file.OpenReader();
        long chars = 0;
        while (reader.Read())
        {
            if (reader.HasValue)
                chars += reader.Value.Length;
            if (reader.NodeType == XmlNodeType.Element && reader.HasAttributes)
            {
                while (reader.MoveToNextAttribute())
                    chars += reader.Value.Length;
                reader.MoveToElement();
            }
        }
        return chars;
    }

    [Benchmark]
    public int ImportAllItems()
    {
        var site = new WxrImporter().Open([path], NullDiagnosticSink.Instance);
        var items = 0;
        foreach (var item in site.Items)
            items += item is ReadPost ? 1 : 0;
        return items;
    }
}
