using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;
using Migrator.Core.Pipeline;
using Migrator.Core.Text;
using Migrator.Jekyll.Cleanup;

namespace Migrator.Jekyll.Export;

/// <summary>A post written back by the Jekyll → Jekyll clean-up: the file's own text, patched.</summary>
public sealed record JekyllCleanupPlan(string OutputPath, string? NewUrl) : WritePlan(OutputPath, NewUrl)
{
    /// <summary>False when the file is written back byte for byte.</summary>
    public bool Changed { get; init; }
}

/// <summary>
/// Jekyll → Jekyll clean-up of one file: the file is written back at its own path as it was, except the front matter
/// keys whose normalised value differs (<see cref="CleanupFrontMatter"/>) and, for Markdown, the body after the same
/// text clean-up the normaliser runs (entities outside code, then the emphasis repair), applied to the file's own body so
/// that its Liquid stays as written. HTML bodies are kept: their entities are valid HTML and render the same. The one
/// change to Liquid: Octopress and plugin tags that Jekyll 4 does not know (<c>{% codeblock %}</c>, <c>{% img %}</c>…),
/// which fail the build, are written as what they render as (docs/jekyll.md#octopress-and-plugin-tags).
/// The result is read back and compared with the original; if anything else would change, the file is kept as it was.
/// </summary>
internal static class JekyllCleanup
{
    public const string UnchangedNote = "unchanged: copied byte for byte";

    public static ExportPlan Plan(Post post, JekyllSourceText source, IDiagnosticSink diagnostics)
    {
        var originalText = source.Text;
        var path = post.Source.ItemId?.Replace('\\', '/');
        if (string.IsNullOrEmpty(path))
            return new FailPlan(CoreDiagnostics.UnsafeOutputPath(post.Source, post.Source.File));
        var newUrl = post.Status == PublicationStatus.Published ? post.Link : null;
        var (text, notes) = Clean(post, source, diagnostics);
        var changed = !string.Equals(text, originalText, StringComparison.Ordinal);
        return new JekyllCleanupPlan(path, newUrl)
        {
            Files = [new OutputFile(path, text)],
            Changed = changed,
            Note = changed ? "cleaned: " + string.Join(", ", notes) : UnchangedNote,
        };
    }

    private static (string Text, IReadOnlyList<string> Notes) Clean(Post post, JekyllSourceText source, IDiagnosticSink diagnostics)
    {
        var originalText = source.Text;
        var original = FrontMatterReader.Read(originalText);
        if (original.Error is { } error)
        {
            diagnostics.Report(JekyllWriteDiagnostics.CleanupNotApplied(post.Source, $"its front matter cannot be read (line {error.Line}: {error.Message})"));
            return (originalText, []);
        }
        var changes = CleanupFrontMatter.Compare(original.Fields, post);
        var (body, bodyNotes) = CleanBody(original.Body, source.BodyWithPluginTagsRendered, post, diagnostics);
        if (!changes.Any && body is null)
            return (originalText, []);
        if (changes.Keys.TryGetValue("date", out var date) && date is DateTimeOffset filled)
            diagnostics.Report(JekyllWriteDiagnostics.EmptyDateFilled(post.Source, filled));

        var text = originalText;
        if (changes.MetaThreadId is not null)
        {
            if (NestedKeyPatch.Apply(text, "meta", CleanupFrontMatter.ThreadIdKey, changes.MetaThreadId) is { } patched)
                text = patched;
            else
            {
                diagnostics.Report(JekyllWriteDiagnostics.CleanupNotApplied(post.Source, "its meta: dsq_thread_id is not written as a plain indented map entry", partly: true));
                changes = changes with { MetaThreadId = null, Notes = [.. changes.Notes.Where(n => !n.StartsWith("meta ", StringComparison.Ordinal))] };
            }
        }
        var crlf = originalText.Contains("\r\n", StringComparison.Ordinal);
        text = FrontMatterPatch.Apply(text, changes.Keys, body is null ? null : crlf ? body.Replace("\n", "\r\n", StringComparison.Ordinal) : body);

        if (!ReadsAsIntended(text, original, changes, body ?? original.Body))
        {
            diagnostics.Report(JekyllWriteDiagnostics.CleanupNotApplied(post.Source, "patching it would have changed more than the cleaned keys and body"));
            return (originalText, []);
        }
        return (text, [.. changes.Notes, .. bodyNotes]);
    }

    // Plugin tags rendered (any body); then, Markdown only: entities outside code, then broken emphasis, as
    // MarkdownEntities and MarkdownDebrisTransform do for the model.
    private static (string? Body, IReadOnlyList<string> Notes) CleanBody(string body, string? pluginTagsRendered, Post post, IDiagnosticSink diagnostics)
    {
        var notes = new List<string>();
        if (pluginTagsRendered is not null)
        {
            diagnostics.Report(JekyllWriteDiagnostics.PluginTagsRendered(post.Source));
            notes.Add("body plugin tags");
            body = pluginTagsRendered;
        }
        if (post.Content.Format != BodyFormat.Markdown)
            return notes.Count == 0 ? (null, []) : (body, notes);
        var decoded = MarkdownEntities.Decode(body);
        if (!string.Equals(decoded, body, StringComparison.Ordinal))
            notes.Add("body entities");
        var repaired = decoded;
        try
        {
            repaired = ScanBudget.Retry(() => MarkdownDebrisTransform.RepairEmphasis(decoded));
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Report(JekyllWriteDiagnostics.CleanupEmphasisSkipped(post.Source));
        }
        if (!string.Equals(repaired, decoded, StringComparison.Ordinal))
            notes.Add("body emphasis");
        return notes.Count == 0 ? (null, []) : (repaired, notes);
    }

    /// <summary>The patched text read back: same keys in the same order, changed keys holding their new values, every other value as before, the body as cleaned.</summary>
    private static bool ReadsAsIntended(string text, FrontMatterDocument original, FrontMatterChanges changes, string body)
    {
        var reread = FrontMatterReader.Read(text);
        if (reread.Error is not null || reread.Fields.Count != original.Fields.Count || !string.Equals(reread.Body, body, StringComparison.Ordinal))
            return false;
        for (var i = 0; i < original.Fields.Count; i++)
        {
            var (key, before) = original.Fields[i];
            var (rereadKey, after) = reread.Fields[i];
            if (!string.Equals(key, rereadKey, StringComparison.Ordinal))
                return false;
            var expected = changes.Keys.TryGetValue(key, out var changed) ? AsRead(changed)
                : key == "meta" && changes.MetaThreadId is { } id ? WithThreadId(before, id)
                : before;
            if (!Same(expected, after))
                return false;
        }
        return true;
    }

    private static object? WithThreadId(object? meta, object id) =>
        meta is List<KeyValuePair<string, object?>> map
            ? map.Select(kv => kv.Key == CleanupFrontMatter.ThreadIdKey ? new KeyValuePair<string, object?>(kv.Key, AsRead(id)) : kv).ToList()
            : meta;

    // A value as FrontMatterReader gives back what FrontMatterWriter wrote.
    private static object? AsRead(object? value) => value switch
    {
        DateTimeOffset date => new YamlTimestamp(FrontMatterWriter.FormatDate(date)),
        List<object?> list => list.Select(AsRead).ToList(),
        _ => value,
    };

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        (List<KeyValuePair<string, object?>> x, List<KeyValuePair<string, object?>> y) =>
            x.Count == y.Count && x.Zip(y).All(p => string.Equals(p.First.Key, p.Second.Key, StringComparison.Ordinal) && Same(p.First.Value, p.Second.Value)),
        _ => Equals(a, b),
    };
}
