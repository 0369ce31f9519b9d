using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>Diagnostics of the WXR writer (codes <c>WXW…</c>).</summary>
public static class WxrWriteDiagnostics
{
    public static Diagnostic IllegalCharactersRemoved(SourceRef? where, string field, int count) => new(
        "WXW001", Severity.Warning,
        $"{count} character(s) that XML 1.0 does not allow (control characters, lone surrogates) were removed from {field}; check the text.",
        where);

    public static Diagnostic EmptyPostTitled(SourceRef? where, string title) => new(
        "WXW002", Severity.Warning,
        $"the post has no title, content or excerpt, which WordPress refuses to import; it was written with the title '{title}' taken from its slug. Give it a real title.",
        where);

    public static Diagnostic ImportWouldMerge(SourceRef? where, string otherItem, string title, string date, string type) => new(
        "WXW003", Severity.Warning,
        $"this {type} and {otherItem} have the same title '{title}' and date {date}; the WordPress importer treats the second as a duplicate and drops it. Change the title or the date of one of them.",
        where);

    public static Diagnostic PostIdSynthesised(SourceRef? where, long id) => new(
        "WXW004", Severity.Info,
        $"the item has no WordPress id; it was written with post_id {id} (derived from its type, slug, date and title, so the same input gets the same id).",
        where);

    public static Diagnostic PostIdTaken(SourceRef? where, long id, string otherItem, long newId) => new(
        "WXW005", Severity.Warning,
        $"post_id {id} was already written for {otherItem}; this item was written with post_id {newId}. References to {id} (parents, featured images, galleries) may point to the other item.",
        where);

    public static Diagnostic AuthorAdded(string login, string sourceName, string file) => new(
        "WXW006", Severity.Info,
        $"the author '{sourceName}' is not among the site's authors; it was declared in {file} as login '{login}'. Map it to a user when importing.");

    public static Diagnostic AuthorSpaceExhausted(string file, IReadOnlyList<string> logins) => new(
        "WXW007", Severity.Error,
        $"{file}: no room was left to declare the authors {string.Join(", ", logins)}; their posts go to the importing user. List these authors in the source site's authors so they are written in the header.");

    public static Diagnostic CommentsRenumbered(SourceRef? where, int count) => new(
        "WXW008", Severity.Info,
        $"{count} comment(s) were renumbered so that every parent has a lower id than its replies (the WordPress importer keeps a reply's parent only then).",
        where);

    public static Diagnostic CommentParentMissing(SourceRef? where, long commentId, long parentId) => new(
        "WXW009", Severity.Warning,
        $"comment {commentId} replies to comment {parentId}, which is not among this post's comments (or forms a loop); it was written as a top-level comment.",
        where);

    public static Diagnostic ThreadIdentifierNotReproducible(SourceRef? where, string identifier) => new(
        "WXW010", Severity.Warning,
        $"the Disqus identifier '{identifier}' is not of the form 'ID guid' that the WordPress Disqus plugin sends; after import the plugin sends a new identifier. Keep the thread with dsq_thread_id (written) or map its URL with the Disqus URL Mapper.",
        where);

    public static Diagnostic ThreadIdentifierIdDiffers(SourceRef? where, string identifier, long postId) => new(
        "WXW011", Severity.Warning,
        $"the Disqus identifier '{identifier}' names another post id than the item's id {postId}; the WordPress Disqus plugin will send '{postId} …' and not find the thread. Map the thread in Disqus (URL Mapper) after import.",
        where);

    public static Diagnostic ExcerptSeparatorNotFound(SourceRef? where, string separator) => new(
        "WXW012", Severity.Warning,
        $"the excerpt separator '{separator}' was not found in the body (or did not survive rendering); no <!--more--> was written. Insert <!--more--> in WordPress where the excerpt should end.",
        where);

    public static Diagnostic NoDate(SourceRef? where) => new(
        "WXW013", Severity.Warning,
        "the item has no date; it was written with a zero date and WordPress will date it at import time. Give it a date in the source.",
        where);

    public static Diagnostic TermParentMissing(string taxonomy, string slug, string parentSlug) => new(
        "WXW014", Severity.Warning,
        $"the {taxonomy} term '{slug}' names the parent '{parentSlug}', which is not among the site's terms (or forms a loop); it was written at top level.");

    public static Diagnostic BodyFormatUnknown(SourceRef? where, string? extension) => new(
        "WXW015", Severity.Warning,
        $"the body is in a format Migrator cannot render ({extension ?? "unknown"}); it was written as is and WordPress will show it as text. Convert it to HTML or Markdown first.",
        where);

    public static Diagnostic StatusMissing(SourceRef? where) => new(
        "WXW016", Severity.Warning,
        "the item has no status; it was written as 'draft'.",
        where);

    public static Diagnostic DuplicateAuthorLogin(string login, string other) => new(
        "WXW017", Severity.Warning,
        $"the authors '{other}' and '{login}' have the same WordPress login after sanitising; the second was written as '{login}'. Check the author mapping when importing.");

    public static Diagnostic SerializedMetaRecounted(SourceRef? where, string key) => new(
        "WXW018", Severity.Info,
        $"the PHP-serialized meta value '{key}' had characters removed or line endings changed; its string lengths (s:N) were recounted so WordPress can still unserialize it.",
        where);

    public static Diagnostic TypeWrittenAsPage(SourceRef? where, string type) => new(
        "WXW020", Severity.Warning,
        $"'{type}' is not a WordPress post type, and WordPress's importer refuses items of a type no plugin registers; it is written as a page, with '{type}' kept in the postmeta _migrator_source_type.",
        where);

    public static Diagnostic NestedPageWithoutParent(SourceRef? where, string path) => new(
        "WXW021", Severity.Warning,
        $"the page at {path} is written without a parent page (the source names none), so WordPress serves it at /<slug>/; after importing, set its parent to keep {path}, or add a redirect.",
        where);

    public static Diagnostic PostIdCollidesWithSynthesised(SourceRef? where, long id, string otherItem) => new(
        "WXW019", Severity.Error,
        $"post_id {id} of this item was already given to {otherItem}, which had no id of its own; both are written with {id} and WordPress will give this one a new id on import. Give the other item an id in the source.",
        where);
}
