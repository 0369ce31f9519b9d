using System.Text;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Import;

/// <summary>What reading one file gave: a <see cref="JekyllDocument"/> or a <see cref="JekyllReadFailure"/>.</summary>
internal abstract record JekyllFileResult(JekyllSourceFile File);

/// <summary>A file read as Jekyll reads it: front matter, merged data, and what Jekyll derives (date, slug, title, terms, URL).</summary>
internal sealed record JekyllDocument(
    JekyllSourceFile File,
    string OriginalText,
    FrontMatterDocument FrontMatter,
    IReadOnlyList<KeyValuePair<string, object?>> Data,
    string Title,
    string Slug,
    DateTimeOffset? Date,
    bool DateIsFloating,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    bool TagsHidden,
    string Url,
    string Extension) : JekyllFileResult(File)
{
    public SourceRef Source => new(File.FullPath, 1, File.RelativePath);

    /// <summary>A merged value (defaults under front matter).</summary>
    public object? Get(string key) => JekyllConfig.Find(Data, key);

    public bool Has(string key) => Data.Any(kv => string.Equals(kv.Key, key, StringComparison.Ordinal));
}

/// <summary>Why a file is not an item, as the item's audit row says.</summary>
internal sealed record JekyllReadFailure(JekyllSourceFile File, SourceRef Source, string? Title, Diagnostic Error) : JekyllFileResult(File)
{
    /// <summary>Jekyll itself ignores the file (no failure of ours): the audit lists it as skipped.</summary>
    public bool Ignored { get; init; }
}

