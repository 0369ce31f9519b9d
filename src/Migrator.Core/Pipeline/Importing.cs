using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Core.Pipeline;

/// <summary>Reads one source format into the model.</summary>
public interface IImporter
{
    /// <summary>Format name used on the command line (<c>wxr</c>, <c>jekyll</c>, <c>hugo</c>).</summary>
    string Name { get; }

    /// <summary>True when <paramref name="path"/> (a file or folder) looks like this format. Must be cheap.</summary>
    bool CanRead(string path);

    /// <summary>
    /// Opens the inputs as one site. <see cref="ImportedSite.Site"/> is known on return; the items are read lazily,
    /// one at a time, when <see cref="ImportedSite.Items"/> is enumerated (once). Problems are reported to
    /// <paramref name="diagnostics"/>; an input that cannot be opened at all throws <see cref="InputException"/>.
    /// </summary>
    ImportedSite Open(IReadOnlyList<string> inputs, IDiagnosticSink diagnostics);

    /// <summary>
    /// The folder of the input site whose files are published as they are (Jekyll: the site folder; Hugo: <c>static/</c>),
    /// from which the files its posts name are carried into the new site; null when the input is no site folder (WXR).
    /// </summary>
    string? PublishedFolder(IReadOnlyList<string> inputs) => null;
}

/// <summary>A site whose header is read and whose items stream.</summary>
public sealed record ImportedSite(Site Site, IEnumerable<SourceItem> Items);

/// <summary>One item read from a source: either a post or something that could not be read as one.</summary>
public abstract record SourceItem(SourceRef Source);

/// <summary>An item read into the model. <paramref name="Diagnostics"/> are what the reader noticed about it.</summary>
public sealed record ReadPost(Post Post, IReadOnlyList<Diagnostic> Diagnostics) : SourceItem(Post.Source);

/// <summary>
/// An item the reader found but could not turn into a post (bad front matter, damaged XML inside the item).
/// It still gets its audit row, as failed, with what is known of it.
/// </summary>
public sealed record UnreadableItem(SourceRef Source, string Type, string? Title, Diagnostic Error) : SourceItem(Source);

/// <summary>
/// Damage after which a source cannot go on (truncated or ill-formed XML that cannot be repaired).
/// Items before it were already yielded; the runner records it and reports the input as damaged.
/// </summary>
public sealed record InputDamaged(SourceRef Source, Diagnostic Error) : SourceItem(Source);

/// <summary>
/// A file the source format itself never publishes (a Jekyll file in <c>_posts</c> without a date in its name): read, so
/// that the audit lists it as skipped with <paramref name="Reason"/>, and converted into nothing.
/// </summary>
public sealed record IgnoredItem(SourceRef Source, string Type, string? Title, Diagnostic Reason) : SourceItem(Source);

