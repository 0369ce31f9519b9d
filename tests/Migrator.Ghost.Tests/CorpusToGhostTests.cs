using Migrator.Core.Diagnostics;
using Migrator.Core.Normalisation;
using Migrator.Core.Output;
using Migrator.Core.Pipeline;
using Migrator.Core.Reporting;
using Migrator.Ghost.Export;
using Migrator.Testing;
using Migrator.WordPress.Import;

namespace Migrator.Ghost.Tests;

/// <summary>
/// The shared corpus of real WordPress exports, converted to Ghost: every file's import file breaks none of the rules
/// of Ghost's importer, has one post per written row, and (when the real Ghost is installed) Ghost imports it with
/// every written item present, by slug and title.
/// </summary>
public sealed class CorpusToGhostTests(ITestOutputHelper output)
{
    /// <summary>The import file and the written rows; null for a corpus file the WordPress reader refuses (damaged on purpose).</summary>
    private static (string ImportFile, IReadOnlyList<AuditRow> Written)? Convert(string wxr, TempFolder temp)
    {
        var output = temp.Combine(Path.GetFileNameWithoutExtension(wxr));
        var report = Path.Combine(output, "migration-report.csv");
        Directory.CreateDirectory(output);
        try
        {
            Run();
        }
        catch (Core.Input.InputException)
        {
            return null;
        }
        return (Path.Combine(output, GhostPlanner.ImportFile), [.. AuditReportReader.Read(report).Where(r => r.Result == ItemResult.Written)]);

        void Run() => ConversionRunner.Run(new ConversionRequest
        {
            Importer = new WxrImporter(),
            Inputs = [wxr],
            Exporter = new GhostExporter(),
            Output = new OutputFolder(output),
            ReportPath = report,
            Transforms = Normaliser.Default,
            SiteTransform = SiteNormaliser.Apply,
            Jobs = 1,
        });
    }

    /// <summary>The slug of a Ghost address <c>{site}/{slug}/</c>, for a site at a domain's root or in a folder of it.</summary>
    private static string SlugOf(string newUrl) =>
        Uri.UnescapeDataString(new Uri(newUrl, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(newUrl).AbsolutePath : newUrl).Trim('/').Split('/')[^1];

    [Fact]
    public void Every_corpus_export_makes_an_import_file_Ghosts_importer_takes_whole()
    {
        var files = Corpus.SharedFiles("wxr", "*.xml");
        using var temp = Corpus.NewTempFolder();
        var failures = new List<string>();
        var converted = 0;
        foreach (var wxr in files)
        {
            if (Convert(wxr, temp) is not var (import, written))
                continue;
            converted++;
            var problems = GhostImportRules.Problems(import);
            var posts = System.Text.Json.JsonDocument.Parse(File.ReadAllText(import)).RootElement.GetProperty("db")[0].GetProperty("data").GetProperty("posts").GetArrayLength();
            if (problems.Count > 0 || posts != written.Count)
                failures.Add($"{Path.GetFileName(wxr)}: {posts} posts for {written.Count} written rows; {string.Join("; ", problems)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(converted > files.Count / 2, $"only {converted} of {files.Count} corpus files converted");
    }

    [Fact]
    public async Task The_real_Ghost_imports_every_written_item_of_every_corpus_export()
    {
        var files = Corpus.SharedFiles("wxr", "*.xml");
        using var ghost = await GhostServer.Start();
        using var temp = Corpus.NewTempFolder();
        var failures = new List<string>();
        var (imported, exports) = (0, 0);
        foreach (var wxr in files)
        {
            if (Convert(wxr, temp) is not var (import, written))
                continue;
            await ghost.DeleteAllContent();
            var answer = await ghost.Import(import);
            exports++;
            var items = (await ghost.All("posts")).Concat(await ghost.All("pages"))
                .ToDictionary(p => p.GetProperty("slug").GetString()!, p => p.GetProperty("title").GetString());
            // A published item by the slug of its new address; a draft, which has none, by its title (a blank one is
            // written as Ghost's "(Untitled)", GHO009).
            var missing = written.Where(r => r.NewUrl.Length > 0 ? !items.ContainsKey(SlugOf(r.NewUrl)) : !items.ContainsValue(r.Title.Trim().Length > 0 ? r.Title : "(Untitled)"))
                .Select(r => r.Title).ToList();
            imported += items.Count;
            if (missing.Count > 0 || items.Count != written.Count || answer.GetProperty("problems").GetArrayLength() > 0)
                failures.Add($"{Path.GetFileName(wxr)}: {items.Count} in Ghost for {written.Count} written; missing {string.Join(", ", missing)}; problems {answer.GetProperty("problems")}; Ghost's mail: {ghost.LastMail()}");
        }
        output.WriteLine($"{exports} exports imported into Ghost, {imported} items in Ghost");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(imported > 0);
    }
}
