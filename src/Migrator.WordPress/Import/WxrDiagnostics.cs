using Migrator.Core.Diagnostics;
using Migrator.Core.Model;

namespace Migrator.WordPress.Import;

/// <summary>Where an item is, for messages: <c>item 87 (export.xml line 1204)</c>.</summary>
internal readonly record struct ItemPlace(string File, int Line, string? Id)
{
    public SourceRef Source => new(File, Line, Id);

    public override string ToString() => Id is null
        ? $"item at {Path.GetFileName(File)} line {Line}"
        : $"item {Id} ({Path.GetFileName(File)} line {Line})";
}

/// <summary>Diagnostics of the WXR importer (codes <c>WXR001</c>…). Tests assert codes, not prose.</summary>
public static class WxrDiagnostics
{
    private static string Name(string file) => Path.GetFileName(file);

    private static string At(string file, int line) => $"{Name(file)} line {line}";

    // ---- the file as a whole: WXR001–WXR009 ----

    public static DiagnosticKind WXR001 { get; } = new("WXR001", Severity.Warning,
        "The export has no WXR version",
        "The file has no WXR version number, but it uses the WordPress export format, so it was read as the "
        + "version its format names. The WordPress importer itself would refuse this file. Check the converted "
        + "posts; if something looks wrong, export the site again from WordPress.");
    public static Diagnostic VersionMissing(string file, string assumed) => new(
        WXR001,
        $"{Name(file)} has no wp:wxr_version; it declares the WordPress export namespace, so it is read as WXR {assumed}. "
        + "The WordPress importer would refuse this file; check the result.",
        new SourceRef(file, 0));

    public static DiagnosticKind WXR002 { get; } = new("WXR002", Severity.Warning,
        "The export's WXR version is not a number",
        "The file's WXR version is not a version number, so it was read as the version its format names. The "
        + "WordPress importer itself would refuse this file. Check the converted posts, or export the site again.");
    public static Diagnostic VersionInvalid(string file, int line, string value, string assumed) => new(
        WXR002,
        $"{At(file, line)}: wp:wxr_version '{value}' is not a version number (digits.digits); the file is read as WXR {assumed}, "
        + "the version of its WordPress namespace. The WordPress importer would refuse this file.",
        new SourceRef(file, line));

    public static DiagnosticKind WXR003 { get; } = new("WXR003", Severity.Warning,
        "The export is newer than Migrator knows",
        "The file declares a WXR version newer than 1.2, the last one Migrator knows, so it was read as 1.2. "
        + "Anything new it cannot place is kept aside, not lost. Check the converted posts for anything missing.");
    public static Diagnostic VersionNewer(string file, int line, string value) => new(
        WXR003,
        $"{At(file, line)}: WXR version {value} is newer than 1.2, the last this reader knows; it is read as 1.2. "
        + "Elements it does not know are kept in Extra.",
        new SourceRef(file, line));

    public static DiagnosticKind WXR004 { get; } = new("WXR004", Severity.Warning,
        "The exports come from different sites",
        "The files given together name different site addresses, so they may be exports of different sites. They "
        + "were read as one site, using the first file's address. Convert exports of different sites separately.");
    public static Diagnostic BaseUrlsDiffer(string file, string field, string first, string firstFile, string value) => new(
        WXR004,
        $"{Name(file)} has {field} '{value}' but {Name(firstFile)} has '{first}'; the inputs are read as one site with the first "
        + "value. Import files of different sites separately.",
        new SourceRef(file, 0));

    public static DiagnosticKind WXR005 { get; } = new("WXR005", Severity.Warning,
        "The export's character encoding is unknown",
        "The file declares a character encoding that Migrator does not know, so it was read as UTF-8. If accented "
        + "letters or symbols look wrong in the result, convert the file to UTF-8 and run again.");
    public static Diagnostic UnknownEncoding(string file, string encoding) => new(
        WXR005,
        $"{Name(file)} declares the encoding '{encoding}', which is not known here; the file is read as UTF-8. "
        + "Convert the file to UTF-8 if characters look wrong.",
        new SourceRef(file, 1));

    public static DiagnosticKind WXR006 { get; } = new("WXR006", Severity.Info,
        "An author is listed differently in two files",
        "The same author appears in two of the export files with different details (name or e-mail). The details "
        + "from the first file were kept. Check the author on the new site.");
    public static Diagnostic AuthorDetailsDiffer(string file, string login, string firstFile) => new(
        WXR006,
        $"{Name(file)} lists the author '{login}' with other details than {Name(firstFile)}; the first listing is kept.",
        new SourceRef(file, 0));

