using System.Text.Json;
using Migrator.Testing;

namespace Migrator.Core.Tests.Markup;

/// <summary>One example of the CommonMark spec (CommonMarkSpec/spec-0.31.2.json beside this file, vendored with its licence).</summary>
internal sealed record SpecExample(int Number, string Section, string Markdown, string Html)
{
    public static IReadOnlyList<SpecExample> LoadAll()
    {
        var path = Path.Combine(Corpus.RepoRoot, "tests", "Migrator.Core.Tests", "Markup", "CommonMarkSpec", "spec-0.31.2.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.EnumerateArray().Select(e => new SpecExample(
            e.GetProperty("example").GetInt32(),
            e.GetProperty("section").GetString()!,
            e.GetProperty("markdown").GetString()!,
            e.GetProperty("html").GetString()!))];
    }

    /// <summary>True when the example's Markdown has a <c>&lt;</c> that starts a tag, a comment or a declaration (even an unfinished one).</summary>
    public bool MarkdownHasHtml()
    {
        for (var i = Markdown.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < Markdown.Length; i = Markdown.IndexOf('<', i + 1))
        {
            var next = Markdown[i + 1];
            if (char.IsAsciiLetter(next) || next is '!' or '?' || (next == '/' && i + 2 < Markdown.Length && char.IsAsciiLetter(Markdown[i + 2])))
                return true;
        }
        return false;
    }

    public override string ToString() => $"example {Number} ({Section})";
}
