using System.Text;
using Migrator.Core.FrontMatter;

namespace Migrator.Jekyll.Cleanup;

/// <summary>
/// Rewrites a Jekyll (or any YAML front matter) file keeping every byte except what changed: only the lines of the
/// changed top-level keys are replaced (new values written by <see cref="FrontMatterWriter"/>), keys not yet present are
/// added before the closing <c>---</c>, and the body is replaced only when a new one is given. Comments, key order,
/// quoting and line endings of everything else stay as they were. Used for Jekyll → Jekyll clean-up.
/// </summary>
public static class FrontMatterPatch
{
    /// <summary>A value meaning "remove this key".</summary>
    public static readonly object Remove = new();

    /// <summary>Applies the changes to <paramref name="originalText"/> (the file exactly as read).</summary>
    /// <param name="originalText">The whole file, any line endings.</param>
    /// <param name="changedKeys">Top-level keys with their new values (as <see cref="FrontMatterWriter"/> writes them), or <see cref="Remove"/>.</param>
    /// <param name="newBody">The new body (everything after the closing delimiter line), or null to keep the body byte for byte.</param>
    public static string Apply(string originalText, IReadOnlyDictionary<string, object?> changedKeys, string? newBody)
    {
        ArgumentNullException.ThrowIfNull(originalText);
        ArgumentNullException.ThrowIfNull(changedKeys);
        var lines = SplitKeepingEndings(originalText);
        var newline = lines.Count > 0 && lines[0].EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var bom = originalText.StartsWith('\uFEFF') ? "\uFEFF" : "";
        if (bom.Length > 0)
            lines[0] = lines[0][1..];

        var close = lines.Count > 0 && IsDelimiter(lines[0], allowDots: false) ? FindClose(lines) : -1;
        if (close < 0)
        {
            // No front matter: make one when there is something to write.
            var added = changedKeys.Where(kv => !ReferenceEquals(kv.Value, Remove)).ToList();
            var head = added.Count == 0 ? "" : WithNewline(FrontMatterWriter.Write(added), newline);
            return bom + head + (newBody ?? string.Concat(lines));
        }

        var output = new StringBuilder(originalText.Length + 64).Append(bom).Append(lines[0]);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var i = 1;
        while (i < close)
        {
            var key = TopLevelKey(lines[i]);
            var end = i + 1;
            if (key is not null)
            {
                while (end < close && IsContinuation(lines[end]))
                    end++;
                // Trailing blank and comment lines belong to what follows, not to this value.
                while (end > i + 1 && lines[end - 1].Trim().Length == 0)
                    end--;
            }
            if (key is not null && changedKeys.TryGetValue(key, out var value))
            {
                if (!ReferenceEquals(value, Remove) && written.Add(key))
                    output.Append(Yaml(key, value, newline));
            }
            else
            {
                for (var j = i; j < end; j++)
                    output.Append(lines[j]);
            }
            i = end;
        }
        foreach (var (key, value) in changedKeys)
        {
            if (!ReferenceEquals(value, Remove) && !written.Contains(key) && !HasKey(lines, close, key))
                output.Append(Yaml(key, value, newline));
        }
        output.Append(lines[close]);
        if (newBody is not null)
        {
            if (!lines[close].EndsWith('\n'))
                output.Append(newline);
            output.Append(newBody);
        }
        else
        {
            for (var j = close + 1; j < lines.Count; j++)
                output.Append(lines[j]);
        }
        return output.ToString();
    }

    private static string Yaml(string key, object? value, string newline) =>
        WithNewline(FrontMatterWriter.WriteYaml([new KeyValuePair<string, object?>(key, value)]), newline);

    private static string WithNewline(string text, string newline) =>
        newline == "\n" ? text : text.Replace("\n", newline, StringComparison.Ordinal);

    private static bool HasKey(List<string> lines, int close, string key)
    {
        for (var i = 1; i < close; i++)
        {
            if (string.Equals(TopLevelKey(lines[i]), key, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // A line that continues the value of the key above: indented, blank, or a sequence item at column 0.
    private static bool IsContinuation(string line) =>
        line.Length > 0 && (line[0] is ' ' or '\t' || line.Trim().Length == 0 || line.StartsWith("- ", StringComparison.Ordinal) ||
                            line.TrimEnd('\r', '\n') == "-");

    private static string? TopLevelKey(string line)
    {
        if (line.Length == 0 || line[0] is ' ' or '\t' or '#' or '-' or '\r' or '\n')
            return null;
        var text = line.TrimEnd('\r', '\n');
        if (text[0] is '"' or '\'')
        {
            var endQuote = text.IndexOf(text[0], 1);
            return endQuote > 0 && endQuote + 1 < text.Length && text[endQuote + 1] == ':' ? text[1..endQuote] : null;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        while (colon > 0 && colon + 1 < text.Length && text[colon + 1] is not (' ' or '\t'))
            colon = text.IndexOf(':', colon + 1);
        return colon > 0 ? text[..colon].TrimEnd() : null;
    }

    private static int FindClose(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (IsDelimiter(lines[i], allowDots: true))
                return i;
        }
        return -1;
    }

    private static bool IsDelimiter(string line, bool allowDots)
    {
        var trimmed = line.TrimEnd('\r', '\n').TrimEnd(' ', '\t');
        return trimmed == "---" || (allowDots && trimmed == "...");
    }

    /// <summary>The lines of <paramref name="text"/>, each with its own line ending (the last may have none).</summary>
    internal static List<string> SplitKeepingEndings(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }
}
