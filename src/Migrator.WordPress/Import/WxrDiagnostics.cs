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

    public static Diagnostic VersionMissing(string file, string assumed) => new(
        "WXR001", Severity.Warning,
        $"{Name(file)} has no wp:wxr_version; it declares the WordPress export namespace, so it is read as WXR {assumed}. "
        + "The WordPress importer would refuse this file; check the result.",
        new SourceRef(file, 0));

    public static Diagnostic VersionInvalid(string file, int line, string value, string assumed) => new(
        "WXR002", Severity.Warning,
        $"{At(file, line)}: wp:wxr_version '{value}' is not a version number (digits.digits); the file is read as WXR {assumed}, "
        + "the version of its WordPress namespace. The WordPress importer would refuse this file.",
        new SourceRef(file, line));

    public static Diagnostic VersionNewer(string file, int line, string value) => new(
        "WXR003", Severity.Warning,
        $"{At(file, line)}: WXR version {value} is newer than 1.2, the last this reader knows; it is read as 1.2. "
        + "Elements it does not know are kept in Extra.",
        new SourceRef(file, line));

    public static Diagnostic BaseUrlsDiffer(string file, string field, string first, string firstFile, string value) => new(
        "WXR004", Severity.Warning,
        $"{Name(file)} has {field} '{value}' but {Name(firstFile)} has '{first}'; the inputs are read as one site with the first "
        + "value. Import files of different sites separately.",
        new SourceRef(file, 0));

    public static Diagnostic UnknownEncoding(string file, string encoding) => new(
        "WXR005", Severity.Warning,
        $"{Name(file)} declares the encoding '{encoding}', which is not known here; the file is read as UTF-8. "
        + "Convert the file to UTF-8 if characters look wrong.",
        new SourceRef(file, 1));

    public static Diagnostic AuthorDetailsDiffer(string file, string login, string firstFile) => new(
        "WXR006", Severity.Info,
        $"{Name(file)} lists the author '{login}' with other details than {Name(firstFile)}; the first listing is kept.",
        new SourceRef(file, 0));

    public static Diagnostic TermDetailsDiffer(string file, string taxonomy, string slug, string firstFile) => new(
        "WXR007", Severity.Info,
        $"{Name(file)} lists the {taxonomy} term '{slug}' with other details than {Name(firstFile)}; the first listing is kept.",
        new SourceRef(file, 0));

    public static Diagnostic UnknownChannelElement(string file, int line, string name) => new(
        "WXR008", Severity.Info,
        $"{At(file, line)}: the channel element <{name}> is not part of WXR; it is kept verbatim in the site's Extra.",
        new SourceRef(file, line));

    public static Diagnostic InvalidBytes(string file) => new(
        "WXR009", Severity.Warning,
        $"{Name(file)} has bytes that are not valid in its encoding (a database that mixed encodings); each was read as "
        + "U+FFFD (\uFFFD). Search the converted posts for \uFFFD, or convert the file to UTF-8 and run again.",
        new SourceRef(file, 0));

    // ---- repairs of the XML, each reported once per file: WXR010–WXR019 ----

    internal static Diagnostic Repaired(string file, WxrRepair repair, int line, string detail) => repair switch
    {
        WxrRepair.ControlCharacter => new(
            "WXR010", Severity.Warning,
            $"{At(file, line)}: XML-illegal control character U+{detail} removed (pasted text; strict XML readers reject the whole "
            + "file). Later ones in this file are removed without another message.",
            new SourceRef(file, line)),
        WxrRepair.IllegalCharacterReference => new(
            "WXR011", Severity.Warning,
            $"{At(file, line)}: character reference {detail} names an XML-illegal character and was removed. Later ones in this "
            + "file are removed without another message.",
            new SourceRef(file, line)),
        WxrRepair.RawAmpersand => new(
            "WXR012", Severity.Warning,
            $"{At(file, line)}: a raw '&' outside CDATA (often in wp:comment_author_url, or an HTML entity such as &nbsp;) was "
            + "read as the character '&'. Later ones in this file are repaired without another message.",
            new SourceRef(file, line)),
        WxrRepair.RawLessThan => new(
            "WXR013", Severity.Warning,
            $"{At(file, line)}: a raw '<' that starts no markup was read as the character '<'. Later ones in this file are "
            + "repaired without another message.",
            new SourceRef(file, line)),
        WxrRepair.UndeclaredPrefix => new(
            "WXR014", Severity.Warning,
            $"{At(file, line)}: the namespace prefix '{detail}:' is used but never declared; it was declared so the file can be read.",
            new SourceRef(file, line)),
        WxrRepair.CdataEndInsideCdata => new(
            "WXR015", Severity.Warning,
            $"{At(file, line)}: ']]>' inside a CDATA section, written unescaped by WordPress before 3.4, was read as text. "
            + "Later ones in this file are repaired without another message.",
            new SourceRef(file, line)),
        _ => throw new ArgumentOutOfRangeException(nameof(repair), repair, null),
    };

    public static Diagnostic CdataTrailingSpaceRemoved(string file, int line, string version) => new(
        "WXR016", Severity.Info,
        $"{At(file, line)}: WXR {version} (WordPress before 3.4) added a space after CDATA text ending in ']'; the space was "
        + "removed. Later ones in this file are removed without another message.",
        new SourceRef(file, line));

    // ---- damage: WXR020–WXR029 ----

    public static Diagnostic InputDamaged(string file, int line, int column, string error, int? resumedAtLine) => new(
        "WXR020", Severity.Error,
        $"{Name(file)} is damaged at line {line}, column {column}: {error} "
        + (resumedAtLine is { } resumed
            ? $"Reading resumed at the next item, line {resumed}; anything between the damage and it was skipped. "
            : "No item follows the damage; the rest of the file was skipped. ")
        + "Repair the file there (or export it again) and run again.",
        new SourceRef(file, line));

    internal static Diagnostic ItemDamaged(ItemPlace item, int line, int column, string error) => new(
        "WXR021", Severity.Error,
        $"{item}: the XML is damaged at line {line}, column {column} inside this item ({error}); the item cannot be read.",
        item.Source);

    internal static Diagnostic ItemEmpty(ItemPlace item) => new(
        "WXR022", Severity.Error,
        $"{item}: the item has no wp:post_id, no title and no content; there is nothing to convert.",
        item.Source);

    // ---- values of an item: WXR030–WXR059 ----

    internal static Diagnostic FloatingDate(ItemPlace item, string field, string localField, TimeSpan offset, bool guessed) => new(
        "WXR030", Severity.Info,
        $"{item}: {field} is 0000-00-00 00:00:00; date taken from {localField} in the site time zone "
        + (guessed ? $"(offset {Offset(offset)}, the one most posts of that month use)." : "(unknown: +00:00 assumed)."),
        item.Source);

    internal static Diagnostic BadDate(ItemPlace item, string field, string value) => new(
        "WXR031", Severity.Warning,
        $"{item}: {field} '{value}' is not a date (YYYY-MM-DD HH:MM:SS); it is ignored.",
        item.Source);

    internal static Diagnostic OffsetOutOfRange(ItemPlace item, string field, string local, string gmt, TimeSpan offset) => new(
        "WXR032", Severity.Warning,
        $"{item}: {field} '{local}' and its GMT value '{gmt}' are more than 14 hours apart; {field} is used (WordPress "
        + $"shows it and builds permalinks from it) with the site's usual offset {Offset(offset)}.",
        item.Source);

    internal static Diagnostic BadNumber(ItemPlace item, string field, string value) => new(
        "WXR033", Severity.Warning,
        $"{item}: {field} '{value}' is not a whole number; it is ignored.",
        item.Source);

    internal static Diagnostic PostTypeMissing(ItemPlace item) => new(
        "WXR034", Severity.Warning,
        $"{item}: wp:post_type is missing; the item is read as a post (the WordPress importer would skip it).",
        item.Source);

    internal static Diagnostic StatusMissing(ItemPlace item) => new(
        "WXR035", Severity.Info,
        $"{item}: wp:status is missing; the item is read as a draft, as WordPress would insert it.",
        item.Source);

    internal static Diagnostic UnknownStatus(ItemPlace item, string status) => new(
        "WXR036", Severity.Info,
        $"{item}: the status '{status}' is not one of WordPress core's (a plugin's); it is kept as written.",
        item.Source);

    internal static Diagnostic SlugNotUtf8(ItemPlace item, string field, string value) => new(
        "WXR037", Severity.Warning,
        $"{item}: {field} '{value}' has percent-encoded bytes that are not UTF-8; those are kept percent-encoded.",
        item.Source);

    internal static Diagnostic CategoryWithoutNicename(ItemPlace item, string name, string taxonomy, string slug) => new(
        "WXR038", Severity.Info,
        $"{item}: <category> '{name}' has no nicename and no twin that has one (WXR 1.0); read as {taxonomy} '{slug}', "
        + "a slug made from the name. Check it matches the site's term.",
        item.Source);

    internal static Diagnostic AuthorNotListed(ItemPlace item, string login) => new(
        "WXR039", Severity.Warning,
        $"{item}: dc:creator '{login}' is not the login of any wp:author in the export; the WordPress importer would give "
        + "the post to whoever runs the import. Map the author explicitly.",
        item.Source);

    internal static Diagnostic UnknownItemElement(ItemPlace item, string name) => new(
        "WXR040", Severity.Info,
        $"{item}: the element <{name}> is not part of WXR; it is kept verbatim in the post's Extra. Later items with it "
        + "in this file are not reported again.",
        item.Source);

    internal static Diagnostic PostIdMissing(ItemPlace item) => new(
        "WXR041", Severity.Warning,
        $"{item}: wp:post_id is missing; links to this item by id (parents, galleries, featured images) cannot be resolved.",
        item.Source);

    internal static Diagnostic DuplicateElement(ItemPlace item, string name) => new(
        "WXR042", Severity.Warning,
        $"{item}: <{name}> appears more than once with different values; the first is used.",
        item.Source);

    internal static Diagnostic Mojibake(ItemPlace item, string field, string sample) => new(
        "WXR043", Severity.Warning,
        $"{item}: {field} contains '{sample}', which looks like UTF-8 read as Latin-1 (mojibake from an old export). "
        + "It is kept as written; fix it in the source if it is wrong.",
        item.Source);

    internal static Diagnostic TrashedSlug(ItemPlace item, string slug, string? desired) => new(
        "WXR044", Severity.Info,
        desired is null
            ? $"{item}: the trashed post's slug '{slug}' was renamed by WordPress; it is kept as stored."
            : $"{item}: the trashed post's slug '{slug}' was renamed by WordPress; its original slug '{desired}' is in meta _wp_desired_post_slug.",
        item.Source);

    internal static Diagnostic DateMissing(ItemPlace item) => new(
        "WXR045", Severity.Info,
        $"{item}: the item has no wp:post_date; it has no date.",
        item.Source);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);
}
