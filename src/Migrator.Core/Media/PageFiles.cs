using System.Text.RegularExpressions;
using Migrator.Core.Input;
using Migrator.Core.Model;
using Migrator.Core.Output;
using Migrator.Core.Text;

namespace Migrator.Core.Media;

/// <summary>A reference in a body to a file beside the page: its path inside the page's folder, decoded (<c>images/a b.jpg</c>).</summary>
/// <param name="Path">The decoded path relative to the page's folder, without query or fragment.</param>
/// <param name="IsLink">True for a link (<c>a href</c>, a Markdown link); false for an image or media source.</param>
public sealed record PageFileReference(string Path, bool IsLink);

/// <summary>
/// The files that travel with a post (<see cref="Post.Resources"/>, a Hugo leaf bundle's images), written once for every
/// target (docs/media.md#files-beside-a-page): which references of a body name them (relative paths that stay inside the
/// page's folder), where a file goes in the new site (beside the page's address, <c>posts/x/images/cat.jpg</c>, or in the
/// page's own folder when the target keeps one), how the body is pointed at the copies (only the characters of each
/// destination or attribute value change), and the copy itself: streamed, atomic, and only from inside the page's
/// folder in the source (no <c>..</c>, no absolute path, no symbolic link) to inside the output folder.
/// </summary>
public static partial class PageFiles
{
    /// <summary>
    /// The path of a file inside a page's folder when it is safe: relative, <c>/</c>-separated, with no empty, <c>.</c>
    /// or <c>..</c> segment, no <c>\</c>, NUL or drive colon; else null. Nothing outside the folder can be named.
    /// </summary>
    public static string? SafePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path[0] is '/' or '\\' || Path.IsPathRooted(path))
            return null;
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or ".." || segment.Any(c => c is '\\' or '\0' or ':' || char.IsControl(c)))
                return null;
        }
        return path;
    }

    /// <summary>
    /// The path inside the page's folder that a URL as written in a body names: a relative URL (no scheme, not
    /// starting with <c>/</c>, <c>#</c> or <c>?</c>), without its query and fragment, each segment percent-decoded once,
    /// <c>./</c> dropped; null for anything else, and for a path that climbs out of the folder (<c>../x.jpg</c>).
    /// </summary>
    public static string? PathOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        if (text.Length == 0 || text[0] is '/' or '\\' or '#' or '?' || Scheme().IsMatch(text))
            return null;
        var end = text.IndexOfAny(['?', '#']);
        if (end >= 0)
            text = text[..end];
        var segments = new List<string>();
        foreach (var raw in text.Split('/'))
        {
            var segment = PercentDecoding.Decode(raw);
            if (segment == ".")
                continue;
            if (segment is "" or ".." || segment.Any(c => c is '/' or '\\' or '\0'))
                return null;
            segments.Add(segment);
        }
        return segments.Count == 0 ? null : SafePath(string.Join('/', segments));
    }

    /// <summary>
    /// Every distinct reference of a body to a file inside its page's folder, in order of first appearance: in HTML,
    /// <c>img src</c> and <c>srcset</c>, media sources, <c>a href</c>; in Markdown, image and link destinations (also
    /// written in angle brackets, <c>&lt;a b.jpg&gt;</c>), link reference definitions and the same in its raw HTML.
    /// </summary>
    public static IReadOnlyList<PageFileReference> References(string text, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<PageFileReference>();
        foreach (var span in Spans(text, markdown))
        {
            if (PathOf(span.Url) is { } path && seen.Add(path))
                found.Add(new PageFileReference(path, span.IsLink));
        }
        return found;
    }

    /// <summary>
    /// <paramref name="text"/> with each reference to a file of the page's folder that <paramref name="newUrlFor"/> gives a
    /// URL for (by the path inside the folder) replaced by that URL, its query and fragment kept; every other character
    /// stays as it was. The URL must be percent-encoded (no spaces), so that it stands as a Markdown destination as it is.
    /// </summary>
    public static string Rewrite(string text, bool markdown, Func<string, string?> newUrlFor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(newUrlFor);
        return MediaRewriter.Splice(text, markdown, span =>
        {
            if (PathOf(span.Url) is not { } path || newUrlFor(path) is not { } url)
                return null;
            var raw = span.Url.Trim();
            return url + (raw.IndexOfAny(['?', '#']) is var at and >= 0 ? raw[at..] : "");
        });
    }

    /// <summary>
    /// The decoded, safe folder of the new site under which a page's files are published, from the page's address
    /// (<see cref="Post.Link"/>): <c>/posts/x/</c> gives <c>posts/x</c>; a page at a file name (<c>/posts/x.html</c>) gives
    /// <c>posts/x</c>, as Hugo publishes such a bundle's files; the site root gives "". Null without an address.
    /// </summary>
    public static string? FolderOf(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
            return null;
        var path = link.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            path = absolute.AbsolutePath;
        else if (path.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(path))
            return null;
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
            path = path[..end];
        if (!path.EndsWith('/'))
        {
            var slash = path.LastIndexOf('/');
            var dot = path.LastIndexOf('.');
            if (dot > slash + 1)
                path = path[..dot];
        }
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "" : MediaPath.Of(trimmed, out _) ?? "";
    }

    /// <summary>The root-relative, percent-encoded URL of a file at <paramref name="sitePath"/> in the new site (<c>/posts/x/a%20b.jpg</c>).</summary>
    public static string UrlOf(string sitePath) => MediaFetcher.NewUrl(sitePath.Trim('/'));

    /// <summary>
    /// Copies a post's file to <paramref name="outputPath"/> in the output folder, streaming, atomically (the file appears
    /// under its name only when complete); returns the bytes copied (0 in a dry run, which copies nothing). The source must
    /// be inside the page's folder: <see cref="PageResource.Path"/> safe, <see cref="PageResource.SourceFile"/> ending
    /// with it, and no symbolic link from that folder down to the file; else an <see cref="IOException"/> says why.
    /// </summary>
    public static async Task<long> CopyAsync(PageResource resource, OutputFolder output, string outputPath, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(output);
        var source = SourceOf(resource);
        if (output.DryRun)
        {
            output.OpenAtomic(outputPath).Dispose();
            return 0;
        }
        var stream = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            using var atomic = output.OpenAtomic(outputPath);
            await stream.CopyToAsync(atomic.Stream, cancellation).ConfigureAwait(false);
            atomic.Commit();
            return stream.Length;
        }
    }

    /// <summary>The full path of the resource's file, checked to be inside its page's folder without a symbolic link on the way.</summary>
    internal static string SourceOf(PageResource resource)
    {
        if (SafePath(resource.Path) is not { } path)
            throw new IOException($"'{resource.Path}' is not a path inside the page's folder; it was not copied");
        var full = Path.GetFullPath(resource.SourceFile);
        var relative = Path.Combine(path.Split('/'));
        if (!full.EndsWith(Path.DirectorySeparatorChar + relative, StringComparison.Ordinal))
            throw new IOException($"'{resource.SourceFile}' is not the file '{resource.Path}' of its page's folder; it was not copied");
        var folder = full[..^(relative.Length + 1)];
        if (SiteFolder.LinkOnPath(folder, full) is { } link)
            throw new IOException($"'{link.FullName}' is a symbolic link (to '{link.LinkTarget}'); links are not followed, so '{resource.Path}' was not copied");
        return full;
    }

    private static IEnumerable<UrlSpan> Spans(string text, bool markdown) =>
        markdown ? MediaReferences.MarkdownSpans(text) : MediaReferences.Spans(text);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Scheme();
}
