namespace Migrator.Hugo.Import;

/// <summary>
/// One language of a multilingual Hugo site (<c>[languages.fr]</c>): its key, its name and its weight
/// (docs/hugo.md#languages).
/// </summary>
internal sealed record HugoLanguage(string Code, string? Name, long Weight)
{
    /// <summary>The declared languages in the order Hugo ranks them: by weight (0 last), then by key.</summary>
    public static IReadOnlyList<HugoLanguage> Read(List<KeyValuePair<string, object?>> languages) =>
        [.. languages
            .Select(kv => kv.Value is List<KeyValuePair<string, object?>> settings
                ? new HugoLanguage(kv.Key.ToLowerInvariant(), HugoValues.AsText(Get(settings, "languageName")), Get(settings, "weight") is long w ? w : 0)
                : new HugoLanguage(kv.Key.ToLowerInvariant(), null, 0))
            .OrderBy(l => l.Weight == 0 ? long.MaxValue : l.Weight).ThenBy(l => l.Code, StringComparer.Ordinal)];

    private static object? Get(List<KeyValuePair<string, object?>> settings, string key) =>
        settings.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
