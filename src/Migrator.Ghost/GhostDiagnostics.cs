using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Ghost;

/// <summary>Diagnostics of the Ghost reader and writer (codes <c>GHO…</c>; docs/ghost.md).</summary>
public static class GhostDiagnostics
{
    public static DiagnosticKind GHO001 { get; } = new("GHO001", Severity.Warning,
        "Comments were written beside the import file",
        "Ghost's importer takes no comments (Ghost's own comments belong to its members). The public comments were "
        + "written to ghost-comments.json beside the import file, so none is lost; load them into a comment system "
        + "(Disqus: --disqus-comments) or keep the file as a record.");
    public static Diagnostic CommentsBeside(int posts, int comments, string file) => new(
        GHO001,
        $"Ghost's importer takes no comments: {comments} comment(s) of {posts} item(s) were written to {file} instead.");

    public static DiagnosticKind GHO002 { get; } = new("GHO002", Severity.Warning,
        "The excerpt was too long for Ghost",
        "Ghost's custom excerpt holds at most 300 characters and its importer refuses a longer one. The excerpt was "
        + "left out of the item (Ghost then shows the start of the body); shorten it in Ghost if it matters.");
    public static Diagnostic ExcerptTooLong(SourceRef? where, int length) => new(
        GHO002,
        $"the excerpt has {length} characters, more than the 300 Ghost's custom excerpt holds; left out.",
        where);

    public static DiagnosticKind GHO003 { get; } = new("GHO003", Severity.Info,
        "An author was given a placeholder e-mail address",
        "Every Ghost staff user needs an e-mail address, and the source gave this author none. The user was written "
        + "with an address at example.com, which can receive nothing; Ghost imports users locked, so change the "
        + "address in Ghost's staff settings before inviting the author to log in.");
    public static Diagnostic PlaceholderEmail(string author, string email) => new(
        GHO003,
        $"author '{author}' had no e-mail address; written as '{email}' (change it in Ghost's staff settings).");

    public static DiagnosticKind GHO004 { get; } = new("GHO004", Severity.Info,
        "An item of a custom type became a Ghost post",
        "Ghost has only posts and pages. An item of another type was written as a post carrying the internal tag "
        + "#type-name (internal tags are never shown to readers), so the items of that type can still be found and "
        + "filtered in Ghost's admin.");
    public static Diagnostic CustomTypeAsPost(SourceRef? where, string type, string tag) => new(
        GHO004,
        $"Ghost has only posts and pages: this '{type}' item is a post with the internal tag '{tag}'.",
        where);

    public static DiagnosticKind GHO005 { get; } = new("GHO005", Severity.Warning,
        "Two items had the same slug",
        "Ghost gives every post and page the address /slug/, so slugs must differ, and its importer silently drops the "
        + "second item with a slug already in the file. This item was given the slug with -2 (or -3…) added; its old "
        + "address is redirected there. Check which item should keep the old slug.");
    public static Diagnostic SlugTaken(SourceRef? where, string slug, string owner, string used) => new(
        GHO005,
        $"the slug '{slug}' is already taken by {owner}; this item has the slug '{used}' instead.",
        where);

    public static DiagnosticKind GHO006 { get; } = new("GHO006", Severity.Warning,
        "The body is not HTML Ghost can import",
        "Ghost imports bodies as HTML. This body is in another markup (the message names it): WordPress content "
        + "that was not normalised, or a format Migrator does not render. It was written as it is, so it may show "
        + "markup as text; convert it by hand if it matters.");
    public static Diagnostic BodyNotHtml(SourceRef? where, string format) => new(
        GHO006,
        $"the body is {format}, not HTML; written as it is.",
        where);

    public static DiagnosticKind GHO007 { get; } = new("GHO007", Severity.Info,
        "Terms that are neither categories nor tags became internal tags",
        "Ghost has only tags. Categories and tags became Ghost tags (categories first, so the first category is the "
        + "primary tag); terms of other taxonomies (post formats, custom taxonomies) became internal tags, named "
        + "#taxonomy-name, which readers never see.");
    public static Diagnostic InternalTags(SourceRef? where, IEnumerable<string> tags) => new(
        GHO007,
        $"terms of other taxonomies written as internal tags: {string.Join(", ", tags)}.",
        where);

