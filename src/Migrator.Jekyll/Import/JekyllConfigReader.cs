using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Reads <c>_config.yml</c> (or <c>_config.yaml</c>) tolerantly: a repeated key keeps its last value as Psych does
/// (YamlDotNet refuses repeats, so the earlier occurrence is dropped and the text read again); a file that still cannot
/// be read gives Jekyll's defaults and a diagnostic.
/// </summary>
internal static class JekyllConfigReader
{
    internal const int MaxRepairs = 50;

    public static string? FindConfigFile(string siteRoot)
    {
        foreach (var name in (string[])["_config.yml", "_config.yaml"])
        {
            var path = Path.Combine(siteRoot, name);
            if (File.Exists(path))
                return path;
        }
        return null;
    }

    public static JekyllConfig Read(string siteRoot, IDiagnosticSink diagnostics)
    {
        var file = FindConfigFile(siteRoot);
        if (file is null)
        {
            diagnostics.Report(JekyllReadDiagnostics.ConfigMissing(siteRoot));
            return new JekyllConfig();
        }
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(JekyllReadDiagnostics.ConfigUnreadable(new SourceRef(file, 0), ex.Message));
            return new JekyllConfig { File = file };
        }
        return new JekyllConfig { File = file, Fields = ReadText(text, file, diagnostics) };
    }

    /// <summary>Reads config text (any line endings); problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> ReadText(string text, string file, IDiagnosticSink diagnostics)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF').Split('\n').ToList();
        // A leading document marker would close the wrapper's front matter at once.
        var skipped = 0;
        while (skipped < lines.Count && (lines[skipped].TrimEnd() == "---" || lines[skipped].TrimStart().StartsWith('#') || lines[skipped].Trim().Length == 0))
        {
            if (lines[skipped].TrimEnd() == "---")
                lines[skipped] = "";
            skipped++;
        }
        // Line numbers: the wrapper adds one line before the text.
        var originalLine = Enumerable.Range(1, lines.Count).ToList();
        for (var attempt = 0; attempt <= MaxRepairs; attempt++)
        {
            var document = FrontMatterReader.Read("---\n" + string.Join('\n', lines) + "\n---\n");
            if (document.Error is null)
                return document.Fields;
            var index = document.Error.Line - 2;
            var line = index >= 0 && index < originalLine.Count ? originalLine[index] : Math.Max(1, document.Error.Line - 1);
            if (document.Error.Message.Contains("uplicate key", StringComparison.Ordinal) && index >= 0 && index < lines.Count &&
                RemoveEarlierOccurrence(lines, originalLine, index) is { } key)
            {
                diagnostics.Report(JekyllReadDiagnostics.ConfigDuplicateKey(new SourceRef(file, line), key));
                continue;
            }
            diagnostics.Report(JekyllReadDiagnostics.ConfigUnreadable(new SourceRef(file, line), $"line {line}: {document.Error.Message}"));
            return [];
        }
        return [];
    }

    // The duplicate is on lines[index]; the earlier key of the same name and indentation (within the same parent) is
    // removed with its nested lines, so the later value wins. Returns the key, or null when none was found.
    internal static string? RemoveEarlierOccurrence(List<string> lines, List<int> originalLine, int index)
    {
        var (indent, key) = KeyOf(lines[index]);
        if (key is null)
            return null;
        for (var i = index - 1; i >= 0; i--)
        {
            var (otherIndent, otherKey) = KeyOf(lines[i]);
            if (otherKey is null)
                continue;
            if (otherIndent < indent)
                return null;
            if (otherIndent != indent || !string.Equals(otherKey, key, StringComparison.Ordinal))
                continue;
            var end = i + 1;
            while (end < index && (lines[end].Trim().Length == 0 || Indentation(lines[end]) > indent || lines[end].TrimStart().StartsWith('-') && Indentation(lines[end]) == indent))
                end++;
            lines.RemoveRange(i, end - i);
            originalLine.RemoveRange(i, end - i);
            return key;
        }
        return null;
    }

    private static (int Indent, string? Key) KeyOf(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith('-'))
            return (0, null);
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return (0, null);
        return (Indentation(line), trimmed[..colon].Trim().Trim('"', '\''));
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;
}
