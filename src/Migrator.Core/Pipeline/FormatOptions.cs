using System.Globalization;

namespace Migrator.Core.Pipeline;

/// <summary>What a format's option takes on the command line.</summary>
public enum FormatOptionKind
{
    /// <summary>Present or absent (<c>--bundles</c>).</summary>
    Flag,
    /// <summary>A whole number of zero or more (<c>--split-mb 10</c>).</summary>
    Count,
    /// <summary>One word of <see cref="FormatOption.Choices"/> (<c>--front-matter toml</c>).</summary>
    Choice,
}

/// <summary>
/// An option that only one format's writer understands, declared by that format's project (its exporter's options
/// record) and listed in the registry; the command line offers it as <c>--Name</c> and refuses it with another target
/// (docs/architecture.md#options).
/// </summary>
/// <param name="Name">The option's name without dashes.</param>
/// <param name="Description">One line of help.</param>
/// <param name="Kind">What the option takes.</param>
public sealed record FormatOption(string Name, string Description, FormatOptionKind Kind)
{
    /// <summary>The words a <see cref="FormatOptionKind.Choice"/> accepts.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The value used when the option is not given, as it is written on the command line (for the help).</summary>
    public string? Default { get; init; }
}

/// <summary>
/// The values given on the command line for the target format's own options, by option name, as written (a flag's
/// value is <c>true</c>). The format's options record reads them; an option not given falls back to the record's default.
/// </summary>
public sealed class FormatOptionValues(IReadOnlyDictionary<string, string> values)
{
    public static FormatOptionValues None { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Given { get; } = values ?? throw new ArgumentNullException(nameof(values));

    public bool Flag(string name, bool fallback) =>
        Given.TryGetValue(name, out var text) ? bool.Parse(text) : fallback;

    public int Count(string name, int fallback) =>
        Given.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The enum member whose name is the given word (case-insensitive), or <paramref name="fallback"/>.</summary>
    public T Choice<T>(string name, T fallback) where T : struct, Enum =>
        Given.TryGetValue(name, out var text) ? Enum.Parse<T>(text, ignoreCase: true) : fallback;
}
