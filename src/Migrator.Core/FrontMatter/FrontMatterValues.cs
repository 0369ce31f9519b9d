namespace Migrator.Core.FrontMatter;

/// <summary>
/// An unquoted YAML scalar that looks like a timestamp (<c>2020-01-02 10:00:00</c>, <c>0000-00-00</c>).
/// Kept as text: YAML 1.1 readers (Psych) turn it into a time, and how (UTC when it has no offset) is the
/// caller's business (formats.md trap 34).
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
