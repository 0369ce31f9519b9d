using System.Globalization;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>What an item is known by in the file: id, guid, link, author login and the title written.</summary>
internal sealed record WxrItemIdentity(long PostId, bool IdSynthesised, string Guid, string Link, string Login, string AuthorName, bool AuthorDeclared, string Title)
{
    /// <summary>Synthesised ids fall in [100 000 000, 1 000 000 000): far above the ids of real blogs, below 2^31.</summary>
    public const long SynthesisedBase = 100_000_000;
    public const long SynthesisedRange = 900_000_000;

    /// <summary>
    /// Decides the identity. The Disqus identity is kept the way the WordPress Disqus plugin rebuilds it: it sends
    /// <c>"ID guid"</c>, so when <see cref="ThreadIdentity.Identifier"/> has that shape its id becomes the post id
    /// (when the post has none) and its guid the item's guid; <c>dsq_thread_id</c> rows are added by the item writer.
    /// </summary>
    public static WxrItemIdentity For(Post post, string content, WxrSiteUrls urls, WxrAuthors authors, IDiagnosticSink diagnostics)
    {
        var thread = ParseThreadIdentifier(post.Thread?.Identifier);
        if (post.Thread?.Identifier is { Length: > 0 } identifier && thread is null)
            diagnostics.Report(WxrWriteDiagnostics.ThreadIdentifierNotReproducible(post.Source, identifier));

        long id;
        var synthesised = false;
        if (post.Id is long own && own > 0)
        {
            id = own;
            if (thread is { } t && t.Id != own)
                diagnostics.Report(WxrWriteDiagnostics.ThreadIdentifierIdDiffers(post.Source, post.Thread!.Identifier!, own));
        }
        else if (thread is { } t)
        {
            id = t.Id;
        }
        else
        {
            id = SynthesiseId(post, 0);
            synthesised = true;
        }

        // Without a guid or link in the model both are written empty: WordPress then makes the guid from the new
        // permalink on insert, and the link is informational only.
        var guid = thread is { } th && th.Id == id ? th.Guid : post.Guid ?? "";
        var link = post.Link is { Length: > 0 } l ? urls.Link(l) : "";
        var (login, declared) = authors.Resolve(post.Author);
        var authorName = string.IsNullOrWhiteSpace(post.Author) ? login : post.Author;
        return new WxrItemIdentity(id, synthesised, guid, link, login, authorName, declared, TitleFor(post, content, id, diagnostics));
    }

    /// <summary>The same identity with another id (after a collision).</summary>
    public WxrItemIdentity WithId(long newId) => this with { PostId = newId, IdSynthesised = true };

    /// <summary>A stable id for an item without one, from what identifies it; <paramref name="attempt"/> varies it after a collision.</summary>
    public static long SynthesiseId(Post post, int attempt)
    {
        var key = string.Join('\n',
            post.Type, post.Slug, post.Date?.ToString("o", CultureInfo.InvariantCulture) ?? "", post.Title,
            Path.GetFileName(post.Source.File), post.Source.ItemId ?? "", post.Source.Line.ToString(CultureInfo.InvariantCulture),
            attempt.ToString(CultureInfo.InvariantCulture));
        return SynthesisedBase + (long)(StableHash.Of(key) % SynthesisedRange);
    }

    /// <summary><c>"123 http://x/?p=123"</c> → (123, <c>http://x/?p=123</c>); null for any other shape.</summary>
    public static (long Id, string Guid)? ParseThreadIdentifier(string? identifier)
    {
        if (string.IsNullOrEmpty(identifier))
            return null;
        var space = identifier.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space == identifier.Length - 1)
            return null;
        var number = identifier[..space];
        if (!number.All(char.IsAsciiDigit) || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            return null;
        return (id, identifier[(space + 1)..]);
    }

    /// <summary>
    /// The title as written. WordPress refuses a <c>post</c> whose title, content and excerpt are all empty (docs/wordpress-wxr.md#ids-and-duplicates):
    /// such a post gets a title made from its slug (words capitalised at the start), or "Untitled ID".
    /// </summary>
    private static string TitleFor(Post post, string content, long id, IDiagnosticSink diagnostics)
    {
        if (post.Type != PostTypes.Post || post.Title.Length > 0 || content.Length > 0 || !string.IsNullOrEmpty(post.Excerpt))
            return post.Title;
        var words = post.Slug.Replace('-', ' ').Replace('_', ' ').Trim();
        var title = words.Length > 0
            ? char.ToUpperInvariant(words[0]) + words[1..]
            : "Untitled " + id.ToString(CultureInfo.InvariantCulture);
        diagnostics.Report(WxrWriteDiagnostics.EmptyPostTitled(post.Source, title));
        return title;
    }
}
