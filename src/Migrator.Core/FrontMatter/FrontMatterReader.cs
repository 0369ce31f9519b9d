using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Migrator.Core.FrontMatter;

/// <summary>A file split into its front matter and body.</summary>
/// <param name="Fields">Front matter keys and values in source order (see <see cref="FrontMatterReader"/> for value types).</param>
/// <param name="Body">Everything after the closing delimiter, line endings turned into <c>\n</c>.</param>
/// <param name="BodyLine">1-based line of the file where the body starts.</param>
/// <param name="HasFrontMatter">False when the file does not start with a <c>---</c> line.</param>
/// <param name="Error">Why the front matter could not be read, with its 1-based line in the file; null when it was read.</param>
public sealed record FrontMatterDocument(
    IReadOnlyList<KeyValuePair<string, object?>> Fields,
    string Body,
    int BodyLine,
    bool HasFrontMatter,
    FrontMatterError? Error);

/// <summary>
/// A file split at its front matter delimiters (<see cref="FrontMatterReader.Split"/>): the YAML between them (null
/// when there is none, or when the opening <c>---</c> is never closed), the body after them with line endings turned
/// into <c>\n</c>, and the body's 1-based line.
/// </summary>
public readonly record struct FrontMatterSplit(string? Yaml, string Body, int BodyLine, bool HasFrontMatter);

/// <summary>Why front matter (or a YAML file) could not be read, and where.</summary>
public sealed record FrontMatterError(int Line, int Column, string Message)
{
    /// <summary>True when the text was refused for going past a limit (size, nesting, aliases), not for its syntax.</summary>
    public bool OverLimit { get; init; }
}

/// <summary>
/// Splits a file into YAML front matter and body, and reads the YAML tolerantly with YamlDotNet.
/// Values: quoted scalars → <see cref="string"/>; plain scalars → null (<c>null</c>, <c>~</c>, empty), <see cref="bool"/>
/// (YAML 1.1: true/false/yes/no/on/off), <see cref="long"/>, <see cref="double"/>, <see cref="YamlTimestamp"/> (anything
/// shaped like a date), else <see cref="string"/>; sequences → <c>List&lt;object?&gt;</c>; mappings →
/// <c>List&lt;KeyValuePair&lt;string, object?&gt;&gt;</c> in source order.
/// </summary>
public static partial class FrontMatterReader
{
    /// <summary>The largest front matter read, in characters.</summary>
    public const int MaxFrontMatterChars = 1 << 20;

    /// <summary>Splits and reads <paramref name="text"/> (the whole file). Never throws on bad YAML: see <see cref="FrontMatterDocument.Error"/>.</summary>
    public static FrontMatterDocument Read(string text) => Read(Split(text));

    /// <summary>Reads the YAML of a file already split (<see cref="Split"/>).</summary>
    public static FrontMatterDocument Read(FrontMatterSplit split)
    {
        if (split.Yaml is null)
        {
            return new FrontMatterDocument([], split.Body, split.BodyLine, split.HasFrontMatter, split.HasFrontMatter && split.BodyLine == 1
                ? new FrontMatterError(1, 1, "the front matter opened with '---' on line 1 is never closed by a '---' line")
                : null);
        }
        var (fields, error) = ParseYaml(split.Yaml, firstLine: 2);
        return new FrontMatterDocument(fields, split.Body, split.BodyLine, true, error);
    }

    /// <summary>
    /// Splits <paramref name="text"/> (the whole file) as <see cref="Read(string)"/> does, without reading the YAML: for a reader
    /// that needs only the body, or the YAML only when it names a key.
    /// </summary>
    public static FrontMatterSplit Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        if (!IsDelimiter(FirstLine(text, 0), allowDots: false))
            return new FrontMatterSplit(null, text, 1, false);