    public static DiagnosticKind WXR007 { get; } = new("WXR007", Severity.Info,
        "A category or tag is listed differently in two files",
        "The same category or tag appears in two of the export files with different details (name, description or "
        + "parent). The details from the first file were kept. Check that term on the new site.");
    public static Diagnostic TermDetailsDiffer(string file, string taxonomy, string slug, string firstFile) => new(
        WXR007,
        $"{Name(file)} lists the {taxonomy} term '{slug}' with other details than {Name(firstFile)}; the first listing is kept.",
        new SourceRef(file, 0));

    public static DiagnosticKind WXR008 { get; } = new("WXR008", Severity.Info,
        "The export has an unknown site-wide field",
        "The file holds a site-wide field that is not part of the WordPress export format, usually added by a "
        + "plugin. It was kept as it is in the converted site's extra data. Nothing needs doing unless you need "
        + "that plugin's data.");
    public static Diagnostic UnknownChannelElement(string file, int line, string name) => new(
        WXR008,
        $"{At(file, line)}: the channel element <{name}> is not part of WXR; it is kept verbatim in the site's Extra.",
        new SourceRef(file, line));

    public static DiagnosticKind WXR009 { get; } = new("WXR009", Severity.Warning,
        "The export has invalid characters",
        "Some bytes in the file are not valid text in its encoding, usually because the database mixed encodings "
        + "over the years. Each was replaced by the sign �. Search the converted posts for �, or convert the file "
        + "to UTF-8 and run again.");
    public static Diagnostic InvalidBytes(string file) => new(
        WXR009,
        $"{Name(file)} has bytes that are not valid in its encoding (a database that mixed encodings); each was read as "
        + "U+FFFD (\uFFFD). Search the converted posts for \uFFFD, or convert the file to UTF-8 and run again.",
        new SourceRef(file, 0));

    // ---- repairs of the XML, each reported once per file: WXR010–WXR019 ----

    public static DiagnosticKind WXR010 { get; } = new("WXR010", Severity.Warning,
        "An invalid control character was removed",
        "The file contains an invisible control character (often from pasted text) that XML does not allow and "
        + "that makes strict tools reject the whole file. It was removed, along with any later ones in the file. "
        + "Nothing needs doing.");

    public static DiagnosticKind WXR011 { get; } = new("WXR011", Severity.Warning,
        "A reference to an invalid character was removed",
        "The file contains a character code (like &#1;) for a character that XML does not allow. It was removed, "
        + "along with any later ones in the file. Nothing needs doing.");

    public static DiagnosticKind WXR012 { get; } = new("WXR012", Severity.Warning,
        "A bare '&' was repaired",
        "The file contains an '&' that is not written the way XML requires (often in a commenter's web address, "
        + "or an entity such as &nbsp;). It was read as a plain '&', and later ones in the file were repaired the "
        + "same way. Nothing needs doing.");

    public static DiagnosticKind WXR013 { get; } = new("WXR013", Severity.Warning,
        "A bare '<' was repaired",
        "The file contains a '<' that starts no tag and is not written the way XML requires. It was read as a "
        + "plain '<', and later ones in the file were repaired the same way. Nothing needs doing.");

    public static DiagnosticKind WXR014 { get; } = new("WXR014", Severity.Warning,
        "An undeclared XML prefix was declared",
        "The file uses a name prefix (like 'excerpt:') that it never declares, which makes strict XML readers "
        + "stop. Migrator declared it so the file can be read. Nothing needs doing.");

