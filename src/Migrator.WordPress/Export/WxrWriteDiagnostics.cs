using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>Diagnostics of the WXR writer (codes <c>WXW…</c>).</summary>
public static class WxrWriteDiagnostics
{
    public static DiagnosticKind WXW001 { get; } = new("WXW001", Severity.Warning,
        "Characters XML does not allow were removed",
        "Some characters (invisible control characters or broken symbols) cannot be written to a WordPress "
        + "export, so they were removed from the named field. Check the text where they were.");
    public static Diagnostic IllegalCharactersRemoved(SourceRef? where, string field, int count) => new(
        WXW001,
        $"{count} character(s) that XML 1.0 does not allow (control characters, lone surrogates) were removed from {field}; check the text.",
        where);

    public static DiagnosticKind WXW002 { get; } = new("WXW002", Severity.Warning,
        "An empty post was given a title",
        "The post has no title, no content and no excerpt, which the WordPress importer refuses. It was written "
        + "with a title made from its slug. Give it a real title after importing.");
    public static Diagnostic EmptyPostTitled(SourceRef? where, string title) => new(
        WXW002,
        $"the post has no title, content or excerpt, which WordPress refuses to import; it was written with the title '{title}' taken from its slug. Give it a real title.",
        where);

    public static DiagnosticKind WXW003 { get; } = new("WXW003", Severity.Warning,
        "The WordPress importer would merge two items",
        "Two items have the same title and date; the WordPress importer sees the second as a duplicate of the "
        + "first and drops it. Change the title or the date of one of them and convert again.");
    public static Diagnostic ImportWouldMerge(SourceRef? where, string otherItem, string title, string date, string type) => new(
        WXW003,
        $"this {type} and {otherItem} have the same title '{title}' and date {date}; the WordPress importer treats the second as a duplicate and drops it. Change the title or the date of one of them.",
        where);

    public static DiagnosticKind WXW004 { get; } = new("WXW004", Severity.Info,
        "An id was made for an item without one",
        "The item had no WordPress id, so one was made from its type, slug, date and title; the same input always "
        + "gets the same id. WordPress may give it another id when importing. Nothing needs doing.");
    public static Diagnostic PostIdSynthesised(SourceRef? where, long id) => new(
        WXW004,
        $"the item has no WordPress id; it was written with post_id {id} (derived from its type, slug, date and title, so the same input gets the same id).",
        where);

    public static DiagnosticKind WXW005 { get; } = new("WXW005", Severity.Warning,
        "An item's id was already taken",
        "Another item already has this item's WordPress id, so this one was written with a new id. Child pages, "
        + "featured images or galleries that named the old id may now point to the other item. Check them after "
        + "importing.");
    public static Diagnostic PostIdTaken(SourceRef? where, long id, string otherItem, long newId) => new(
        WXW005,
        $"post_id {id} was already written for {otherItem}; this item was written with post_id {newId}. References to {id} (parents, featured images, galleries) may point to the other item.",
        where);

    public static DiagnosticKind WXW006 { get; } = new("WXW006", Severity.Info,
        "An author was added to the export",
        "The post's author is not among the site's authors, so the author was added to the export with a login "
        + "made from the name. Choose the matching user when importing.");
    public static Diagnostic AuthorAdded(string login, string sourceName, string file) => new(
        WXW006,
        $"the author '{sourceName}' is not among the site's authors; it was declared in {file} as login '{login}'. Map it to a user when importing.");

    public static DiagnosticKind WXW007 { get; } = new("WXW007", Severity.Error,
        "Some authors could not be declared",
        "Authors found only while the posts were written go into a space kept free in the file's header, and that "
        + "space ran out, so these authors could not be declared; the WordPress importer will give their posts to the "
        + "user who runs the import. List these authors in the source site's authors and convert again.");
    public static Diagnostic AuthorSpaceExhausted(string file, IReadOnlyList<string> logins) => new(
        WXW007,
        $"{file}: no room was left to declare the authors {string.Join(", ", logins)}; their posts go to the importing user. List these authors in the source site's authors so they are written in the header.");

