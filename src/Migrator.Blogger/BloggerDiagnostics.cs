using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.Blogger;

/// <summary>Diagnostics of the Blogger reader (codes <c>BLG…</c>); see docs/blogger.md.</summary>
public static class BloggerDiagnostics
{
    public static DiagnosticKind BLG001 { get; } = new("BLG001", Severity.Error,
        "The Blogger export is damaged",
        "The export file stops being well-formed XML at the line the message names (often a file cut short while "
        + "downloading). Entries before that line were converted; the rest of the file could not be read. Download "
        + "the export again and convert again.");
    public static Diagnostic ExportDamaged(SourceRef where, string message) => new(
        BLG001,
        $"the export is not well-formed XML from here on ({message}); the entries before this line were read, the rest could not be. Download the export again.",
        where);

    public static DiagnosticKind BLG002 { get; } = new("BLG002", Severity.Info,
        "A settings or template entry was not converted",
        "Blogger's backup holds the blog's settings and its template as entries beside the posts. They describe the "
        + "old blog, not its content, so they were listed in the report and not converted. Nothing needs doing.");
    public static Diagnostic NotContent(SourceRef where, string kind) => new(
        BLG002,
        $"a Blogger '{kind}' entry describes the old blog, not its content, so it was not converted.",
        where);

    public static DiagnosticKind BLG003 { get; } = new("BLG003", Severity.Info,
        "A comment goes with its post",
        "Blogger keeps each comment as an entry of its own. Its row in the report says which post it belongs to; "
        + "the comment itself is written with that post, as other formats' comments are (when the post is written).");
    public static Diagnostic CommentOfPost(SourceRef where, string postId) => new(
        BLG003,
        $"a comment on the entry {postId}: it goes with that post (written with it, unless the post itself is not written).",
        where);

    public static DiagnosticKind BLG004 { get; } = new("BLG004", Severity.Warning,
        "A comment's post is not in the export",
        "The comment names a post that the export does not hold (a post deleted while its comments were kept), or "
        + "names none, so it has nowhere to go and was not converted. Its text is in the export if it is needed.");
    public static Diagnostic CommentWithoutPost(SourceRef where, string? postId) => new(
        BLG004,
        postId is null
            ? "a comment that names no post: it has nowhere to go and was not converted."
            : $"a comment on the entry {postId}, which is not in the export: it has nowhere to go and was not converted.",
        where);

    public static DiagnosticKind BLG005 { get; } = new("BLG005", Severity.Info,
        "An entry of a kind Migrator does not know was not converted",
        "The entry is marked with a kind other than post, page, comment, settings or template. It was listed in the "
        + "report and not converted; look at it in the export if it may hold content.");
    public static Diagnostic UnknownKind(SourceRef where, string kind) => new(
        BLG005,
        $"the entry is of kind '{kind}', which Migrator does not know; it was not converted.",
        where);

    public static DiagnosticKind BLG006 { get; } = new("BLG006", Severity.Warning,
        "A date could not be read",
        "A date of the entry is not in the form Atom feeds use (2020-01-02T10:00:00.000+01:00), so the entry has no "
        + "such date, and the target treats it as undated. Correct the date in the export and convert again.");
    public static Diagnostic DateUnreadable(SourceRef where, string element, string value) => new(
        BLG006,
        $"<{element}> is '{value}', which is not an Atom date; the entry has no {element} date.",
        where);

    public static DiagnosticKind BLG007 { get; } = new("BLG007", Severity.Warning,
        "Two entries have the same id",
        "Blogger gives every entry its own id, and comments find their post by it. This entry repeats the id of an "
        + "earlier one; it was converted, but comments naming that id were attached to the first entry only.");
    public static Diagnostic DuplicateId(SourceRef where, string id, int firstLine) => new(
        BLG007,
        $"the id {id} was already used by the entry at line {firstLine}; comments naming it went to that entry.",
        where);

    public static DiagnosticKind BLG008 { get; } = new("BLG008", Severity.Error,
        "An entry has no kind",
        "Blogger marks every entry as a post, page, comment, settings or template entry. This one carries no such "
        + "mark, so Migrator cannot tell what it is and did not convert it. The file may have been edited by hand.");
    public static Diagnostic NoKind(SourceRef where) => new(
        BLG008,
        "the entry has neither a kind category (the classic backup) nor a <blogger:type> (Google Takeout), so it could not be converted.",
        where);

    public static DiagnosticKind BLG009 { get; } = new("BLG009", Severity.Info,
        "A comment the old blog did not show was not written",
        "The comment was waiting for moderation, marked as spam, removed or deleted on the old blog, so visitors did "
        + "not see it there. It is not written to the new site either; the export still holds it.");
    public static Diagnostic CommentNotShown(SourceRef where, string postId, string status) => new(
        BLG009,
        $"a comment on the entry {postId} that the old blog did not show ({status}): not written.",
        where);
}