    public static DiagnosticKind WXR015 { get; } = new("WXR015", Severity.Warning,
        "']]>' inside a text section was repaired",
        "WordPress before version 3.4 wrote the sequence ']]>' into exports without escaping it, which breaks the "
        + "file. It was read as ordinary text, and later ones in the file were repaired too. Nothing needs doing.");
    internal static Diagnostic Repaired(string file, WxrRepair repair, int line, string detail) => repair switch
    {
        WxrRepair.ControlCharacter => new(
            WXR010,
            $"{At(file, line)}: XML-illegal control character U+{detail} removed (pasted text; strict XML readers reject the whole "
            + "file). Later ones in this file are removed without another message.",
            new SourceRef(file, line)),
        WxrRepair.IllegalCharacterReference => new(
            WXR011,
            $"{At(file, line)}: character reference {detail} names an XML-illegal character and was removed. Later ones in this "
            + "file are removed without another message.",
            new SourceRef(file, line)),
        WxrRepair.RawAmpersand => new(
            WXR012,
            $"{At(file, line)}: a raw '&' outside CDATA (often in wp:comment_author_url, or an HTML entity such as &nbsp;) was "
            + "read as the character '&'. Later ones in this file are repaired without another message.",
            new SourceRef(file, line)),
        WxrRepair.RawLessThan => new(
            WXR013,
            $"{At(file, line)}: a raw '<' that starts no markup was read as the character '<'. Later ones in this file are "
            + "repaired without another message.",
            new SourceRef(file, line)),
        WxrRepair.UndeclaredPrefix => new(
            WXR014,
            $"{At(file, line)}: the namespace prefix '{detail}:' is used but never declared; it was declared so the file can be read.",
            new SourceRef(file, line)),
        WxrRepair.CdataEndInsideCdata => new(
            WXR015,
            $"{At(file, line)}: ']]>' inside a CDATA section, written unescaped by WordPress before 3.4, was read as text. "
            + "Later ones in this file are repaired without another message.",
            new SourceRef(file, line)),
        _ => throw new ArgumentOutOfRangeException(nameof(repair), repair, null),
    };

    public static DiagnosticKind WXR016 { get; } = new("WXR016", Severity.Info,
        "A space added by old WordPress was removed",
        "Exports from WordPress before 3.4 add a space after text ending in ']'. That space was removed, here and "
        + "later in the file, so the text is as you wrote it. Nothing needs doing.");
    public static Diagnostic CdataTrailingSpaceRemoved(string file, int line, string version) => new(
        WXR016,
        $"{At(file, line)}: WXR {version} (WordPress before 3.4) added a space after CDATA text ending in ']'; the space was "
        + "removed. Later ones in this file are removed without another message.",
        new SourceRef(file, line));

    // ---- damage: WXR020–WXR029 ----

    public static DiagnosticKind WXR020 { get; } = new("WXR020", Severity.Error,
        "The export file is damaged",
        "The file is broken at the place the message names. Reading resumed at the next item after the damage, so "
        + "only what lies between the damage and that item was skipped (the damaged item is a failed row). Repair the "
        + "file at that place, or export the site again, and run again.");
    public static Diagnostic InputDamaged(string file, int line, int column, string error, int? resumedAtLine) => new(
        WXR020,
        $"{Name(file)} is damaged at line {line}, column {column}: {error} "
        + (resumedAtLine is { } resumed
            ? $"Reading resumed at the next item, line {resumed}; anything between the damage and it was skipped. "
            : "No item follows the damage; the rest of the file was skipped. ")
        + "Repair the file there (or export it again) and run again.",
        new SourceRef(file, line));

    public static DiagnosticKind WXR021 { get; } = new("WXR021", Severity.Error,
        "An item in the export is damaged",
        "The XML of this item is broken, so the item could not be read; it gets a failed row in the report and "
        + "the run went on. Repair the item in the file, or export the site again, and run again.");
    internal static Diagnostic ItemDamaged(ItemPlace item, int line, int column, string error) => new(
        WXR021,
        $"{item}: the XML is damaged at line {line}, column {column} inside this item ({error}); the item cannot be read.",
        item.Source);

    public static DiagnosticKind WXR022 { get; } = new("WXR022", Severity.Error,
        "An item in the export is empty",
        "The item has no id, no title and no content, so there is nothing to convert; it gets a failed row in the "
        + "report. Nothing needs doing unless you expected content there.");
    internal static Diagnostic ItemEmpty(ItemPlace item) => new(
        WXR022,
        $"{item}: the item has no wp:post_id, no title and no content; there is nothing to convert.",
        item.Source);

    // ---- values of an item: WXR030–WXR059 ----

