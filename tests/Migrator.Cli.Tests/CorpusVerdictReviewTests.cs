using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The fidelity verdict one can trust: converted to Jekyll, every body of the shared corpus and of the sample whose
/// verdict is <c>changed</c> is a real difference, reviewed by eye and listed in
/// <c>Fidelity/reviewed-changed-verdicts.tsv</c>; a new <c>changed</c> verdict (a false alarm, or a new loss) and a
/// listed one that is no longer <c>changed</c> both fail, so the list is looked at again.
/// </summary>
public sealed class CorpusVerdictReviewTests(ITestOutputHelper output)
{
    private static string ReviewedList => Path.Combine(Corpus.RepoRoot, "tests", "Migrator.Cli.Tests", "Fidelity", "reviewed-changed-verdicts.tsv");

    [Fact]
    public void Every_changed_verdict_on_the_corpus_is_a_reviewed_real_difference()
    {
        var wxr = Corpus.RequireShared("wxr");
        var reviewed = new SortedSet<string>(
            File.ReadLines(ReviewedList).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => string.Join('\t', l.Split('\t')[..2])),
            StringComparer.Ordinal);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var temp = Corpus.NewTempFolder();
        var exports = Directory.GetFiles(wxr, "*.xml").Order(StringComparer.Ordinal).Prepend(CliRun.SampleWxr).ToList();
        foreach (var (export, index) in exports.Select((e, i) => (e, i)))
        {
            var folder = temp.Combine(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var run = CliRun.Run("convert", export, "--to", "jekyll", "--out", folder, "--dry-run", "--quiet");
            var report = Path.Combine(folder, "migration-report.csv");
            if (!File.Exists(report))
            {
                output.WriteLine($"{Path.GetFileName(export)}: no report (exit {run.ExitCode}): {run.Stderr.Trim()}");
                continue;
            }
            foreach (var row in CliRun.ReadReport(report).Where(r => r["fidelity"].Length > 0))
            {
                verdicts[row["fidelity"]] = verdicts.GetValueOrDefault(row["fidelity"]) + 1;
                if (row["fidelity"] == "changed")
                {
                    found.Add(Path.GetFileName(export) + "\t" + row["source_id"]);
                    output.WriteLine($"changed: {Path.GetFileName(export)} {row["source_id"]}: {row["fidelity_notes"]}");
                }
            }
        }
        output.WriteLine(string.Join(", ", verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Value} {v.Key}")));

        Assert.True(reviewed.SetEquals(found),
            $"not reviewed yet (look at each, then list it or fix the verdict): {string.Join("; ", found.Except(reviewed))}\n" +
            $"listed but no longer changed (check, then remove): {string.Join("; ", reviewed.Except(found))}");
    }
}
