using System.Text;
using Migrator.Core.FrontMatter;

namespace Migrator.Jekyll.Export;

/// <summary>
/// Rewrites the value of one key inside a top-level block map of the front matter (jekyll-import's
/// <c>meta:\n  dsq_thread_id:\n  - '1'</c>), keeping every other byte: the key's line and the lines of its value are
/// replaced by the new value written by <see cref="FrontMatterWriter"/> at the same indentation. Returns null when the
/// map or the key is not written in the plain block form this understands (the caller then keeps the file as it is).
/// </summary>
internal static class NestedKeyPatch
{
    public static string? Apply(string text, string parent, string key, object? value)
    {
        var lines = Lines(text);
        var newline = lines.Count > 0 && lines[0].EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (lines.Count == 0 || Content(lines[0]).TrimStart('\uFEFF').TrimEnd() != "---")
            return null;
        var close = lines.FindIndex(1, l => Content(l).TrimEnd() is "---" or "...");
        var start = close < 0 ? -1 : lines.FindIndex(1, close - 1, l => IsKeyLine(l, 0, parent) && Content(l)[(parent.Length + 1)..].Trim().Length == 0);
        if (start < 0)
            return null;

        // The map's lines: indented (or blank) lines after the parent key.
        var end = start + 1;
        while (end < close && (Content(lines[end]).Trim().Length == 0 || Indent(lines[end]) > 0))
            end++;
        var indent = lines.Skip(start + 1).Take(end - start - 1).Where(l => Content(l).Trim().Length > 0).Select(Indent).FirstOrDefault();
        if (indent == 0)
            return null;
        var at = lines.FindIndex(start + 1, end - start - 1, l => Indent(l) == indent && IsKeyLine(l, indent, key));
        if (at < 0)
            return null;

        // The value's lines: deeper, or a sequence at the key's own indentation; trailing blank lines stay.
        var last = at + 1;
        while (last < end && (Indent(lines[last]) > indent || IsSequenceItem(lines[last], indent) || Content(lines[last]).Trim().Length == 0))
            last++;
        while (last > at + 1 && Content(lines[last - 1]).Trim().Length == 0)
            last--;

        var pad = new string(' ', indent);
        var yaml = FrontMatterWriter.WriteYaml([new KeyValuePair<string, object?>(key, value)]);
        var replacement = string.Concat(yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => pad + l + newline));
        var output = new StringBuilder(text.Length + 32);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == at)
                output.Append(replacement);
            else if (i < at || i >= last)
                output.Append(lines[i]);
        }
        return output.ToString();
    }

    private static bool IsKeyLine(string line, int indent, string key)
    {
        var content = Content(line);
        return content.Length > indent + key.Length && content.AsSpan(indent).StartsWith(key, StringComparison.Ordinal) &&
               content[indent + key.Length] == ':' &&
               (content.Length == indent + key.Length + 1 || content[indent + key.Length + 1] is ' ' or '\t');
    }

    private static bool IsSequenceItem(string line, int indent)
    {
        var content = Content(line);
        return Indent(line) == indent && content.Length > indent && content[indent] == '-' &&
               (content.Length == indent + 1 || content[indent + 1] is ' ' or '\t');
    }

    private static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == ' ')
            n++;
        return n;
    }

    private static string Content(string line) => line.TrimEnd('\r', '\n');

    private static List<string> Lines(string text) => Cleanup.FrontMatterPatch.SplitKeepingEndings(text);
}