/// <summary>
/// Reads one file of a site into a <see cref="JekyllDocument"/> following Jekyll's <c>Document</c> and <c>Page</c>
/// (docs/jekyll.md#posts-drafts-and-pages and the sections after it). Used twice: once for the link index (bodies dropped at once), once for the items.
/// </summary>
internal static class JekyllDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static JekyllFileResult Read(JekyllSourceFile file, IDiagnosticSink diagnostics)
    {
        var where = new SourceRef(file.FullPath, 1, file.RelativePath);
        if (file.Kind == JekyllItemKind.UndatedPost)
            return new JekyllReadFailure(file, where, null, JekyllReadDiagnostics.NameHasNoDate(where)) { Ignored = true };
        if (file.Kind == JekyllItemKind.UnwrittenDocument)
            return new JekyllReadFailure(file, where, null, JekyllReadDiagnostics.CollectionNotWritten(where, file.Collection)) { Ignored = true };
        string text;
        try
        {
            text = StrictUtf8.GetString(SiteFolder.ReadAllBytes(file.FullPath));
        }
        catch (DecoderFallbackException)
        {
            return new JekyllReadFailure(file, where, null, JekyllReadDiagnostics.NotUtf8(where));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new JekyllReadFailure(file, where, null, JekyllReadDiagnostics.FileUnreadable(where, ex.Message));
        }

        var frontMatter = ReadFrontMatter(text, file, diagnostics);
        if (frontMatter.Error is { } error)
        {
            var at = new SourceRef(file.FullPath, error.Line, file.RelativePath);
            return new JekyllReadFailure(file, at, null, JekyllReadDiagnostics.FrontMatterUnreadable(at, $"line {error.Line}, column {error.Column}: {error.Message}"));
        }
        if (!frontMatter.HasFrontMatter && file.Kind is JekyllItemKind.Post or JekyllItemKind.Draft)
            diagnostics.Report(JekyllReadDiagnostics.NoFrontMatter(where));
        return Derive(file, text, frontMatter, where, diagnostics);
    }

    /// <summary>
    /// The front matter as Jekyll (Psych) reads it: a key given twice is not an error there, the later value wins. Each
    /// earlier occurrence is removed (with its nested lines) and reported; any other error is returned as it is.
    /// </summary>
    private static FrontMatterDocument ReadFrontMatter(string text, JekyllSourceFile file, IDiagnosticSink diagnostics)
    {
        var document = FrontMatterReader.Read(text);
        if (document.Error is null || !document.Error.Message.Contains("uplicate key", StringComparison.Ordinal))
            return document;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        return JekyllConfigReader.ReadLaterKeysWin(lines, t => t, 0, (line, key) =>
            diagnostics.Report(JekyllReadDiagnostics.FrontMatterDuplicateKey(new SourceRef(file.FullPath, line, file.RelativePath), key))).Document;
    }

    private static JekyllDocument Derive(JekyllSourceFile file, string text, FrontMatterDocument frontMatter, SourceRef where, IDiagnosticSink diagnostics)
    {
        var site = file.Site;
        var fileName = Path.GetFileName(file.FullPath);
        var (nameDate, nameSlug, extension) = SplitName(fileName);

        var type = file.Kind switch
        {
            JekyllItemKind.Page => "pages",
            JekyllItemKind.Draft => "drafts",
            _ => file.Collection,
        };
        var defaults = FrontMatterDefaults.For(site.Config.Defaults, file.RelativePath, type);
        var data = FrontMatterDefaults.Merge(defaults, frontMatter.Fields);
        object? Get(string key) => JekyllConfig.Find(data, key);

        // Documents get a title from their name; pages only have the one they give.
        var title = Get("title") is { } t and not false ? TextOf(t)
            : file.Kind == JekyllItemKind.Page ? "" : JekyllSlug.TitleizeSlug(nameSlug);
        var slug = JekyllConfig.Scalar(Get("slug")) ?? nameSlug;
        if (file.Kind != JekyllItemKind.Page && slug.Length == 0)
            diagnostics.Report(JekyllReadDiagnostics.SlugEmpty(where));

        var (date, floating) = ReadDate(file, data, nameDate, where, diagnostics);
        var categories = file.Kind == JekyllItemKind.Page ? [] : Categories(file.PathCategories, defaults, frontMatter.Fields, Get);
        var (tags, hidden) = file.Kind == JekyllItemKind.Page ? ([], false) : Tags(Get);
        if (hidden)
            diagnostics.Report(JekyllReadDiagnostics.TagHidesTags(where));

        var url = file.Kind == JekyllItemKind.Page
            ? PageUrl(file, JekyllConfig.Scalar(Get("permalink")), extension, where, diagnostics)
            : DocumentUrl(file, JekyllConfig.Scalar(Get("permalink")), slug, date, categories, extension, where, diagnostics);

        return new JekyllDocument(file, text, frontMatter, data, title, slug, date, floating, categories, tags, hidden, url, extension);
    }

    /// <summary>Date, slug and extension of a file name (<c>DATE_FILENAME_MATCHER</c>, else <c>DATELESS_FILENAME_MATCHER</c>); trailing dots leave the slug.</summary>
    public static (string? Date, string Slug, string Extension) SplitName(string fileName)
    {
        var dated = JekyllSiteScanner.MatchDatedName(fileName);
        string? date = null;
        string slug;
        string extension;
        if (dated.Success)
        {
            date = dated.Groups[1].Value;
            slug = dated.Groups[2].Value;
            extension = dated.Groups[3].Value;
        }
        else
        {
            var dot = fileName.LastIndexOf('.');
            slug = dot > 0 ? fileName[..dot] : fileName;
            extension = dot > 0 ? fileName[dot..] : "";
        }
        return (date, slug.TrimEnd('.'), extension);
    }

    private static (DateTimeOffset? Date, bool Floating) ReadDate(
        JekyllSourceFile file, IReadOnlyList<KeyValuePair<string, object?>> data, string? nameDate, SourceRef where, IDiagnosticSink diagnostics)
    {
        var zone = file.Site.Zone;
        var hasKey = data.Any(kv => string.Equals(kv.Key, "date", StringComparison.Ordinal));
        var fallbackName = nameDate is not null ? "the file name" : file.Kind == JekyllItemKind.Draft ? "the file's modification time" : "nowhere (no date)";
        if (hasKey)
        {
            var value = JekyllConfig.Find(data, "date");
            var result = JekyllDates.Read(value, zone);
            var shown = JekyllConfig.Scalar(value) ?? "";
            switch (result.Reading)
            {
                case DateReading.Valid:
                    NoteImporterOffset(value, result.Date!.Value, nameDate, zone, where, diagnostics);
                    return (result.Date, false);
                case DateReading.RolledOver:
                    diagnostics.Report(JekyllReadDiagnostics.DateRolledOver(where, shown, result.Date!.Value));
                    return (result.Date, false);
                case DateReading.UnquotedUtc:
                    diagnostics.Report(JekyllReadDiagnostics.DateUnquotedUtc(where, shown, result.Date!.Value));
                    return (result.Date, false);
                case DateReading.Empty:
                    diagnostics.Report(JekyllReadDiagnostics.DateEmpty(where, fallbackName));
                    break;
                default:
                    diagnostics.Report(JekyllReadDiagnostics.DateInvalid(where, shown, fallbackName));
                    break;
            }
        }
        if (nameDate is not null && JekyllDates.FromFileName(nameDate, zone) is { HasDate: true } fromName)
        {
            if (fromName.Reading == DateReading.RolledOver)
                diagnostics.Report(JekyllReadDiagnostics.DateRolledOver(where, nameDate, fromName.Date!.Value));
            return (fromName.Date, false);
        }
        if (file.Kind == JekyllItemKind.Draft)
        {
            var modified = JekyllDates.InZone(new DateTimeOffset(System.IO.File.GetLastWriteTimeUtc(file.FullPath), TimeSpan.Zero), zone);
            modified = modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond));
            diagnostics.Report(JekyllReadDiagnostics.DateFromFileTime(where, modified));
            return (modified, true);
        }
        return (null, false);
    }

    // docs/jekyll.md#earlier-migrations: jekyll-import wrote dates with the importing machine's offset ("2010-10-04 23:28:50.000000000 -04:00");
    // when the day in the site zone is not the day of the file name, say so.
    private static void NoteImporterOffset(object? value, DateTimeOffset date, string? nameDate, TimeZoneInfo zone, SourceRef where, IDiagnosticSink diagnostics)
    {
        if (value is not YamlTimestamp { Text: var text } || nameDate is null || !text.Contains(".000000000 ", StringComparison.Ordinal))
            return;
        if (JekyllDates.FromFileName(nameDate, zone) is { Date: { } day } && day.Date != date.Date)
            diagnostics.Report(JekyllReadDiagnostics.ImporterOffset(where, text));
    }

    // Document#merge_categories! and #populate_categories: folders above _posts, then defaults' and front matter's
    // `categories` (a string is split on white space), then `category` (kept whole) or `categories` again; unique, in order.
    private static List<string> Categories(
        IReadOnlyList<string> pathCategories,
        IReadOnlyList<KeyValuePair<string, object?>> defaults,
        IReadOnlyList<KeyValuePair<string, object?>> frontMatter,
        Func<string, object?> get)
    {
        var result = new List<string>(pathCategories);
        foreach (var source in (IReadOnlyList<KeyValuePair<string, object?>>[])[defaults, frontMatter])
        {
            if (JekyllConfig.Find(source, "categories") is { } value)
                result.AddRange(SplitList(value));
        }
        result.AddRange(PluralizedArray(get, "category", "categories"));
        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    // Utils.pluralized_array_from_hash(data, "tag", "tags"): `tag` alone when set, else `tags`.
    private static (List<string> Tags, bool TagsHidden) Tags(Func<string, object?> get)
    {
        var hidden = get("tag") is not null && get("tags") is not null;
        return ([.. PluralizedArray(get, "tag", "tags")], hidden);
    }

    private static IEnumerable<string> PluralizedArray(Func<string, object?> get, string singular, string plural)
    {
        if (get(singular) is { } one)
            return Flatten(one);
        return get(plural) is { } many ? SplitList(many) : [];
    }

    private static IEnumerable<string> SplitList(object value) => value switch
    {
        string s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        _ => Flatten(value),
    };

    private static IEnumerable<string> Flatten(object? value) => value switch
    {
        null => [],
        List<object?> list => list.SelectMany(Flatten),
        _ => [TextOf(value)],
    };

    /// <summary>A value as Ruby's <c>to_s</c> shows it (maps and lists in a short YAML-like form).</summary>
    public static string TextOf(object? value) =>
        JekyllConfig.Scalar(value) ?? value switch
        {
            null => "",
            List<object?> list => "[" + string.Join(", ", list.Select(TextOf)) + "]",
            List<KeyValuePair<string, object?>> map => "{" + string.Join(", ", map.Select(kv => kv.Key + ": " + TextOf(kv.Value))) + "}",
            _ => value.ToString() ?? "",
        };

    private static string DocumentUrl(
        JekyllSourceFile file, string? permalink, string slug, DateTimeOffset? date, IReadOnlyList<string> categories,
        string extension, SourceRef where, IDiagnosticSink diagnostics)
    {
        var config = file.Site.Config;
        var template = permalink is { Length: > 0 } ? permalink
            : file.Collection == "posts" ? config.PostsCollectionPermalink ?? config.PostsTemplate
            : config.Collections.FirstOrDefault(c => c.Label == file.Collection)?.Permalink
              ?? JekyllUrl.AddPermalinkSuffix("/:collection/:path", config.Permalink);
        var placeholders = JekyllPlaceholders.ForDocument(file, slug, date, categories, extension);
        return JekyllUrl.Expand(template, placeholders, name =>
            diagnostics.Report(JekyllReadDiagnostics.PermalinkUnknownPlaceholder(where, template, name)));
    }

    // Page#template and #url_placeholders.
    private static string PageUrl(JekyllSourceFile file, string? permalink, string extension, SourceRef where, IDiagnosticSink diagnostics)
    {
        var site = file.Site;
        var outputExtension = site.OutputExtension(extension);
        var baseName = Path.GetFileNameWithoutExtension(file.FullPath);
        var dir = Path.GetDirectoryName(file.RelativePath)?.Replace('\\', '/') ?? "";
        string template;
        if (permalink is { Length: > 0 })
            template = permalink;
        else if (outputExtension != ".html")
            template = "/:path/:basename:output_ext";
        else if (baseName == "index")
            template = "/:path/";
        else
            template = JekyllUrl.AddPermalinkSuffix("/:path/:basename", site.Config.Permalink);
        var placeholders = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["path"] = dir,
            ["basename"] = baseName,
            ["output_ext"] = outputExtension,
        };
        return JekyllUrl.Expand(template, placeholders, name =>
            diagnostics.Report(JekyllReadDiagnostics.PermalinkUnknownPlaceholder(where, template, name)));
    }
}
