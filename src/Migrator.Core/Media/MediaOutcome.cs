namespace Migrator.Core.Media;

/// <summary>What became of a media file.</summary>
public enum MediaResult
{
    /// <summary>Copied into the output in this run.</summary>
    Written,
    /// <summary>Not copied in this run, with the reason: already complete from an earlier run, a dry run, or replaced by its original.</summary>
    Skipped,
    /// <summary>Could not be copied: the references keep their old URL.</summary>
    Failed,
}

/// <summary>Why a file could not be copied.</summary>
public enum MediaFailureKind
{
    /// <summary>The source has no such file (HTTP 404 or 410, or absent from the folder).</summary>
    NotFound,
    /// <summary>The server answered with another error status (after retries for 429 and 5xx).</summary>
    HttpStatus,
    /// <summary>No complete answer within the request timeout, after retries.</summary>
    Timeout,
    /// <summary>A redirect to a host that is not allowed.</summary>
    RefusedHost,
    /// <summary>Larger than the size cap.</summary>
    TooBig,
    /// <summary>The URL's path cannot be mapped to a file inside the output folder or the source folder.</summary>
    UnsafePath,
    /// <summary>The connection failed (refused, reset), after retries.</summary>
    Network,
    /// <summary>A local file could not be read or written (permissions, a full disk).</summary>
    FileSystem,
}

/// <summary>A failure: its kind, the HTTP status when there was one, and a reason for the report (<c>HTTP 404</c>).</summary>
public sealed record MediaFailure(MediaFailureKind Kind, string Reason, int? StatusCode = null);

/// <summary>
/// One row of the media audit: the old URL (the first reference as written), the new root-relative URL (null when the
/// file is not there), the output path, the result, the reason, the bytes and the SHA-256 of the file on disk.
/// </summary>
public sealed record MediaOutcome(
    MediaFile File,
    string OldUrl,
    string? NewUrl,
    string OutputPath,
    MediaResult Result,
    string? Reason,
    long Bytes,
    string? Sha256,
    MediaFailure? Failure = null);

/// <summary>How far a media run is: files done of all, bytes copied.</summary>
public readonly record struct MediaProgress(int Files, int TotalFiles, long Bytes);

/// <summary>The outcome of every file of a plan, and the new URL of every reference whose file is there.</summary>
public sealed class MediaResults
{
    private readonly Func<string, MediaFile?> _fileFor;
    private readonly MediaSite _site;
    private readonly Dictionary<MediaFile, MediaOutcome> _byFile;

    internal MediaResults(MediaPlan plan, IReadOnlyList<MediaOutcome> outcomes)
        : this(plan.FileFor, plan.Site, outcomes)
    {
    }

    /// <summary>Results for some references only (one post's), each mapped to its file by <paramref name="fileFor"/>.</summary>
    internal MediaResults(Func<string, MediaFile?> fileFor, MediaSite site, IReadOnlyList<MediaOutcome> outcomes)
    {
        _fileFor = fileFor;
        _site = site;
        Files = outcomes;
        _byFile = outcomes.ToDictionary(o => o.File);
    }

    /// <summary>One outcome per file, in plan order (a full-size original fetched in place of a missing copy included).</summary>
    public IReadOnlyList<MediaOutcome> Files { get; }

    /// <summary>
    /// The new root-relative URL for a reference (as <see cref="MediaReference.Url"/> gives it), its fragment kept; null when
    /// the reference is not a file of the plan or its file is not there: then it must keep its old URL.
    /// </summary>
    public string? NewUrlFor(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (_fileFor(reference) is not { } file || !_byFile.TryGetValue(file, out var outcome) || outcome.NewUrl is null)
            return null;
        return outcome.NewUrl + (_site.Classify(reference)?.Fragment ?? "");
    }
}
