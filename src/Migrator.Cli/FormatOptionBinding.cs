using System.CommandLine;
using System.Globalization;
using Migrator.Core.Pipeline;

namespace Migrator.Cli;

/// <summary>
/// The command-line options the formats declare (<see cref="FormatInfo.ExportOptions"/>), one per name, and the values
/// given for them. Which target may take which is checked by <see cref="Problem"/>.
/// </summary>
internal sealed class FormatOptionBinding
{
    private readonly List<(FormatOption Declared, Option Option)> _options = [];

    public IEnumerable<Option> Options => _options.Select(o => o.Option);

    public static FormatOptionBinding Declare(FormatRegistry registry)
    {
        var binding = new FormatOptionBinding();
        foreach (var declared in registry.Formats.SelectMany(f => f.ExportOptions).DistinctBy(o => o.Name, StringComparer.Ordinal))
            binding._options.Add((declared, Build(declared)));
        return binding;
    }

    private static Option Build(FormatOption declared)
    {
        var name = "--" + declared.Name;
        var help = declared.Default is null ? declared.Description : $"{declared.Description} Default: {declared.Default}.";
        switch (declared.Kind)
        {
            case FormatOptionKind.Flag:
                return new Option<bool>(name) { Description = help };
            case FormatOptionKind.Count:
                var count = new Option<int>(name) { Description = help };
                count.Validators.Add(result =>
                {
                    if (result.GetValueOrDefault<int>() < 0)
                        result.AddError($"{name} must be 0 or more.");
                });
                return count;
            default:
                var choice = new Option<string>(name) { Description = help };
                choice.AcceptOnlyFromAmong([.. declared.Choices]);
                return choice;
        }
    }

    /// <summary>The options given on the command line (not defaulted), by name, with their values as written.</summary>
    public IReadOnlyDictionary<string, string> Given(ParseResult parse)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (declared, option) in _options)
        {
            if (parse.GetResult(option) is not { Implicit: false })
                continue;
            given[declared.Name] = option switch
            {
                Option<bool> flag => parse.GetValue(flag).ToString(CultureInfo.InvariantCulture),
                Option<int> count => parse.GetValue(count).ToString(CultureInfo.InvariantCulture),
                Option<string> choice => parse.GetValue(choice) ?? "",
                _ => throw new InvalidOperationException($"unexpected option type for --{declared.Name}"),
            };
        }
        return given;
    }

    /// <summary>Why the given options cannot be used with <paramref name="target"/> (an option of another format), or null.</summary>
    public static string? Problem(IReadOnlyDictionary<string, string> given, FormatInfo target, FormatRegistry registry)
    {
        foreach (var name in given.Keys.Order(StringComparer.Ordinal))
        {
            if (target.ExportOptions.Any(o => string.Equals(o.Name, name, StringComparison.Ordinal)))
                continue;
            var owners = registry.Formats.Where(f => f.ExportOptions.Any(o => string.Equals(o.Name, name, StringComparison.Ordinal))).Select(f => "--to " + f.Name);
            return $"--{name} is an option of {string.Join(" or ", owners)}; it does nothing with --to {target.Name}.";
        }
        return null;
    }
}
