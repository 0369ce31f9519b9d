using BenchmarkDotNet.Attributes;
using Migrator.Core.FrontMatter;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Normalisation;
using Migrator.Core.Text;

namespace Migrator.Benchmarks.Micro;

/// <summary>Entity decoding over titles and whole bodies (each operation: every title or body of the corpus).</summary>
[MemoryDiagnoser]
public class EntityDecodingBenchmarks
{
    private IReadOnlyList<string> titles = [];
    private IReadOnlyList<string> bodies = [];

    [GlobalSetup]
    public void Setup()
    {
        titles = BenchmarkCorpus.Instance.Titles;
        bodies = BenchmarkCorpus.Instance.ClassicBodies;
    }

    [Benchmark]
    public int DecodeTitles()
    {
        var length = 0;
        foreach (var title in titles)
            length += HtmlEntities.Decode(title).Length;
        return length;
    }

    [Benchmark]
    public int DecodeInHtmlBodies()
    {
        var length = 0;
        foreach (var body in bodies)
            length += HtmlEntities.DecodeInHtml(body).Length;
        return length;
    }
}

/// <summary>
/// HTML → Markdown over the HTML normalisation makes of classic and of block posts (imported, then
/// <see cref="Normaliser.Apply"/>), as the Jekyll and Hugo exporters see it. Each operation: 20 bodies.
/// </summary>
[MemoryDiagnoser]
public class HtmlToMarkdownBenchmarks
{
    private const int BodiesPerOperation = 20;
    private List<string> classic = [];
    private List<string> blocks = [];

    [GlobalSetup]
    public void Setup()
    {
        var imported = ImportedPosts.Load();
        foreach (var post in imported.Posts)
        {
            var fromBlocks = post.Content.Text.Contains("<!-- wp:", StringComparison.Ordinal);
            var html = Normaliser.Apply(post, imported.Context).Content.Text;
            var list = fromBlocks ? blocks : classic;
            if (list.Count < BodiesPerOperation)
                list.Add(html);
        }
    }

    [Benchmark]
    public int ClassicBodies()
    {
        var length = 0;
        foreach (var body in classic)
            length += HtmlToMarkdownConverter.Convert(body).Length;
        return length;
    }

    [Benchmark]
    public int BlockBodies()
    {
        var length = 0;
        foreach (var body in blocks)
            length += HtmlToMarkdownConverter.Convert(body).Length;
        return length;
    }
}

/// <summary>YAML front matter of a typical post (each operation: one post's block).</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private KeyValuePair<string, object?>[] fields = [];

    [GlobalSetup]
    public void Setup()
    {
        var title = BenchmarkCorpus.Instance.Titles[0];
        fields =
        [
            new("layout", "post"),
            new("title", title),
            new("date", new DateTimeOffset(2014, 7, 23, 5, 3, 36, TimeSpan.FromHours(2))),
            new("categories", new List<object?> { "Travel", "Tips & Tricks" }),
            new("tags", new List<object?> { "bread", "θάλασσα", "写真", "yes" }),
            new("author", "Ελένη Παππά"),
            new("excerpt", "Bread, boats: and the occasional plugin --- really"),
            new("wordpress_id", 363),
            new("published", true),
            new("redirect_from", new List<object?> { "/2014/07/23/old-slug/", "/?p=363" }),
        ];
    }

    [Benchmark]
    public int WritePostFrontMatter() => FrontMatterWriter.Write(fields).Length;
}
