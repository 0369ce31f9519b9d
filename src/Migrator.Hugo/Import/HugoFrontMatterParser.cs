using System.Text;
using System.Text.Json;
using Migrator.Core.FrontMatter;
using Tomlyn;
using Tomlyn.Model;

namespace Migrator.Hugo.Import;

/// <summary>A content file split into front matter fields and body.</summary>
/// <param name="Syntax"><c>YAML</c>, <c>TOML</c>, <c>JSON</c>, or empty when the file has no front matter.</param>
/// <param name="Fields">Front matter keys and values in source order.</param>
/// <param name="Body">Everything after the front matter.</param>
/// <param name="Error">Why the front matter could not be read; null when it was read.</param>
/// <param name="ErrorLine">1-based line of the file where reading failed; with <paramref name="Error"/>.</param>
internal sealed record HugoContentFile(
    string Syntax,
    IReadOnlyList<KeyValuePair<string, object?>> Fields,
    string Body,
    string? Error,
    int ErrorLine);

/// <summary>
/// Splits a Hugo content file as Hugo does (docs/hugo.md#front-matter-formats): the opening delimiter decides, <c>---</c> YAML, <c>+++</c>
/// TOML, a JSON object starting with <c>{</c>; a BOM is allowed. Line endings become <c>\n</c>. Never throws on bad
/// front matter: the error and its line are returned (YAML and TOML past the size limit, YAML past the alias and
/// nesting limits, and JSON nested deeper than 64 levels are errors too).
/// </summary>
internal static class HugoFrontMatterParser
{
    public static HugoContentFile Parse(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var firstLine = text.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? text[..nl] : text;
        var syntax = firstLine.TrimEnd(' ', '\t') switch
        {
            "---" => "YAML",
            "+++" => "TOML",
            _ when text.StartsWith('{') => "JSON",
            _ => "",
        };
        try
        {
            return syntax switch
            {
                "YAML" => Yaml(text),
                "TOML" => Toml(text),
                "JSON" => Json(text),
                _ => new HugoContentFile("", [], text, null, 0),
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser failing otherwise than by its own exception (a bug of the library) fails this page alone.
            return new HugoContentFile(syntax, [], text, $"the {syntax} parser failed ({ex.GetType().Name}: {FirstLine(ex.Message)})", 1);
        }
    }

    private static HugoContentFile Yaml(string text)
    {
        var doc = FrontMatterReader.Read(text);
        return doc.Error is { } error
            ? new HugoContentFile("YAML", [], doc.Body, error.Message, error.Line)
            : new HugoContentFile("YAML", doc.Fields, doc.Body, null, 0);
    }

    private static HugoContentFile Toml(string text)
    {
        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var pos = start;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var line = end < 0 ? text[pos..] : text[pos..end];
            if (line.TrimEnd(' ', '\t') == "+++")
            {
                var toml = text[start..pos];
                var body = end < 0 ? "" : text[(end + 1)..];
                if (toml.Length > FrontMatterReader.MaxFrontMatterChars)
                    return new HugoContentFile("TOML", [], body, $"the TOML is larger than {FrontMatterReader.MaxFrontMatterChars / 1024} KiB ({toml.Length} characters), so it is not read; move large values into the body or a data file", 2);
                try
                {
                    var table = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
                    return new HugoContentFile("TOML", HugoValues.FromToml(table), body, null, 0);
                }
                catch (TomlException ex)
                {
                    return new HugoContentFile("TOML", [], body, FirstLine(ex.Message), 1 + TomlLine(ex));
                }
            }
            if (end < 0)
                break;
            pos = end + 1;
        }
        return new HugoContentFile("TOML", [], text, "the front matter opened with '+++' on line 1 is never closed by a '+++' line", 1);
    }

    /// <summary>Tomlyn's line of the error inside the front matter, 1-based.</summary>
    private static int TomlLine(TomlException ex) => Math.Max(1, ex.Line ?? 1);

    private static HugoContentFile Json(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var doc = JsonDocument.ParseValue(ref reader);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return new HugoContentFile("JSON", [], text, "the front matter is not a JSON object", 1);
            var body = Encoding.UTF8.GetString(bytes, (int)reader.BytesConsumed, bytes.Length - (int)reader.BytesConsumed);
            if (body.StartsWith('\n'))
                body = body[1..];
            return new HugoContentFile("JSON", HugoValues.FromJsonObject(doc.RootElement), body, null, 0);
        }
        catch (JsonException ex)
        {
            return new HugoContentFile("JSON", [], text, FirstLine(ex.Message), (int)(ex.LineNumber ?? 0) + 1);
        }
    }

    private static string FirstLine(string message)
    {
        var nl = message.IndexOf('\n', StringComparison.Ordinal);
        return (nl < 0 ? message : message[..nl]).Trim();
    }
}
