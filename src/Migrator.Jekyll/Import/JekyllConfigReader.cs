using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Import;

/// <summary>
/// Reads <c>_config.yml</c> (or <c>_config.yaml</c>) tolerantly: a repeated key keeps its last value as Psych does
/// (YamlDotNet refuses repeats, so the earlier occurrence is dropped and the text read again); a file that still cannot
/// be read gives Jekyll's defaults and a diagnostic. A configuration that is a symbolic link is not read (reported, defaults
/// used); one that goes past the YAML reader's limits (an alias bomb) is refused as input.
/// </summary>
internal static class JekyllConfigReader
{
    private const int MaxRepairs = 50;

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
        if (SiteFolder.IsLink(new FileInfo(file)))
        {
            diagnostics.Report(JekyllReadDiagnostics.LinkNotFollowed(file, new FileInfo(file).LinkTarget));
            return new JekyllConfig();
        }
        string text;
        try
        {
            using var reader = new StreamReader(SiteFolder.OpenRead(file));
            text = reader.ReadToEnd();
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
        // The wrapper adds one line before the text.
        var (document, line) = ReadLaterKeysWin(lines, text => "---\n" + text + "\n---\n", 1,
            (at, key) => diagnostics.Report(JekyllReadDiagnostics.ConfigDuplicateKey(new SourceRef(file, at), key)));
        if (document.Error is null)
            return document.Fields;
        if (document.Error.OverLimit)
            throw new InputException($"'{file}' cannot be read: line {line}: {document.Error.Message}.");
        diagnostics.Report(JekyllReadDiagnostics.ConfigUnreadable(new SourceRef(file, line), $"line {line}: {document.Error.Message}"));
        return [];
    }

    /// <summary>
    /// Reads YAML as Psych does, where a key given twice is no error and the later value wins: each earlier occurrence is
    /// removed with its nested lines, passed to <paramref name="duplicate"/> (its line in <paramref name="lines"/>, counted
    /// from 1, and the key), and the text read again. <paramref name="wrap"/> makes the text to read from the lines, putting
    /// <paramref name="linesBefore"/> lines before them. Returns the document and the line of its error, if any.
    /// </summary>
    internal static (FrontMatterDocument Document, int ErrorLine) ReadLaterKeysWin(
        List<string> lines, Func<string, string> wrap, int linesBefore, Action<int, string> duplicate)
    {
        var originalLine = Enumerable.Range(1, lines.Count).ToList();
        for (var attempt = 0; ; attempt++)
        {
            var document = FrontMatterReader.Read(wrap(string.Join('\n', lines)));
            if (document.Error is not { } error)
                return (document, 0);
            var index = error.Line - 1 - linesBefore;
            var line = index >= 0 && index < originalLine.Count ? originalLine[index] : Math.Max(1, error.Line - linesBefore);
            if (attempt >= MaxRepairs || !error.Message.Contains("uplicate key", StringComparison.Ordinal) || index < 0 || index >= lines.Count
                || RemoveEarlierOccurrence(lines, originalLine, index) is not { } key)
                return (document, line);
            duplicate(line, key);
        }
    }

    // The duplicate is on lines[index]; the earlier key of the same name and indentation (within the same parent) is
    // removed with its nested lines, so the later value wins. Returns the key, or null when none was found.
    private static string? RemoveEarlierOccurrence(List<string> lines, List<int> originalLine, int index)
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