    public static DiagnosticKind WXW008 { get; } = new("WXW008", Severity.Info,
        "Comments were renumbered",
        "The WordPress importer keeps a reply's link to its parent comment only when the parent has the lower "
        + "number. Some comments were renumbered so that every reply comes after its parent. Nothing needs doing.");
    public static Diagnostic CommentsRenumbered(SourceRef? where, int count) => new(
        WXW008,
        $"{count} comment(s) were renumbered so that every parent has a lower id than its replies (the WordPress importer keeps a reply's parent only then).",
        where);

    public static DiagnosticKind WXW009 { get; } = new("WXW009", Severity.Warning,
        "A reply's parent comment is missing",
        "A comment replies to another comment that is not among this post's comments (or the replies form a "
        + "loop), so it was written as a top-level comment. Nothing needs doing unless the thread order matters.");
    public static Diagnostic CommentParentMissing(SourceRef? where, long commentId, long parentId) => new(
        WXW009,
        $"comment {commentId} replies to comment {parentId}, which is not among this post's comments (or forms a loop); it was written as a top-level comment.",
        where);

    public static DiagnosticKind WXW010 { get; } = new("WXW010", Severity.Warning,
        "A Disqus thread may not be found after import",
        "The post's Disqus identifier is not in the form the WordPress Disqus plugin sends, so after import the "
        + "plugin will ask Disqus for another thread. The thread link (dsq_thread_id) was written; if comments do "
        + "not show, map the post's address in Disqus with its URL Mapper.");
    public static Diagnostic ThreadIdentifierNotReproducible(SourceRef? where, string identifier) => new(
        WXW010,
        $"the Disqus identifier '{identifier}' is not of the form 'ID guid' that the WordPress Disqus plugin sends; after import the plugin sends a new identifier. Keep the thread with dsq_thread_id (written) or map its URL with the Disqus URL Mapper.",
        where);

    public static DiagnosticKind WXW011 { get; } = new("WXW011", Severity.Warning,
        "A Disqus identifier names another post id",
        "The post's Disqus identifier contains another id than the post's own, so the WordPress Disqus plugin "
        + "will not find the thread. After importing, map the thread in Disqus with its URL Mapper.");
    public static Diagnostic ThreadIdentifierIdDiffers(SourceRef? where, string identifier, long postId) => new(
        WXW011,
        $"the Disqus identifier '{identifier}' names another post id than the item's id {postId}; the WordPress Disqus plugin will send '{postId} …' and not find the thread. Map the thread in Disqus (URL Mapper) after import.",
        where);

    public static DiagnosticKind WXW012 { get; } = new("WXW012", Severity.Warning,
        "The excerpt marker was not found",
        "The source marks where the excerpt ends with a separator that was not found in the converted body, so no "
        + "<!--more--> tag was written. Add <!--more--> in WordPress where the excerpt should end.");
    public static Diagnostic ExcerptSeparatorNotFound(SourceRef? where, string separator) => new(
        WXW012,
        $"the excerpt separator '{separator}' was not found in the body (or did not survive rendering); no <!--more--> was written. Insert <!--more--> in WordPress where the excerpt should end.",
        where);

    public static DiagnosticKind WXW013 { get; } = new("WXW013", Severity.Warning,
        "An item has no date",
        "The item has no date, so it was written with an empty one, and WordPress will date it at import time. "
        + "Give it a date in the source and convert again.");
    public static Diagnostic NoDate(SourceRef? where) => new(
        WXW013,
        "the item has no date; it was written with a zero date and WordPress will date it at import time. Give it a date in the source.",
        where);

    public static DiagnosticKind WXW014 { get; } = new("WXW014", Severity.Warning,
        "A category's parent is missing",
        "A category names a parent category that is not among the site's categories (or the parents form a loop), "
        + "so it was written at the top level. Set its parent in WordPress after importing if needed.");
    public static Diagnostic TermParentMissing(string taxonomy, string slug, string parentSlug) => new(
        WXW014,
        $"the {taxonomy} term '{slug}' names the parent '{parentSlug}', which is not among the site's terms (or forms a loop); it was written at top level.");

