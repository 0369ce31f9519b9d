using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Output;

namespace Migrator.Core.Media;

/// <summary>
/// Copies the files of a <see cref="MediaPlan"/> from a source into the output folder: several at once, each written
/// atomically (a temporary file beside it, renamed when complete), recorded in the manifest so that a later run copies
/// only what is missing; a missing resized copy (<c>photo-300x200.jpg</c>) is replaced by its full-size original. It
/// returns one outcome per file and reports nothing to the console.
/// </summary>
public sealed partial class MediaFetcher
{
    private readonly IMediaSource _source;
    private readonly OutputFolder _output;
    private readonly MediaFetchOptions _options;
    private readonly IDiagnosticSink _diagnostics;

    public MediaFetcher(IMediaSource source, OutputFolder output, MediaFetchOptions? options = null, IDiagnosticSink? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        _source = source;
        _output = output;
        _options = options ?? new MediaFetchOptions();
        _diagnostics = diagnostics ?? NullDiagnosticSink.Instance;
    }

    /// <summary>
    /// Copies every file of <paramref name="plan"/>. Cancelling stops between reads: files already committed stay (and are
    /// in the manifest), the file being copied leaves no temporary file, and <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public async Task<MediaResults> FetchAsync(MediaPlan plan, IProgress<MediaProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var run = Start(plan.Files.Count, progress);
        try
        {
            await Parallel.ForEachAsync(
                plan.Files,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Jobs), CancellationToken = cancellationToken },
                async (file, token) => await run.FileAsync(file, token).ConfigureAwait(false)).ConfigureAwait(false);
        }
        finally
        {
            run.Manifest.Compact();
        }
        return new MediaResults(plan, run.Outcomes(plan));
    }

    /// <summary>
    /// Starts a run whose files are asked for one by one (<see cref="Run.FileAsync"/>), from any thread: each file is
    /// copied once however often it is asked for, and at most <see cref="MediaFetchOptions.Jobs"/> at a time.
    /// </summary>
    internal Run Start(int total = 0, IProgress<MediaProgress>? progress = null) =>
        new(this, MediaManifest.Load(_output), total, progress);

    internal sealed class Run(MediaFetcher fetcher, MediaManifest manifest, int total, IProgress<MediaProgress>? progress) : IDisposable
    {
        private readonly ConcurrentDictionary<MediaFile, Lazy<Task<MediaOutcome>>> _files = new();
        private readonly ConcurrentDictionary<MediaFile, Lazy<Task<MediaOutcome>>> _copies = new();
        private readonly SemaphoreSlim _slots = new(Math.Max(1, fetcher._options.Jobs));
        private readonly ConcurrentDictionary<MediaFile, MediaOutcome> _outcomes = new();
        private int _done;
        private long _bytes;
        private long _streaming;
        private long _lastTold;

        public MediaManifest Manifest { get; } = manifest;

        public void Dispose() => _slots.Dispose();

        public bool WasFetched(MediaFile file) => _copies.ContainsKey(file);

        public MediaOutcome OutcomeOf(MediaFile file) => _outcomes[file];

        /// <summary>Bytes copied in this run so far.</summary>
        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>The outcome of every file of <paramref name="plan"/> asked for, in plan order (a full-size original fetched in place of a missing copy included).</summary>
        public IReadOnlyList<MediaOutcome> Outcomes(MediaPlan plan) =>
            [.. plan.AllFiles
                .Where(f => _outcomes.ContainsKey(f) && (!f.OnlyAsFallback || (WasFetched(f) && OutcomeOf(f).NewUrl is not null)))
                .Select(OutcomeOf)];

        /// <summary>The outcome of a file the plan names (its own copy, or its original when the copy is missing), copied once however often asked.</summary>
        public Task<MediaOutcome> FileAsync(MediaFile file, CancellationToken cancellationToken) =>
            _files.GetOrAdd(file, f => new Lazy<Task<MediaOutcome>>(() => OutcomeAsync(f, cancellationToken))).Value;

        private async Task<MediaOutcome> OutcomeAsync(MediaFile file, CancellationToken cancellationToken)
        {
            var outcome = await CopyOnceAsync(file, cancellationToken).ConfigureAwait(false);
            if (outcome.Failure?.Kind == MediaFailureKind.NotFound && file.Original is { } original)
            {
                var full = await CopyOnceAsync(original, cancellationToken).ConfigureAwait(false);
                if (full.NewUrl is not null)
                {
                    outcome = outcome with
                    {
                        NewUrl = full.NewUrl,
                        OutputPath = full.OutputPath,
                        Result = MediaResult.Skipped,
                        Reason = $"missing ({outcome.Failure.Reason}); the original {full.OutputPath} is used",
                        Bytes = 0,
                        Failure = null,
                    };
                    fetcher._diagnostics.Report(MediaDiagnostics.ResizedCopyMissing(file.Source, file.OldUrl, full.OutputPath));
                }
            }
            if (outcome.Result == MediaResult.Failed)
                fetcher._diagnostics.Report(MediaDiagnostics.FileNotCopied(file.Source, file.OldUrl, outcome.Reason ?? ""));
            _outcomes[file] = outcome;
            var done = Interlocked.Increment(ref _done);
            // The total grows while a conversion asks for each post's files in turn: at least every file asked for so far.
            progress?.Report(new MediaProgress(done, Math.Max(total, _files.Count), Interlocked.Read(ref _bytes) + Interlocked.Read(ref _streaming)));
            return outcome;
        }

        /// <summary>Bytes of files still being copied changed: told to the progress display at most every 200 ms.</summary>
        private void Streamed(long change)
        {
            var streaming = Interlocked.Add(ref _streaming, change);
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref _lastTold);
            if (progress is null || now - last < 200 || Interlocked.CompareExchange(ref _lastTold, now, last) != last)
                return;
            progress.Report(new MediaProgress(Volatile.Read(ref _done), Math.Max(total, _files.Count), Interlocked.Read(ref _bytes) + streaming));
        }

        private Task<MediaOutcome> CopyOnceAsync(MediaFile file, CancellationToken cancellationToken)
        {
            var copy = _copies.GetOrAdd(file, f => new Lazy<Task<MediaOutcome>>(() => CopyAsync(f, cancellationToken)));
            return copy.Value;
        }

        private async Task<MediaOutcome> CopyAsync(MediaFile file, CancellationToken cancellationToken)
        {
            MediaOutcome outcome;
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                outcome = await CopyFileAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                outcome = Failed(file, new MediaFailure(MediaFailureKind.FileSystem, ex.Message));
            }
            finally
            {
                _slots.Release();
            }
            _outcomes.TryAdd(file, outcome);
            return outcome;
        }

        private async Task<MediaOutcome> CopyFileAsync(MediaFile file, CancellationToken cancellationToken)
        {
            var output = fetcher._output;
            if (file.Path is null || output.Resolve(file.OutputPath) is not { } full)
                return Failed(file, new MediaFailure(MediaFailureKind.UnsafePath, "no file path inside the output folder can be made from the URL"));
            var newUrl = NewUrl(file.Path);
            if (output.DryRun)
                return new MediaOutcome(file, file.OldUrl, null, file.OutputPath, MediaResult.Skipped, "dry run: not copied", 0, null);
            RemoveLeftTemporaryFiles(full);
            if (Manifest.Complete(file.OutputPath, file.Url, full) is { } done)
                return new MediaOutcome(file, file.OldUrl, newUrl, file.OutputPath, MediaResult.Skipped, "already copied by an earlier run", done.Bytes, done.Sha256);

            AtomicFile atomic;
            try
            {
                atomic = output.OpenAtomic(file.OutputPath);
            }
            catch (UnsafePathException)
            {
                return Failed(file, new MediaFailure(MediaFailureKind.UnsafePath, "the output path leads through a symbolic link"));
            }
            long bytes;
            using (atomic)
            {
                var counted = new CountedStream(atomic.Stream, Streamed);
                try
                {
                    var failure = await fetcher._source.CopyAsync(file, counted, fetcher._options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
                    if (failure is not null)
                        return Failed(file, failure);
                    bytes = atomic.Stream.Length;
                    atomic.Commit();
                }
                finally
                {
                    Interlocked.Add(ref _streaming, -counted.Counted);
                }
            }
            string sha;
            var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
            }
            Manifest.Record(new MediaManifestEntry(file.Url.AbsoluteUri, file.OutputPath, bytes, sha));
            Interlocked.Add(ref _bytes, bytes);
            return new MediaOutcome(file, file.OldUrl, newUrl, file.OutputPath, MediaResult.Written, null, bytes, sha);
        }

        private static MediaOutcome Failed(MediaFile file, MediaFailure failure) =>
            new(file, file.OldUrl, null, file.OutputPath, MediaResult.Failed, failure.Reason, 0, null, failure);
    }

    /// <summary>The root-relative URL of a site path: every character but letters, digits, <c>-._~/</c> percent-encoded.</summary>
    internal static string NewUrl(string path)
    {
        var sb = new StringBuilder(path.Length + 1).Append('/');
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '.' or '_' or '~' or '/'))
            {
                sb.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
                sb.Append('%').Append(Convert.ToHexString([b]));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Removes the temporary files a stopped run left for this file (<c>.photo.jpg.&lt;pid&gt;.&lt;guid&gt;.tmp</c>, as
    /// <see cref="OutputFolder.OpenAtomic"/> names them), and no other file.
    /// </summary>
    private static void RemoveLeftTemporaryFiles(string full)
    {
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
            return;
        var name = Path.GetFileName(full);
        foreach (var temp in Directory.EnumerateFiles(dir, "." + name + ".*.tmp"))
        {
            var middle = Path.GetFileName(temp)[(name.Length + 2)..^4];
            if (!TemporarySuffix().IsMatch(middle))
                continue;
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Another process may still be writing it; it is left alone.
            }
        }
    }

    [GeneratedRegex("^[0-9]+\\.[0-9a-f]{32}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TemporarySuffix();
}