        var start = text.IndexOf('\n', StringComparison.Ordinal);
        if (start < 0)
            return new FrontMatterSplit("", "", 2, true);
        start++;
        var pos = start;
        var line = 2;
        while (pos <= text.Length)
        {
            var lineText = FirstLine(text, pos);
            if (IsDelimiter(lineText, allowDots: true))
            {
                var bodyStart = Math.Min(text.Length, pos + lineText.Length + 1);
                return new FrontMatterSplit(text[start..pos], text[bodyStart..], line + 1, true);
            }
            if (pos + lineText.Length >= text.Length)
                break;
            pos += lineText.Length + 1;
            line++;
        }
        // Opened and never closed: no front matter is read, and the whole text is the body.
        return new FrontMatterSplit(null, text, 1, true);
    }

    private static string FirstLine(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text[from..] : text[from..end];
    }

    private static bool IsDelimiter(string line, bool allowDots)
    {
        var trimmed = line.TrimEnd(' ', '\t');
        return trimmed == "---" || (allowDots && trimmed == "...");
    }

    private static (IReadOnlyList<KeyValuePair<string, object?>> Fields, FrontMatterError? Error) ParseYaml(string yaml, int firstLine)
    {
        if (string.IsNullOrWhiteSpace(yaml))
            return ([], null);
        if (yaml.Length > MaxFrontMatterChars)
            return ([], new FrontMatterError(firstLine, 1,
                $"the YAML is larger than {MaxFrontMatterChars / 1024} KiB ({yaml.Length} characters), so it is not read; move large values into the body or a data file") { OverLimit = true });
        try
        {
            if (BeyondLimits(yaml) is { } refused)
                return ([], refused with { Line = firstLine + refused.Line - 1 });
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
                return ([], null);
            return stream.Documents[0].RootNode switch
            {
                YamlMappingNode map => ((List<KeyValuePair<string, object?>>)Convert(map)!, null),
                YamlScalarNode { Value: null or "" } => ([], null),
                var other => ([], new FrontMatterError(firstLine + (int)other.Start.Line - 1, (int)other.Start.Column,
                    "the front matter is not a set of 'key: value' lines")),
            };
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            return ([], new FrontMatterError(firstLine + (int)ex.Start.Line - 1, (int)ex.Start.Column, message));
        }
    }

    /// <summary>Deepest nesting of lists and maps read, counting what aliases bring in.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values (scalars, lists, maps) one front matter may hold once its aliases are expanded.</summary>
    public const int MaxValues = 100_000;

    /// <summary>
    /// One pass over the parser's events before anything is built: nesting deeper than <see cref="MaxDepth"/> (which
    /// would exhaust the stack) and aliases that expand to more than <see cref="MaxValues"/> values (a "billion laughs"
    /// of a few hundred bytes) are refused. Each anchor's expanded size and depth are known when it closes, so an alias
    /// costs what it would copy. Returns the error, with its line counted from 1 in <paramref name="yaml"/>, or null.
    /// </summary>
    private static FrontMatterError? BeyondLimits(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, (long Size, int Depth)>(StringComparer.Ordinal);
        // Open lists and maps: their anchor, their size so far and the depth of their deepest child so far.
        var open = new Stack<(string? Anchor, long Size, int ChildDepth)>();
        long total = 0;
        ParsingEvent? current = null;
        while (Next(parser, current) is { } next)
        {
            if (next.Error is { } failed)
                return failed;
            current = next.Event!;
            (long Size, int Depth)? done = null;
            string? anchor = null;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    var node = (NodeEvent)current;
                    open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, 1, 0));
                    if (open.Count > MaxDepth)
                        return Refused(current, $"the YAML nests lists and maps more than {MaxDepth} levels deep, so it is not read");
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    anchor = closed.Anchor;
                    done = (closed.Size, closed.ChildDepth + 1);
                    break;
                case Scalar scalar:
                    anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                    done = (1, 0);
                    break;
                case AnchorAlias alias:
                    done = anchors.TryGetValue(alias.Value.Value, out var known) ? known : (1, 0);
                    break;
            }
            if (done is not { } value)
                continue;
            if (anchor is not null)
                anchors[anchor] = value;
            total += current is AnchorAlias ? value.Size : 1;
            if (total > MaxValues)
                return Refused(current, $"the YAML holds more than {MaxValues} values once its aliases (*name) are expanded, so it is not read");
            if (open.Count + value.Depth > MaxDepth)
                return Refused(current, $"the YAML's aliases (*name) nest lists and maps more than {MaxDepth} levels deep, so it is not read");
            if (open.Count > 0)
            {
                var parent = open.Pop();
                open.Push((parent.Anchor, parent.Size + value.Size, Math.Max(parent.ChildDepth, value.Depth)));
            }
        }
        return null;
    }

    // YamlDotNet throws InvalidOperationException (not a YamlException) on some unclosed flow collections, such as
    // "tags: [a," followed by another key; any such failure is an error after the last event read.
    private static (ParsingEvent? Event, FrontMatterError? Error)? Next(Parser parser, ParsingEvent? last)
    {
        try
        {
            return parser.MoveNext() ? (parser.Current, null) : null;
        }
        catch (Exception ex) when (ex is not (YamlException or OutOfMemoryException))
        {
            var line = last is null ? 1 : (int)last.End.Line;
            return (null, new FrontMatterError(line, 1,
                $"the YAML cannot be read after this line (is a '[' or '{{' left unclosed, or a quote?): {ex.Message}"));
        }
    }

    private static FrontMatterError Refused(ParsingEvent at, string message) =>
        new((int)at.Start.Line, (int)at.Start.Column, message) { OverLimit = true };

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Select(kv => new KeyValuePair<string, object?>(
            kv.Key is YamlScalarNode k ? k.Value ?? "" : kv.Key.ToString(), Convert(kv.Value))).ToList(),
        YamlSequenceNode seq => seq.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => node.ToString(),
    };

    private static object? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return value;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str")
            return value;
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON":
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF":
                return false;
        }
        if (IntegerPattern().IsMatch(value) && long.TryParse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            return l;
        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return d;
        if (TimestampPattern().IsMatch(value))
            return new YamlTimestamp(value);
        return value;
    }

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?([0-9][0-9_]*)?\.[0-9]+([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    // YAML 1.1 timestamp shapes (date, or date and time with optional fraction and zone), plus the slash form
    // hand-written posts use and Ruby's Time.parse accepts.
    [GeneratedRegex(@"^[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:?[0-9]{2})?))?)?$")]
    private static partial Regex TimestampPattern();
}
