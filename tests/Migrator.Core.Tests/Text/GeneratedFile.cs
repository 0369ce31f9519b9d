using Migrator.Testing;

namespace Migrator.Core.Tests.Text;

/// <summary>
/// A source file that a test generates from data kept under <c>tests/</c>: the committed file must be exactly what the
/// generator makes. With <see cref="AcceptVariable"/> set to 1 (refused when <c>CI</c> is set) the file is rewritten
/// instead; read the diff before committing it.
/// </summary>
internal static class GeneratedFile
{
    public const string AcceptVariable = "MIGRATOR_ACCEPT_GENERATED";

    /// <summary>The folder with the generators' data (<c>tests/Migrator.Core.Tests/Text/Tables</c>).</summary>
    public static string Tables => Path.Combine(Corpus.RepoRoot, "tests", "Migrator.Core.Tests", "Text", "Tables");

    public static string ReadTable(string name) => File.ReadAllText(Path.Combine(Tables, name));

    /// <summary>Fails unless the file at <paramref name="repoRelativePath"/> is exactly <paramref name="generated"/>.</summary>
    public static void AssertCommitted(string repoRelativePath, string generated)
    {
        var path = Path.Combine(Corpus.RepoRoot, repoRelativePath);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Assert.Null(Environment.GetEnvironmentVariable("CI"));
            File.WriteAllText(path, generated);
            Assert.Fail($"{repoRelativePath} was rewritten; read the diff before committing it, then run again without {AcceptVariable}.");
        }

        var committed = File.ReadAllText(path);
        if (committed == generated)
            return;
        var committedLines = committed.Split('\n');
        var generatedLines = generated.Split('\n');
        var line = 0;
        while (line < committedLines.Length && line < generatedLines.Length && committedLines[line] == generatedLines[line])
            line++;
        Assert.Fail($"{repoRelativePath} differs from what its generator makes, first at line {line + 1}:\n"
            + $"  committed: {(line < committedLines.Length ? committedLines[line] : "(end of file)")}\n"
            + $"  generated: {(line < generatedLines.Length ? generatedLines[line] : "(end of file)")}\n"
            + $"Change the data under tests/Migrator.Core.Tests/Text/Tables (not the generated file), then run with {AcceptVariable}=1.");
    }
}
