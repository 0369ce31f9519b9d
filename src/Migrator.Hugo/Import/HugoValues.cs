using System.Globalization;
using System.Text.Json;
using Migrator.Core.FrontMatter;
using Tomlyn;
using Tomlyn.Model;

namespace Migrator.Hugo.Import;

/// <summary>
/// Turns TOML, JSON and YAML values into the model's plain shapes: strings, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, null, <c>List&lt;object?&gt;</c> and maps as <c>List&lt;KeyValuePair&lt;string, object?&gt;&gt;</c>
/// in source order. TOML date-times become their TOML text (<c>2020-01-02T10:00:00+01:00</c>); YAML timestamps stay
/// <see cref="YamlTimestamp"/> until <see cref="ForExtra"/>.
/// </summary>
internal static class HugoValues
{
    public static List<KeyValuePair<string, object?>> FromToml(TomlTable table) =>
        [.. table.Select(kv => new KeyValuePair<string, object?>(kv.Key, FromToml(kv.Value)))];

    private static object? FromToml(object? value) => value switch
    {
        TomlTable table => FromToml(table),
        TomlTableArray tables => tables.Select(t => (object?)FromToml(t)).ToList(),
        TomlArray array => array.Select(FromToml).ToList(),
        TomlDateTime date => date.ToString(),
        DateTimeOffset date => HugoDates.Format(date),
        DateTime date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        int i => (long)i,
        float f => (double)f,
        _ => value,
    };

    public static List<KeyValuePair<string, object?>> FromJsonObject(JsonElement obj) =>
        [.. obj.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, FromJsonValue(p.Value)))];

    private static object? FromJsonValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => FromJsonObject(value),
        JsonValueKind.Array => value.EnumerateArray().Select(FromJsonValue).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A value as the model keeps it in <c>Extra</c>: YAML timestamps as their text, recursively.</summary>
    public static object? ForExtra(object? value) => value switch
    {
        YamlTimestamp t => t.Text,
        List<KeyValuePair<string, object?>> map => map.Select(kv => new KeyValuePair<string, object?>(kv.Key, ForExtra(kv.Value))).ToList(),
        List<object?> list => list.Select(ForExtra).ToList(),
        _ => value,
    };

    /// <summary>A scalar as text (numbers invariant, booleans lower-case); null for lists, maps and null.</summary>
    public static string? AsText(object? value) => value switch
    {
        string s => s,
        YamlTimestamp t => t.Text,
        bool b => b ? "true" : "false",
        long or double or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A list of scalars as texts; a single scalar as a one-item list.</summary>
    public static IReadOnlyList<string> AsTexts(object? value) => value switch
    {
        List<object?> list => [.. list.Select(AsText).OfType<string>()],
        _ when AsText(value) is { } s => [s],
        _ => [],
    };
}