    public static DiagnosticKind GHO008 { get; } = new("GHO008", Severity.Warning,
        "The title was too long for Ghost",
        "Ghost's importer refuses a title of more than 255 characters, and one refused item stops the whole import. "
        + "The title was cut at 255 characters; the full title is the item's meta title (up to 300 characters). "
        + "Shorten it in Ghost if it matters.");
    public static Diagnostic TitleCut(SourceRef? where, int length) => new(
        GHO008,
        $"the title has {length} characters, more than the 255 Ghost takes; cut at 255.",
        where);

    public static DiagnosticKind GHO009 { get; } = new("GHO009", Severity.Warning,
        "The item had no title",
        "Ghost's importer refuses an item whose title is blank, and one refused item stops the whole import. The "
        + "item was written with the title (Untitled), which is what Ghost's editor shows for a post without one. "
        + "Give it a title in Ghost.");
    public static Diagnostic TitleMissing(SourceRef? where) => new(
        GHO009,
        "the item has no title, which Ghost's importer refuses; written as '(Untitled)'.",
        where);

    public static DiagnosticKind GHO010 { get; } = new("GHO010", Severity.Info,
        "Blocks Ghost's editor has no card for were written as HTML cards",
        "Ghost's importer turns HTML into its editor's document and silently drops what that editor has no card for "
        + "(video, audio, embedded objects, scripts, styles, forms, SVG), and refuses an item left with nothing at all, "
        + "which stops the whole import. Each such block (or the whole body, when nothing else would remain) was "
        + "written between Ghost's HTML-card markers, which its importer keeps verbatim: Ghost shows it as an HTML "
        + "card, exactly as written. Nothing to do unless you want Ghost's own cards.");
    public static Diagnostic HtmlCards(SourceRef? where, int blocks) => new(
        GHO010,
        $"{blocks} block(s) Ghost's editor would drop were written as HTML cards, kept verbatim.",
        where);

    public static DiagnosticKind GHO101 { get; } = new("GHO101", Severity.Error,
        "The file is not a Ghost export",
        "The file is not JSON, or has neither {\"db\": [{\"meta\", \"data\"}]} nor {\"meta\", \"data\"} at its top, "
        + "which every Ghost export (Ghost 1 to 6) has. Export the content again from Ghost's admin (Settings, "
        + "Import/Export, Export content).");
    public static Diagnostic NotAnExport(string file, string why) => new(
        GHO101,
        $"{file} is not a Ghost export: {why}.",
        new SourceRef(file, 0));

    public static DiagnosticKind GHO102 { get; } = new("GHO102", Severity.Error,
        "A post of the export could not be read",
        "An entry of the export's posts is not an object with a title and slug as Ghost writes it; it was not "
        + "converted. The message says what was wrong.");
    public static Diagnostic PostUnreadable(SourceRef where, string why) => new(
        GHO102,
        $"the post could not be read: {why}.",
        where);

    public static DiagnosticKind GHO103 { get; } = new("GHO103", Severity.Warning,
        "A body was only in Ghost's editor format",
        "The post had no HTML in the export, only its editor document (mobiledoc or Lexical). Migrator rendered the "
        + "common parts (paragraphs, headings, lists, quotes, links, images, HTML and Markdown cards); cards it does "
        + "not know (the message names them) are left out of the body, and the whole document is kept in the item's "
        + "ghost_mobiledoc or ghost_lexical field.");
    public static Diagnostic BodyRendered(SourceRef where, string editor, IEnumerable<string> unknownCards) => new(
        GHO103,
        unknownCards.Any()
            ? $"no HTML in the export: the body was rendered from its {editor} document; cards left out: {string.Join(", ", unknownCards)} (the document is kept as ghost_{editor})."
            : $"no HTML in the export: the body was rendered from its {editor} document (kept as ghost_{editor}).",
        where);

    public static DiagnosticKind GHO104 { get; } = new("GHO104", Severity.Warning,
        "A post status Ghost does not document",
        "Ghost's statuses are published, draft, scheduled and sent (a newsletter sent by e-mail only, never on the "
        + "site). This item had another; it is kept as a draft, not published.");
    public static Diagnostic UnknownStatus(SourceRef where, string status) => new(
        GHO104,
        $"status '{status}' is not a Ghost status: kept as a draft.",
        where);
}
