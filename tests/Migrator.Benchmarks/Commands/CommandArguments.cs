namespace Migrator.Benchmarks.Commands;

/// <summary>A command's arguments: positionals, and <c>--name value</c> options (a name without a value is a flag).</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public CommandArguments(IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : null;
        }
        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    public string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => options.ContainsKey(name);

    /// <summary>Refuses any option <paramref name="known"/> does not list.</summary>
    public void AllowOnly(params string[] known)
    {
        var unknown = options.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
            throw new UsageException("unknown option(s): " + string.Join(", ", unknown.Select(u => "--" + u)) + ".");
    }
}

/// <summary>A usage mistake on the command line: printed with the usage text, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
