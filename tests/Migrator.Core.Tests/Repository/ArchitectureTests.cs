using System.Text.RegularExpressions;
using System.Xml.Linq;
using Migrator.Testing;

namespace Migrator.Core.Tests.Repository;

/// <summary>
/// The dependency rules of docs/architecture.md, read from the project files and the sources: Core knows no format,
/// a format project knows only Core, only the command line touches the console libraries, and Core's folders depend
/// on each other without a cycle.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static string Src => Path.Combine(Corpus.RepoRoot, "src");

    /// <summary>Projects under src/ other than Core and the command line: one per format family.</summary>
    private static IReadOnlyList<string> FormatProjects =>
        [.. Directory.GetDirectories(Src).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("Migrator.Core" or "Migrator.Cli")).Order(StringComparer.Ordinal)];

    [Fact]
    public void Core_references_no_other_project()
    {
        Assert.Empty(ProjectReferences("Migrator.Core"));
    }

    [Fact]
    public void A_format_project_references_only_Core()
    {
        Assert.NotEmpty(FormatProjects);
        foreach (var project in FormatProjects)
            Assert.Equal(["Migrator.Core"], ProjectReferences(project));
    }

    [Fact]
    public void Only_the_command_line_uses_the_console_libraries()
    {
        foreach (var project in FormatProjects.Append("Migrator.Core"))
        {
            var packages = PackageReferences(project);
            Assert.DoesNotContain("System.CommandLine", packages);
            Assert.DoesNotContain("Spectre.Console", packages);
            foreach (var (file, line) in CodeLines(project))
                Assert.False(line.Contains("Console.", StringComparison.Ordinal) && ConsoleUse().IsMatch(line), $"{file}: {line.Trim()}");
        }
    }

    [Fact]
    public void No_source_names_a_project_it_may_not_reference()
    {
        var all = FormatProjects.Append("Migrator.Cli").ToList();
        foreach (var project in FormatProjects.Append("Migrator.Core"))
        {
            var forbidden = all.Where(p => p != project).ToList();
            foreach (var (file, line) in CodeLines(project))
            {
                foreach (var other in forbidden)
                    Assert.False(Regex.IsMatch(line, $@"\b{Regex.Escape(other)}\b"), $"{file} names {other}: {line.Trim()}");
            }
        }
    }

    [Fact]
    public void Cores_folders_depend_on_each_other_without_a_cycle()
    {
        var graph = CoreFolderGraph();
        Assert.True(graph.Count > 5, "Core's folders were not found");
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, $"Core folders form a cycle: {string.Join(" → ", cycle ?? [])}");
    }

    /// <summary>Which of Core's top-level folders each folder's code names: by <c>using</c>, by full name, or by a name qualified with the folder.</summary>
    internal static Dictionary<string, HashSet<string>> CoreFolderGraph()
    {
        var core = Path.Combine(Src, "Migrator.Core");
        var folders = Directory.GetDirectories(core).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
        var graph = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var (_, line) in CodeLinesUnder(Path.Combine(core, folder)))
            {
                foreach (var other in folders.Where(o => o != folder))
                {
                    if (Regex.IsMatch(line, $@"\bMigrator\.Core\.{other}\b") || Regex.IsMatch(line, $@"(?<![\w.]){other}\.[A-Z]"))
                        graph[folder].Add(other);
                }
            }
        }
        return graph;
    }

    internal static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } found)
                return found;
        }
        return null;

        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
                return null;
            if (state.GetValueOrDefault(node) == 1)
                return [.. path.SkipWhile(n => n != node), node];
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph[node].Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } found)
                    return found;
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = [],
        };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        graph["C"] = [];
        Assert.Null(FindCycle(graph));
    }

    private static List<string> ProjectReferences(string project) =>
        [.. Csproj(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];

    private static List<string> PackageReferences(string project) =>
        [.. Csproj(project).Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value)];

    private static XDocument Csproj(string project) => XDocument.Load(Path.Combine(Src, project, project + ".csproj"));

    private static IEnumerable<(string File, string Line)> CodeLines(string project) => CodeLinesUnder(Path.Combine(Src, project));

    /// <summary>The lines of C# code under a folder, comments left out.</summary>
    private static IEnumerable<(string File, string Line)> CodeLinesUnder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Src, file);
            if (relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || relative.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                continue;
            var inBlockComment = false;
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw;
                if (inBlockComment)
                {
                    var end = line.IndexOf("*/", StringComparison.Ordinal);
                    if (end < 0)
                        continue;
                    line = line[(end + 2)..];
                    inBlockComment = false;
                }
                var start = line.IndexOf("/*", StringComparison.Ordinal);
                if (start >= 0 && line.IndexOf("*/", start, StringComparison.Ordinal) < 0)
                {
                    line = line[..start];
                    inBlockComment = true;
                }
                var comment = line.IndexOf("//", StringComparison.Ordinal);
                if (comment >= 0)
                    line = line[..comment];
                if (line.Trim().Length > 0)
                    yield return (relative, line);
            }
        }
    }

    [GeneratedRegex(@"\bConsole\.(Write|Read|Error|Out|In\b|IsErrorRedirected|IsOutputRedirected)")]
    private static partial Regex ConsoleUse();
}