    public static DiagnosticKind WXR030 { get; } = new("WXR030", Severity.Info,
        "A date was taken from its local time",
        "The item's universal (GMT) date is empty, as WordPress leaves it for drafts, so its date was taken from the "
        + "local date, with the time zone offset most posts of that month use (or +00:00 if none is known). Check "
        + "the date if it matters.");
    internal static Diagnostic FloatingDate(ItemPlace item, string field, string localField, TimeSpan offset, bool guessed) => new(
        WXR030,
        $"{item}: {field} is 0000-00-00 00:00:00; date taken from {localField} in the site time zone "
        + (guessed ? $"(offset {Offset(offset)}, the one most posts of that month use)." : "(unknown: +00:00 assumed)."),
        item.Source);

    public static DiagnosticKind WXR031 { get; } = new("WXR031", Severity.Warning,
        "A date could not be read",
        "A date of the item is not a date in WordPress's format (YYYY-MM-DD HH:MM:SS), so it was ignored. The "
        + "item may have no date, or another date of it is used. Fix the date in WordPress if it matters.");
    internal static Diagnostic BadDate(ItemPlace item, string field, string value) => new(
        WXR031,
        $"{item}: {field} '{value}' is not a date (YYYY-MM-DD HH:MM:SS); it is ignored.",
        item.Source);

    public static DiagnosticKind WXR032 { get; } = new("WXR032", Severity.Warning,
        "A date and its universal time disagree",
        "The item's local date and its universal (GMT) date are more than 14 hours apart, which no time zone "
        + "explains. The local date was used, as WordPress shows it and builds addresses from it, with the site's "
        + "usual time zone. Check the date if it matters.");
    internal static Diagnostic OffsetOutOfRange(ItemPlace item, string field, string local, string gmt, TimeSpan offset) => new(
        WXR032,
        $"{item}: {field} '{local}' and its GMT value '{gmt}' are more than 14 hours apart; {field} is used (WordPress "
        + $"shows it and builds permalinks from it) with the site's usual offset {Offset(offset)}.",
        item.Source);

    public static DiagnosticKind WXR033 { get; } = new("WXR033", Severity.Warning,
        "A number could not be read",
        "A field of the item that should be a whole number (such as a parent id or menu order) is not one, so it "
        + "was ignored. Fix it in WordPress if it matters.");
    internal static Diagnostic BadNumber(ItemPlace item, string field, string value) => new(
        WXR033,
        $"{item}: {field} '{value}' is not a whole number; it is ignored.",
        item.Source);

    public static DiagnosticKind WXR034 { get; } = new("WXR034", Severity.Warning,
        "An item has no post type",
        "The item does not say whether it is a post, a page or something else, so it was read as a post. The "
        + "WordPress importer would skip it. Check the item on the new site.");
    internal static Diagnostic PostTypeMissing(ItemPlace item) => new(
        WXR034,
        $"{item}: wp:post_type is missing; the item is read as a post (the WordPress importer would skip it).",
        item.Source);

    public static DiagnosticKind WXR035 { get; } = new("WXR035", Severity.Info,
        "An item has no status",
        "The item does not say whether it is published, so it was read as a draft, as WordPress would import it, "
        + "and it is not published. Publish it by hand if it should be.");
    internal static Diagnostic StatusMissing(ItemPlace item) => new(
        WXR035,
        $"{item}: wp:status is missing; the item is read as a draft, as WordPress would insert it.",
        item.Source);

    public static DiagnosticKind WXR036 { get; } = new("WXR036", Severity.Info,
        "An item has a status of a plugin",
        "The item's status (like 'archived') is not one of WordPress's own, so a plugin probably set it. It was "
        + "kept as written, and the item is treated as not published. Check whether it should be published.");
    internal static Diagnostic UnknownStatus(ItemPlace item, string status) => new(
        WXR036,
        $"{item}: the status '{status}' is not one of WordPress core's (a plugin's); it is kept as written.",
        item.Source);

    public static DiagnosticKind WXR037 { get; } = new("WXR037", Severity.Warning,
        "A slug has invalid encoded characters",
        "The item's slug contains %-encoded bytes that are not valid UTF-8 text, so they were kept encoded. The "
        + "address may look odd. Set a clean slug in the source if it matters.");
    internal static Diagnostic SlugNotUtf8(ItemPlace item, string field, string value) => new(
        WXR037,
        $"{item}: {field} '{value}' has percent-encoded bytes that are not UTF-8; those are kept percent-encoded.",
        item.Source);

