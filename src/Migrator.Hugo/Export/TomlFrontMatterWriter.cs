using System.Collections;
using System.Globalization;
using System.Text;

namespace Migrator.Hugo.Export;

/// <summary>
/// Writes TOML front matter (<c>+++</c> … <c>+++</c>) in the TOML 1.0 subset every Hugo version reads: strings as basic
/// strings with every control character escaped, dates as unquoted offset date-times (<c>2020-01-02T10:00:00+01:00</c>),
/// lists as one-line arrays, maps as <c>[table]</c> sections after the plain keys (TOML requires that order).
/// TOML has no null: null values are left out and their keys returned in <see cref="Result.LeftOut"/>.
/// </summary>
internal static class TomlFrontMatterWriter
{
    public sealed record Result(string Text, IReadOnlyList<string> LeftOut);

    public static Result Write(IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        var leftOut = new List<string>();
        var sb = new StringBuilder("+++\n");
        WriteTableBody(sb, "", fields, leftOut);
        sb.Append("+++\n");
        return new Result(sb.ToString(), leftOut);
    }

    private static void WriteTableBody(StringBuilder sb, string prefix, IEnumerable<KeyValuePair<string, object?>> fields, List<string> leftOut)
    {
        var tables = new List<KeyValuePair<string, IEnumerable<KeyValuePair<string, object?>>>>();
        foreach (var (key, value) in fields)
        {
            if (value is null)
            {
                leftOut.Add(prefix + key);
                continue;
            }
            if (AsMap(value) is { } map)
            {
                tables.Add(new(key, map));
                continue;
            }
            sb.Append(Key(key)).Append(" = ").Append(Value(value)).Append('\n');
        }
        foreach (var (key, map) in tables)
        {
            var path = prefix + Key(key);
            sb.Append('[').Append(path).Append("]\n");
            WriteTableBody(sb, path + ".", map, leftOut);
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>>? AsMap(object value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> map => map,
        IDictionary dict => dict.Keys.Cast<object>().Select(k =>
            new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", dict[k])),
        _ => null,
    };

    /// <summary>A value written inline (inside an array or after <c>key = </c>).</summary>
    private static string Value(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        DateTimeOffset d => HugoDates.Format(d),
        int or long or short or byte or uint or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double or float => FormatDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ when AsMap(value) is { } map => "{ " + string.Join(", ", map.Where(kv => kv.Value is not null)
            .Select(kv => Key(kv.Key) + " = " + Value(kv.Value!))) + " }",
        IEnumerable seq => "[" + string.Join(", ", seq.Cast<object?>().Where(v => v is not null).Select(v => Value(v!))) + "]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A bare key when TOML allows one (<c>A-Z a-z 0-9 _ -</c>), else a quoted key.</summary>
    public static string Key(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? key : Quote(key);

    /// <summary>A TOML basic string: <c>"</c> and <c>\</c> escaped, control characters as short or <c>\uXXXX</c> escapes.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ' or '\u007F':
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
