using DiffPlex;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;
using Migrator.Jekyll.Export;
using Migrator.Testing;

namespace Migrator.Jekyll.Tests.Cleanup;

/// <summary>
/// Every real post of the shared corpus, cleaned up in a site of its own under its real name: a line diff of the
/// result against the original shows changes only in the front matter keys the audit note names, and in the body
/// only on lines whose text (entities decoded, emphasis markers ignored) is the same; unchanged posts are identical.
/// </summary>
public sealed partial class JekyllCleanupCorpusTests
{
    public static TheoryData<string> Posts => Corpus.SharedFileNames("jekyll-posts");

    // Words of the audit note → the front matter keys they allow to change.
    private static readonly (string Note, string[] Keys)[] NoteKeys =
    [
        ("title entities", ["title"]),
        ("excerpt entities", ["excerpt"]),
        ("description entities", ["description"]),
        ("category entities", ["categories", "category"]),
        ("tag entities", ["tags", "tag"]),
        ("meta dsq_thread_id", ["meta"]),
        ("dsq_thread_id", ["dsq_thread_id"]),
        ("empty date", ["date"]),
    ];

    [Theory]
    [MemberData(nameof(Posts))]
    public void A_corpus_post_changes_only_in_the_keys_and_body_its_note_names(string fileName)
    {
        using var run = new CleanupRun();
        var relative = JekyllCorpusPosts.CopyInto(fileName, run.Site);

        run.Run();

        var original = run.Original(relative);
        var cleaned = run.Read(relative);
        if (run.Plan(relative) is not JekyllCleanupPlan { Changed: true } plan)
        {
            // Unchanged, or not readable (then copied with the rest of the site): the same bytes.
            Assert.Equal(original, cleaned);
            return;
        }
        var note = plan.Note ?? "";
        Assert.StartsWith("cleaned: ", note, StringComparison.Ordinal);
        var parts = note["cleaned: ".Length..].Split(", ");
        var keys = NoteKeys.Where(n => parts.Any(p => p.StartsWith(n.Note, StringComparison.Ordinal))).SelectMany(n => n.Keys).ToHashSet(StringComparer.Ordinal);
        var (headBefore, bodyBefore) = Split(original);
        var (headAfter, bodyAfter) = Split(cleaned);

        var diff = Differ.Instance.CreateLineDiffs(string.Join('\n', headBefore), string.Join('\n', headAfter), ignoreWhitespace: false);
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = block.DeleteStartA; i < block.DeleteStartA + block.DeleteCountA; i++)
                Assert.Contains(OwnerKey(headBefore, i), keys);
            for (var i = block.InsertStartB; i < block.InsertStartB + block.InsertCountB; i++)
                Assert.Contains(OwnerKey(headAfter, i), keys);
        }

        if (!parts.Any(p => p.StartsWith("body ", StringComparison.Ordinal)))
        {
            Assert.Equal(bodyBefore, bodyAfter);
            return;
        }
        if (parts.Contains("body plugin tags"))
        {
            // An Octopress code block's tag lines become fence lines, and the blank lines at the start and end of its
            // code go (as Octopress left them out); the code lines stay as they were.
            bodyBefore = [.. bodyBefore.Where(l => !OctopressCodeTag().IsMatch(l) && !FenceLine().IsMatch(l) && l.Trim().Length > 0)];
            bodyAfter = [.. bodyAfter.Where(l => !FenceLine().IsMatch(l) && l.Trim().Length > 0)];
        }
        Assert.Equal(bodyBefore.Count, bodyAfter.Count);
        for (var i = 0; i < bodyBefore.Count; i++)
        {
            if (!string.Equals(bodyBefore[i], bodyAfter[i], StringComparison.Ordinal))
                Assert.Equal(Text(bodyBefore[i]), Text(bodyAfter[i]));
        }
    }

    // What a reader sees of a line: entities decoded, emphasis markers and spaces ignored.
    private static string Text(string line) =>
        new([.. HtmlEntities.Decode(line).Where(c => c is not ('*' or '_' or ' '))]);

    // The top-level key whose value the line belongs to (the nearest unindented key line at or above it).
    private static string OwnerKey(List<string> head, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            var line = head[i];
            if (line.Length > 0 && line[0] is not (' ' or '\t' or '-' or '#') && line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
                return line[..colon].Trim('"', '\'');
        }
        return "(before any key)";
    }

    private static (List<string> Head, List<string> Body) Split(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF').TrimEnd('\r', ' ') != "---")
            return ([], lines);
        var close = lines.FindIndex(1, l => l.TrimEnd('\r', ' ') is "---" or "...");
        return close < 0 ? ([], lines) : (lines[1..close], lines[(close + 1)..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\{%-?\s*(end)?codeblock\b.*%\}\s*$")]
    private static partial System.Text.RegularExpressions.Regex OctopressCodeTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"^```\w*\r?$")]
    private static partial System.Text.RegularExpressions.Regex FenceLine();
}