    public static DiagnosticKind WXR038 { get; } = new("WXR038", Severity.Info,
        "A category's slug was made from its name",
        "Old exports (WXR 1.0) may name a category or tag without its slug. Its slug was made from its name, "
        + "which is usually what WordPress did. Check that the category addresses match the old site.");
    internal static Diagnostic CategoryWithoutNicename(ItemPlace item, string name, string taxonomy, string slug) => new(
        WXR038,
        $"{item}: <category> '{name}' has no nicename and no twin that has one (WXR 1.0); read as {taxonomy} '{slug}', "
        + "a slug made from the name. Check it matches the site's term.",
        item.Source);

    public static DiagnosticKind WXR039 { get; } = new("WXR039", Severity.Warning,
        "An item's author is not listed",
        "The item names an author login that is not among the export's authors. The WordPress importer would give "
        + "the post to whoever runs the import. Choose the right author when importing, or check the author on the "
        + "new site.");
    internal static Diagnostic AuthorNotListed(ItemPlace item, string login) => new(
        WXR039,
        $"{item}: dc:creator '{login}' is not the login of any wp:author in the export; the WordPress importer would give "
        + "the post to whoever runs the import. Map the author explicitly.",
        item.Source);

    public static DiagnosticKind WXR040 { get; } = new("WXR040", Severity.Info,
        "An item has an unknown field",
        "The item holds a field that is not part of the WordPress export format, usually added by a plugin. It "
        + "was kept as it is in the item's extra data, and later items with it are not reported again. Nothing "
        + "needs doing unless you need that plugin's data.");
    internal static Diagnostic UnknownItemElement(ItemPlace item, string name) => new(
        WXR040,
        $"{item}: the element <{name}> is not part of WXR; it is kept verbatim in the post's Extra. Later items with it "
        + "in this file are not reported again.",
        item.Source);

    public static DiagnosticKind WXR041 { get; } = new("WXR041", Severity.Warning,
        "An item has no id",
        "The item has no WordPress id, so links to it by id (its child pages, galleries, featured images) cannot "
        + "be found. Check those on the new site.");
    internal static Diagnostic PostIdMissing(ItemPlace item) => new(
        WXR041,
        $"{item}: wp:post_id is missing; links to this item by id (parents, galleries, featured images) cannot be resolved.",
        item.Source);

    public static DiagnosticKind WXR042 { get; } = new("WXR042", Severity.Warning,
        "A field appears twice in an item",
        "A field of the item appears more than once with different values, so the first was used. Check the item "
        + "on the new site.");
    internal static Diagnostic DuplicateElement(ItemPlace item, string name) => new(
        WXR042,
        $"{item}: <{name}> appears more than once with different values; the first is used.",
        item.Source);

    public static DiagnosticKind WXR043 { get; } = new("WXR043", Severity.Warning,
        "Text looks garbled by an old encoding mix-up",
        "The text contains sequences like 'Ã©' that usually mean accented letters were stored in the wrong "
        + "encoding long ago. It was kept as written, because Migrator cannot be sure. Fix the text in the source "
        + "if it is garbled.");
    internal static Diagnostic Mojibake(ItemPlace item, string field, string sample) => new(
        WXR043,
        $"{item}: {field} contains '{sample}', which looks like UTF-8 read as Latin-1 (mojibake from an old export). "
        + "It is kept as written; fix it in the source if it is wrong.",
        item.Source);

    public static DiagnosticKind WXR044 { get; } = new("WXR044", Severity.Info,
        "A trashed item's slug was renamed by WordPress",
        "WordPress changed the slug of this item when it was moved to the trash. The stored slug was kept; if "
        + "WordPress remembered the original one, the normalisation restores it. Nothing needs doing unless the "
        + "item should be published.");
    internal static Diagnostic TrashedSlug(ItemPlace item, string slug, string? desired) => new(
        WXR044,
        desired is null
            ? $"{item}: the trashed post's slug '{slug}' was renamed by WordPress; it is kept as stored."
            : $"{item}: the trashed post's slug '{slug}' was renamed by WordPress; its original slug '{desired}' is in meta _wp_desired_post_slug.",
        item.Source);

    public static DiagnosticKind WXR045 { get; } = new("WXR045", Severity.Info,
        "An item has no date",
        "The item has no date at all, so it is converted without one. Targets that need a date (like a Jekyll "
        + "post) report what they do about it. Give it a date in WordPress if it matters.");
    internal static Diagnostic DateMissing(ItemPlace item) => new(
        WXR045,
        $"{item}: the item has no wp:post_date; it has no date.",
        item.Source);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);
}
