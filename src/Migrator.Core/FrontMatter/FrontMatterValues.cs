namespace Migrator.Core.FrontMatter;

/// <summary>
/// An unquoted YAML scalar that looks like a timestamp (<c>2020-01-02 10:00:00</c>, <c>0000-00-00</c>).
/// Kept as text: YAML 1.1 readers (Psych) turn it into a time, and how (UTC when it has no offset) is the
/// caller's business (docs/jekyll.md#dates).
/// </summary>
public sealed record YamlTimestamp(string Text)
{
    public override string ToString() => Text;
}

/// <summary>A value written as a plain (unquoted) scalar exactly as given, e.g. a preformatted date.</summary>
public sealed record PlainScalar(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Reading values of front matter read by <see cref="FrontMatterReader"/>.</summary>
public static class FrontMatterValue
{
    /// <summary>A string, or the strings of a list (<c>aliases: /a/</c> and <c>aliases: [/a/, /b/]</c>); nothing else.</summary>
    public static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        System.Collections.IEnumerable seq => seq.Cast<object?>().OfType<string>(),
        _ => [],
    };
}
