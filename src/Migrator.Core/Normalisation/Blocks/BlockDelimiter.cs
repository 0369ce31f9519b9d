using System.Text.Json;
using System.Text.RegularExpressions;

namespace Migrator.Core.Normalisation.Blocks;

/// <summary>What a block comment delimiter is.</summary>
internal enum BlockDelimiterKind
{
    Opener,
    Closer,
    Void,
}

/// <summary>
/// One block comment delimiter: <c>&lt;!-- wp:NAME {json} --&gt;</c>, <c>&lt;!-- /wp:NAME --&gt;</c> or
/// <c>&lt;!-- wp:NAME {json} /--&gt;</c>. <see cref="Name"/> always has its namespace (<c>core/paragraph</c>).
/// </summary>
internal sealed record BlockDelimiter(BlockDelimiterKind Kind, string Name, int Start, int Length, string AttributesJson)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds block delimiters with the tokenizer expression of wp-includes/class-wp-block-parser.php (whitespace is
/// required after <c>&lt;!--</c>, after the name and after the JSON; names are lower-case). The attribute JSON is only
/// located here; <see cref="ParseAttributes"/> reads it with System.Text.Json.
/// </summary>
internal static partial class BlockDelimiters
{
    public static IEnumerable<BlockDelimiter> Find(string content)
    {
        foreach (Match m in Delimiter().Matches(content))
        {
            var ns = m.Groups["namespace"].Success ? m.Groups["namespace"].Value : "core/";
            var name = ns + m.Groups["name"].Value;
            var kind = m.Groups["closer"].Success ? BlockDelimiterKind.Closer
                : m.Groups["void"].Success ? BlockDelimiterKind.Void
                : BlockDelimiterKind.Opener;
            var json = m.Groups["attrs"].Success ? m.Groups["attrs"].Value.TrimEnd(' ', '\t', '\n', '\r', '\f', '\v') : "";
            yield return new BlockDelimiter(kind, name, m.Index, m.Length, json);
        }
    }

    /// <summary>The attributes as a JSON object, or null when there are none; throws <see cref="JsonException"/> when invalid.</summary>
    public static JsonElement? ParseAttributes(string json)
    {
        if (json.Length == 0)
            return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
    }

    [GeneratedRegex(
        @"<!--[ \t\n\r\f\v]+(?<closer>/)?wp:(?<namespace>[a-z][a-z0-9_-]*/)?(?<name>[a-z][a-z0-9_-]*)[ \t\n\r\f\v]+"
        + @"(?<attrs>\{(?>(?:[^}]+|\}+(?=\})|(?!\}[ \t\n\r\f\v]+/?-->).)*)?\}[ \t\n\r\f\v]+)?(?<void>/)?-->",
        RegexOptions.CultureInvariant | RegexOptions.Singleline, 5000)]
    private static partial Regex Delimiter();
}
