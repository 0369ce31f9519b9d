namespace Migrator.Core.Text;

/// <summary>The name a page goes by in its URL, as WordPress names a page: the last path segment.</summary>
public static class UrlSlug
{
    /// <summary>
    /// The last segment of a URL path (<c>/about/team/</c> → <c>team</c>, <c>/docs/guide.html</c> → <c>guide</c>), as
    /// written (not percent-decoded); null when there is none to take: the root, an <c>index</c> file, or a number (a date
    /// part, as <c>/2020/</c>).
    /// </summary>
    public static string? LastSegment(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.Split('?', '#')[0].TrimEnd('/');
        var last = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        if (dot > 0 && last[(dot + 1)..] is "html" or "htm" or "xml" or "php")
            last = last[..dot];
        return last.Length == 0 || last == "index" || last.All(char.IsAsciiDigit) ? null : last;
    }
}
