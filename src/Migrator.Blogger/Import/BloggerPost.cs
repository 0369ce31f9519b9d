using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Text;

namespace Migrator.Blogger.Import;

/// <summary>A post or page entry as a model post (docs/blogger.md#posts-and-pages).</summary>
internal static partial class BloggerPost
{
    public static Post From(BloggerEntry entry, SourceRef source, IReadOnlyList<Comment> comments, List<Diagnostic> diagnostics)
    {
        var (status, word) = StatusOf(entry);
        var link = entry.Alternate ?? entry.Filename;
        var extra = new List<KeyValuePair<string, object?>> { new("blogger_id", entry.Id) };
        if (entry.Location is { } location)
        {
            extra.Add(new("location", new Dictionary<string, object?>
            {
                ["name"] = location.Name,
                ["latitude"] = location.Latitude,
                ["longitude"] = location.Longitude,
            }));
        }
        return new Post
        {
            Source = source,
            Type = entry.Kind == "page" ? PostTypes.Page : PostTypes.Post,
            Status = status,
            StatusWord = word,
            Title = entry.Title,
            Slug = link is null ? "" : PercentDecoding.Decode(UrlSlug.LastSegment(PathOf(link)) ?? ""),
            Date = Date(entry.Published, "published", source, diagnostics),
            Modified = Date(entry.Updated, "updated", source, diagnostics),
            Author = entry.AuthorName,
            Content = new Body(BloggerHtml.Tidy(entry.Content), BodyFormat.Html),
            Excerpt = entry.MetaDescription,
            Terms = [.. entry.Labels.Distinct(StringComparer.Ordinal).Select(l => new TermRef(Taxonomies.Tag, LabelSlug(l), l))],
            Comments = comments,
            Link = link,
            FeaturedImage = entry.Thumbnail is null ? null : FullSize(entry.Thumbnail),
            Extra = extra,
        };
    }

    /// <summary>
    /// Takeout's LIVE, SCHEDULED, DRAFT, DELETED and SOFT_TRASHED; in the classic backup a post is live unless
    /// <c>app:draft</c> says otherwise.
    /// </summary>
    private static (PublicationStatus Status, string Word) StatusOf(BloggerEntry entry)
    {
        if (entry.Status is null)
            return entry.ClassicDraft ? (PublicationStatus.Draft, "draft") : (PublicationStatus.Published, "live");
        return entry.Status.ToUpperInvariant() switch
        {
            "LIVE" => (PublicationStatus.Published, entry.Status),
            "SCHEDULED" => (PublicationStatus.Scheduled, entry.Status),
            "DRAFT" => (PublicationStatus.Draft, entry.Status),
            "DELETED" or "SOFT_TRASHED" => (PublicationStatus.Trashed, entry.Status),
            _ => (PublicationStatus.Unknown, entry.Status),
        };
    }

    private static DateTimeOffset? Date(string? text, string element, SourceRef source, List<Diagnostic> diagnostics)
    {
        if (text is null)
            return null;
        var date = BloggerDates.Parse(text);
        if (date is null)
            diagnostics.Add(BloggerDiagnostics.DateUnreadable(source, element, text));
        return date;
    }

    /// <summary>The path of an absolute or site-relative address.</summary>
    private static string PathOf(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : link;

    /// <summary>A label's slug as Blogger's label pages spell it: the name itself (<c>/search/label/Night%20Sky</c>), made URL-safe.</summary>
    private static string LabelSlug(string label) => WordPressSlug.FromTitle(label) is { Length: > 0 } slug ? slug : label;

    /// <summary>
    /// Blogger's thumbnail is the post's first image scaled to 72 pixels, named by a size part of its URL
    /// (<c>/s72-c/</c>, or <c>=s72-c</c> at the end); <c>s1600</c> asks for the image as uploaded.
    /// </summary>
    private static string FullSize(string thumbnail) => ThumbnailSize().Replace(thumbnail, m => m.Groups[1].Value + "s1600" + m.Groups[2].Value, 1);

    [GeneratedRegex(@"([/=])s\d+(?:-c)?(/|$)")]
    private static partial Regex ThumbnailSize();
}
