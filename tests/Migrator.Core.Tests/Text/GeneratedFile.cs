using Migrator.Testing;

namespace Migrator.Core.Tests.Text;

/// <summary>
/// A source file that a test generates from data kept under <c>tests/</c> (<see cref="CommittedFile"/>): the committed
/// file must be exactly what the generator makes.
/// </summary>
internal static class GeneratedFile
{
    /// <summary>The folder with the generators' data (<c>tests/Migrator.Core.Tests/Text/Tables</c>).</summary>
    public static string Tables => Path.Combine(Corpus.RepoRoot, "tests", "Migrator.Core.Tests", "Text", "Tables");

    public static string ReadTable(string name) => File.ReadAllText(Path.Combine(Tables, name));

    /// <summary>Fails unless the file at <paramref name="repoRelativePath"/> is exactly <paramref name="generated"/>.</summary>
    public static void AssertCommitted(string repoRelativePath, string generated) =>
        CommittedFile.AssertGenerated(repoRelativePath, generated, "Change the data under tests/Migrator.Core.Tests/Text/Tables");
}
