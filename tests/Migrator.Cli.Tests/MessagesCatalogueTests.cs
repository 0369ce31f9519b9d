using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Messages;
using Migrator.Core.Model;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The message catalogue against the sources: every code a factory makes is explained, every explained code is made
/// by a factory with the severity the catalogue gives, and docs/messages.md is what the catalogue makes.
/// </summary>
public sealed partial class MessagesCatalogueTests
{
    private static MessageCatalogue Catalogue => Formats.Messages;

    [Fact]
    public void Every_code_written_in_the_sources_is_in_the_catalogue()
    {
        var src = Path.Combine(Corpus.RepoRoot, "src");
        var codes = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(src, f), Code: m.Groups[1].Value)))
            .ToList();
        Assert.True(codes.Count > 100, "the codes were not found in src/");
        foreach (var (file, code) in codes)
            Assert.True(Catalogue.Find(code) is not null, $"{code} ({file}) has no DiagnosticKind in a family of the catalogue");
    }

    [Fact]
    public void Every_code_in_the_catalogue_is_made_by_a_factory_with_its_severity()
    {
        var made = FactoryDiagnostics().ToList();
        foreach (var (factory, diagnostic) in made)
        {
            var kind = Catalogue.Find(diagnostic.Code);
            Assert.True(kind is not null, $"{factory} makes {diagnostic.Code}, which the catalogue does not have");
            Assert.True(kind.Severity == diagnostic.Severity,
                $"{factory} makes {diagnostic.Code} as {diagnostic.Severity}; the catalogue says {kind.Severity}");
        }
        var madeCodes = made.Select(m => m.Diagnostic.Code).ToHashSet(StringComparer.Ordinal);
        var unmade = Catalogue.Kinds.Select(k => k.Code).Where(c => !madeCodes.Contains(c)).ToList();
        Assert.True(unmade.Count == 0, $"no factory makes {string.Join(", ", unmade)}");
    }

    [Fact]
    public void Every_family_holds_only_its_own_codes_and_each_code_once()
    {
        var all = Catalogue.Families.SelectMany(f => f.Kinds.Select(k => (f.Prefix, k.Code))).ToList();
        Assert.All(all, e => Assert.StartsWith(e.Prefix, e.Code, StringComparison.Ordinal));
        Assert.Equal(all.Count, all.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Catalogue.Families.Count, Catalogue.Families.Select(f => f.Prefix).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Titles_are_one_line_and_explanations_are_two_to_four_sentences()
    {
        var wrong = new List<string>();
        foreach (var kind in Catalogue.Kinds)
        {
            if (kind.Title.Length == 0 || kind.Title.Contains('\n', StringComparison.Ordinal) || kind.Title.EndsWith('.'))
                wrong.Add($"{kind.Code}: the title must be one line without a final full stop");
            var sentences = SentenceEnd().Count(kind.Explanation);
            if (!kind.Explanation.EndsWith('.') || sentences is < 2 or > 4)
                wrong.Add($"{kind.Code}: the explanation has {sentences} sentence(s); write two to four, each ending in a full stop");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_committed_messages_page_is_what_the_catalogue_makes() =>
        CommittedFile.AssertGenerated("docs/messages.md", MessagesPage(Catalogue),
            "Change the DiagnosticKind beside the factory in its *Diagnostics.cs");

    /// <summary>docs/messages.md: one section per family, one per code, in catalogue order.</summary>
    internal static string MessagesPage(MessageCatalogue catalogue)
    {
        var sb = new StringBuilder();
        sb.Append("# Messages\n\n")
          .Append("<!-- Generated from the message catalogue by MessagesCatalogueTests; do not edit by hand: change the\n")
          .Append("     DiagnosticKind beside its factory in the *Diagnostics.cs class, then regenerate (docs/architecture.md). -->\n\n")
          .Append("Every message Migrator reports has a stable code: the summary counts them, the report's `warnings` and\n")
          .Append("`messages` columns list them for each item, and `migrator explain CODE` prints what this page says about one.\n")
          .Append("An **info** tells you something; nothing was lost. A **warning** means something was changed, guessed or kept\n")
          .Append("as it was: check it. An **error** means an item, or part of the input, could not be converted.\n\n");
        sb.Append("| codes | about |\n|---|---|\n");
        foreach (var family in catalogue.Families)
            sb.Append($"| [{family.Prefix}](#{family.Prefix.ToLowerInvariant()}) | {Escape(family.Name)} |\n");
        foreach (var family in catalogue.Families)
        {
            sb.Append($"\n## {family.Prefix}\n\n{Escape(family.Name)}.\n");
            foreach (var kind in family.Kinds)
            {
                sb.Append($"\n### {kind.Code}\n\n**{kind.Severity.ToString().ToLowerInvariant()}**: {Escape(kind.Title)}.\n\n")
                  .Append(Escape(kind.Explanation)).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Backslash-escapes the ASCII punctuation Markdown could read as markup (<c>&lt;!--more--&gt;</c> would vanish).</summary>
    private static string Escape(string text) => MarkdownPunctuation().Replace(text, @"\$0");

    /// <summary>
    /// The diagnostics every <c>*Diagnostics</c> factory of Core and of the registered formats makes, called with
    /// stand-in arguments (each value of a <see langword="bool"/> or an enum, so every branch of a factory is made).
    /// </summary>
    private static IEnumerable<(string Factory, Diagnostic Diagnostic)> FactoryDiagnostics()
    {
        var assemblies = Formats.Registry.Formats
            .Select(f => (f.Importer?.Invoke(new Core.Pipeline.ImportSettings()).GetType() ?? f.Exporter!(new Core.Pipeline.ExportSettings()).GetType()).Assembly)
            .Append(typeof(CoreMessages).Assembly)
            .Distinct();
        var factories = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Diagnostics", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(m => m.ReturnType == typeof(Diagnostic)))
            .ToList();
        Assert.True(factories.Count > 100, "the factories were not found");
        foreach (var factory in factories)
        {
            foreach (var args in Arguments(factory.GetParameters()))
                yield return ($"{factory.DeclaringType!.Name}.{factory.Name}", (Diagnostic)factory.Invoke(null, args)!);
        }
    }

    private static IEnumerable<object?[]> Arguments(ParameterInfo[] parameters)
    {
        IEnumerable<object?[]> combinations = [[]];
        foreach (var parameter in parameters)
        {
            var values = StandIns(parameter.ParameterType);
            combinations = combinations.SelectMany(c => values.Select(v => (object?[])[.. c, v])).ToList();
        }
        return combinations;
    }

    private static IReadOnlyList<object?> StandIns(Type type)
    {
        if (type == typeof(string))
            return ["x"];
        if (type == typeof(int))
            return [3];
        if (type == typeof(long))
            return [3L];
        if (type == typeof(bool))
            return [false, true];
        if (type.IsEnum)
            return [.. Enum.GetValues(type).Cast<object>()];
        if (type == typeof(SourceRef))
            return [new SourceRef("post.md", 3, "7")];
        if (type == typeof(TimeSpan))
            return [TimeSpan.FromHours(2)];
        if (type == typeof(DateTimeOffset))
            return [new DateTimeOffset(2020, 1, 2, 10, 0, 0, TimeSpan.FromHours(1))];
        if (type == typeof(Exception))
            return [new InvalidOperationException("x")];
        if (type.IsAssignableFrom(typeof(string[])))
            return [new[] { "a", "b" }];
        if (type.IsValueType)
        {
            // A place record of a format (WordPress's ItemPlace): its widest constructor, with stand-ins.
            var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .OrderByDescending(c => c.GetParameters().Length).First();
            return [constructor.Invoke(Arguments(constructor.GetParameters()).First())];
        }
        throw new InvalidOperationException($"no stand-in for a parameter of type {type}; add one here");
    }

    [GeneratedRegex(@"""([A-Z]{3}[0-9]{3})""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\\`*_<>\[\]#|]")]
    private static partial Regex MarkdownPunctuation();
}
