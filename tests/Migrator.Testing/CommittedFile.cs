using Xunit;

namespace Migrator.Testing;

/// <summary>
/// A file of the repository that a test generates: the committed file must be exactly what the generator makes. With
/// <see cref="AcceptVariable"/> set to 1 (refused when <c>CI</c> is set) the file is rewritten instead; read the diff
/// before committing it.
/// </summary>
public static class CommittedFile
{
    public const string AcceptVariable = "MIGRATOR_ACCEPT_GENERATED";

    /// <summary>
    /// Fails unless the file at <paramref name="repoRelativePath"/> is exactly <paramref name="generated"/>;
    /// <paramref name="whatToChange"/> tells the reader where the source of the file is.
    /// </summary>
    public static void AssertGenerated(string repoRelativePath, string generated, string whatToChange)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var path = Path.Combine(Corpus.RepoRoot, repoRelativePath);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Assert.Null(Environment.GetEnvironmentVariable("CI"));
            File.WriteAllText(path, generated);
            Assert.Fail($"{repoRelativePath} was rewritten; read the diff before committing it, then run again without {AcceptVariable}.");
        }

        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
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
            + $"{whatToChange} (not the generated file), then run with {AcceptVariable}=1.");
    }
}
