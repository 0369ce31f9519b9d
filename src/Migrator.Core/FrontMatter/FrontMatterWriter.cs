using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Migrator.Core.FrontMatter;

/// <summary>
/// Writes YAML front matter with YamlDotNet's emitter, safe for any value: every string is double-quoted (so
/// <c>yes</c>, <c>@x</c>, <c>a: b</c>, <c>---</c> and dates in titles stay strings), booleans and numbers are plain,
/// <see cref="DateTimeOffset"/> is written as <c>yyyy-MM-dd HH:mm:ss +hh:mm</c> (a YAML timestamp with an explicit
/// offset), lists as block sequences, maps (<c>IEnumerable&lt;KeyValuePair&lt;string, object?&gt;&gt;</c>) as block mappings.
/// </summary>
public static class FrontMatterWriter
{
    /// <summary>The front matter block, from the opening <c>---</c> line to the closing one, each line ending in <c>\n</c>.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return "---\n" + WriteYaml(fields) + "---\n";
    }

    /// <summary>Just the YAML mapping (no delimiters); empty mapping gives an empty string.</summary>
    public static string WriteYaml(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var list = fields.ToList();
        if (list.Count == 0)
            return "";
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        EmitMap(emitter, list);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith('\n') ? text : text + "\n";
    }

    private static void EmitMap(IEmitter emitter, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        foreach (var (key, value) in fields)
        {
            emitter.Emit(KeyScalar(key));
            EmitValue(emitter, value);
        }
        emitter.Emit(new MappingEnd());
    }

    private static void EmitValue(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(Plain("null"));
                break;
            case string s:
                emitter.Emit(Quoted(s));
                break;
            case bool b:
                emitter.Emit(Plain(b ? "true" : "false"));
                break;
            case DateTimeOffset d:
                emitter.Emit(Plain(FormatDate(d)));
                break;
            case YamlTimestamp t:
                emitter.Emit(Plain(t.Text));
                break;
            case PlainScalar p:
                emitter.Emit(Plain(p.Text));
                break;
            case int or long or short or byte or uint or ulong or decimal:
                emitter.Emit(Plain(Convert.ToString(value, CultureInfo.InvariantCulture)!));
                break;
            case double or float:
                emitter.Emit(Plain(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                EmitMap(emitter, map);
                break;
            case IDictionary dict:
                EmitMap(emitter, dict.Keys.Cast<object>().Select(k =>
                    new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", dict[k])));
                break;
            case IEnumerable seq:
                var items = seq.Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
                    emitter.Emit(new SequenceEnd());
                    break;
                }
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in items)
                    EmitValue(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            default:
                emitter.Emit(Quoted(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    /// <summary>Jekyll's date form with an explicit offset: <c>2020-01-02 10:00:00 +01:00</c>.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static Scalar KeyScalar(string key) =>
        IsPlainSafeKey(key) ? Plain(key) : Quoted(key);

    private static bool IsPlainSafeKey(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') && char.IsAsciiLetter(key[0]) &&
        !Reserved.Contains(key.ToLowerInvariant());

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null",
    };

    private static Scalar Plain(string text) => new(null, null, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);

    private static Scalar Quoted(string text) => new(null, null, text, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true);
}
