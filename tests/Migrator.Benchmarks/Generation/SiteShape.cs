namespace Migrator.Benchmarks.Generation;

internal sealed record GeneratedAuthor(int Id, string Login, string Email, string DisplayName, string FirstName, string LastName);

/// <summary>A category or tag. <paramref name="Name"/> is stored HTML-escaped, as WordPress stores term names.</summary>
internal sealed record GeneratedTerm(int TermId, string Slug, string Name, string ParentSlug, string Description);

/// <summary>The channel-level facts of a generated site: URL, authors, category tree, tags.</summary>
internal sealed class SiteShape
{
    public SiteShape(SeededRandom random, TextComposer text)
    {
        Authors = [.. WordList.Authors.Select((a, i) => new GeneratedAuthor(
            i + 1, a.Login, a.Login.Replace(".", "", StringComparison.Ordinal) + "@example.org", a.Display, a.First, a.Last))];

        var termId = 2;
        var categories = new List<GeneratedTerm>();
        foreach (var name in WordList.CategoryNames)
        {
            // Parents are always written before children; about half the categories sit under an earlier one.
            var parent = categories.Count > 2 && random.Chance(50) ? random.Pick(categories).Slug : "";
            var description = random.Chance(30) ? text.PlainSentence() : "";
            categories.Add(new GeneratedTerm(termId++, SlugOfName(name), name, parent, description));
        }
        Categories = categories;
        Tags = [.. WordList.TagNames.Select(name => new GeneratedTerm(termId++, SlugOfName(name), name, "", ""))];
    }

    public string SiteUrl { get; } = "https://blog.example.org";

    public string Title { get; } = "Notes from the Harbour &amp; Garden";

    public IReadOnlyList<GeneratedAuthor> Authors { get; }

    public IReadOnlyList<GeneratedTerm> Categories { get; }

    public IReadOnlyList<GeneratedTerm> Tags { get; }

    private static string SlugOfName(string escapedName) =>
        WordPressSlug.FromWords(escapedName.Replace("&amp;", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries), " ");
}
