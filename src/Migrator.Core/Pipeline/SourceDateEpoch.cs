using Migrator.Core.Input;
using System.Globalization;

namespace Migrator.Core.Pipeline;

/// <summary>
/// The date a reproducible build uses where a date is needed that no input gives (the reproducible-builds convention):
/// <c>SOURCE_DATE_EPOCH</c>, whole seconds since 1970-01-01 UTC. Outputs never hold the wall-clock time; without this
/// variable they hold no such date at all.
/// </summary>
public static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>The date in <see cref="Variable"/>, or null when it is unset or empty.</summary>
    /// <exception cref="InputException">The variable is set to something other than a non-negative whole number of seconds.</exception>
    public static DateTimeOffset? FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Parses a <see cref="Variable"/> value; null for null or empty.</summary>
    /// <exception cref="InputException">A value other than a non-negative whole number of seconds up to year 9999.</exception>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            throw new InputException($"{Variable} is '{value}', not a whole number of seconds since 1970-01-01 UTC; set it to one (e.g. $(git log -1 --format=%ct)) or unset it");
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