    public static DiagnosticKind WXW015 { get; } = new("WXW015", Severity.Warning,
        "A body in an unknown format was written as is",
        "The body is in a markup that Migrator cannot turn into HTML (such as Textile), so it was written "
        + "unchanged, and WordPress will show it as plain text. Convert the body to HTML or Markdown first.");
    public static Diagnostic BodyFormatUnknown(SourceRef? where, string? extension) => new(
        WXW015,
        $"the body is in a format Migrator cannot render ({extension ?? "unknown"}); it was written as is and WordPress will show it as text. Convert it to HTML or Markdown first.",
        where);

    public static DiagnosticKind WXW016 { get; } = new("WXW016", Severity.Warning,
        "An item has no status",
        "The item does not say whether it is published, so it was written as a draft. Publish it in WordPress "
        + "after importing if it should be.");
    public static Diagnostic StatusMissing(SourceRef? where) => new(
        WXW016,
        "the item has no status; it was written as 'draft'.",
        where);

    public static DiagnosticKind WXW017 { get; } = new("WXW017", Severity.Warning,
        "Two authors have the same login",
        "Two authors get the same WordPress login once their names are made into logins, so the second was given "
        + "another login. Check the author mapping when importing.");
    public static Diagnostic DuplicateAuthorLogin(string login, string other) => new(
        WXW017,
        $"the authors '{other}' and '{login}' have the same WordPress login after sanitising; the second was written as '{login}'. Check the author mapping when importing.");

    public static DiagnosticKind WXW018 { get; } = new("WXW018", Severity.Info,
        "A plugin's stored value was repaired",
        "A plugin's setting stored in PHP's serialized form had characters removed or line endings changed, which "
        + "would break it. Its length counts were corrected so WordPress can still read it. Nothing needs doing.");
    public static Diagnostic SerializedMetaRecounted(SourceRef? where, string key) => new(
        WXW018,
        $"the PHP-serialized meta value '{key}' had characters removed or line endings changed; its string lengths (s:N) were recounted so WordPress can still unserialize it.",
        where);

    public static DiagnosticKind WXW020 { get; } = new("WXW020", Severity.Warning,
        "An unknown post type was written as a page",
        "The item's type is not a WordPress type, and the WordPress importer refuses types that no plugin "
        + "registers, so it was written as a page, with its original type kept in a field. Install the plugin that "
        + "provides the type, or keep it as a page.");
    public static Diagnostic TypeWrittenAsPage(SourceRef? where, string type) => new(
        WXW020,
        $"'{type}' is not a WordPress post type, and WordPress's importer refuses items of a type no plugin registers; it is written as a page, with '{type}' kept in the postmeta _migrator_source_type.",
        where);

    public static DiagnosticKind WXW021 { get; } = new("WXW021", Severity.Warning,
        "A nested page was written without its parent",
        "The page's old address lies under another page, but the source names no parent page, so WordPress will "
        + "serve it at the top level. After importing, set its parent page to keep the address, or add a redirect.");
    public static Diagnostic NestedPageWithoutParent(SourceRef? where, string path) => new(
        WXW021,
        $"the page at {path} is written without a parent page (the source names none), so WordPress serves it at /<slug>/; after importing, set its parent to keep {path}, or add a redirect.",
        where);

    public static DiagnosticKind WXW019 { get; } = new("WXW019", Severity.Error,
        "An item's id was taken by an item without one",
        "Another item without an id of its own was given this item's id, so both are written with it, and "
        + "WordPress will give this one a new id on import. Give the other item an id in the source and convert "
        + "again.");
    public static Diagnostic PostIdCollidesWithSynthesised(SourceRef? where, long id, string otherItem) => new(
        WXW019,
        $"post_id {id} of this item was already given to {otherItem}, which had no id of its own; both are written with {id} and WordPress will give this one a new id on import. Give the other item an id in the source.",
        where);
}
