using System.Text.Json;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Pipeline;
using Tomlyn;
using Tomlyn.Model;

namespace Migrator.Hugo.Import;

/// <summary>
/// The parts of a Hugo site configuration the importer uses (<c>hugo.toml|yaml|json</c>, or the older
/// <c>config.toml|yaml|json</c>, at the site root). Keys are matched case-insensitively, as Hugo does.
/// </summary>
internal sealed record HugoConfig
{
    public static readonly string[] FileNames =
        ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    public string? File { get; init; }
    public string? Title { get; init; }
    public string? BaseUrl { get; init; }
    public string? LanguageCode { get; init; }
    public string? TimeZoneName { get; init; }
    public TimeZoneInfo? TimeZone { get; init; }
    public string ContentDir { get; init; } = "content";
    public HugoUrlSettings Urls { get; init; } = HugoUrlSettings.Default;

    /// <summary>Taxonomies: front matter key (plural) → singular name. Default <c>categories → category</c>, <c>tags → tag</c>.</summary>
    public IReadOnlyDictionary<string, string> Taxonomies { get; init; } = DefaultTaxonomies;

    /// <summary>Every other top-level key, verbatim.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];

    private static readonly Dictionary<string, string> DefaultTaxonomies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["categories"] = "category",
        ["tags"] = "tag",
    };

    private static readonly HashSet<string> UsedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "baseurl", "languagecode", "timezone", "contentdir", "permalinks", "disablepathtolower", "uglyurls", "taxonomies",
    };

    /// <summary>The configuration file of a site folder, or null when there is none.</summary>
    public static string? FindFile(string siteFolder) =>
        FileNames.Select(n => Path.Combine(siteFolder, n)).FirstOrDefault(System.IO.File.Exists);

    /// <summary>
    /// Reads the site's configuration; problems are reported and defaults used. A configuration that is a symbolic link
    /// is reported and not read; one larger than the front matter limit, or YAML past the reader's limits (an alias bomb),
    /// is refused with an <see cref="InputException"/>.
    /// </summary>
    public static HugoConfig Read(string siteFolder, IDiagnosticSink diagnostics)
    {
        if (Directory.Exists(Path.Combine(siteFolder, "config")))
            diagnostics.Report(HugoDiagnostics.ConfigDirectoryNotRead(Path.Combine(siteFolder, "config")));
        var file = FindFile(siteFolder);
        if (file is null)
            return new HugoConfig();
        var info = new FileInfo(file);
        if (SiteFolder.IsLink(info))
        {
            diagnostics.Report(HugoDiagnostics.LinkNotFollowed(file, info.LinkTarget));
            return new HugoConfig();
        }
        if (info.Length > FrontMatterReader.MaxFrontMatterChars)
            throw new InputException($"'{file}' is larger than {FrontMatterReader.MaxFrontMatterChars / 1024} KiB ({info.Length} bytes); a site configuration that large is not read.");
        string text;
        using (var reader = new StreamReader(SiteFolder.OpenRead(file)))
            text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var fields = Parse(file, text, diagnostics);
        return fields is null ? new HugoConfig { File = file } : FromFields(file, fields);
    }

    private static List<KeyValuePair<string, object?>>? Parse(string file, string text, IDiagnosticSink diagnostics)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        try
        {
            switch (extension)
            {
                case ".toml":
                    return HugoValues.FromToml(TomlSerializer.Deserialize<TomlTable>(text) ?? new TomlTable());
                case ".json":
                    using (var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
                        return HugoValues.FromJsonObject(doc.RootElement);
                default:
                    var yaml = FrontMatterReader.Read("---\n" + text + "\n---\n");
                    if (yaml.Error is { OverLimit: true } refused)
                        throw new InputException($"'{file}' cannot be read: line {Math.Max(1, refused.Line - 1)}: {refused.Message}.");
                    if (yaml.Error is { } error)
                    {
                        diagnostics.Report(HugoDiagnostics.ConfigUnreadable(file, Math.Max(1, error.Line - 1), error.Message));
                        return null;
                    }
                    return [.. yaml.Fields];
            }
        }
        catch (TomlException ex)
        {
            diagnostics.Report(HugoDiagnostics.ConfigUnreadable(file, Math.Max(1, ex.Line ?? 1), ex.Message.Split('\n')[0]));
        }
        catch (JsonException ex)
        {
            diagnostics.Report(HugoDiagnostics.ConfigUnreadable(file, (int)(ex.LineNumber ?? 0) + 1, ex.Message));
        }
        catch (InvalidOperationException ex)
        {
            diagnostics.Report(HugoDiagnostics.ConfigUnreadable(file, 1, ex.Message));
        }
        return null;
    }

    private static HugoConfig FromFields(string file, List<KeyValuePair<string, object?>> fields)
    {
        object? Get(string key) => fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        var zoneName = HugoValues.AsText(Get("timeZone"));
        var permalinks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Get("permalinks") is List<KeyValuePair<string, object?>> map)
        {
            foreach (var (key, value) in map)
            {
                if (HugoValues.AsText(value) is { } pattern)
                    permalinks[key] = pattern;
                else if (string.Equals(key, "page", StringComparison.OrdinalIgnoreCase) && value is List<KeyValuePair<string, object?>> pages)
                {
                    foreach (var (section, p) in pages)
                    {
                        if (HugoValues.AsText(p) is { } pagePattern)
                            permalinks[section] = pagePattern;
                    }
                }
            }
        }
        var taxonomies = DefaultTaxonomies;
        if (Get("taxonomies") is List<KeyValuePair<string, object?>> declared)
        {
            taxonomies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (singular, plural) in declared)
            {
                if (HugoValues.AsText(plural) is { Length: > 0 } p)
                    taxonomies[p] = singular;
            }
        }
        return new HugoConfig
        {
            File = file,
            Title = HugoValues.AsText(Get("title")),
            BaseUrl = HugoValues.AsText(Get("baseURL")),
            LanguageCode = HugoValues.AsText(Get("languageCode")),
            TimeZoneName = zoneName,
            TimeZone = HugoDates.FindZone(zoneName),
            ContentDir = HugoValues.AsText(Get("contentDir")) is { Length: > 0 } dir ? dir : "content",
            Urls = new HugoUrlSettings(permalinks, Get("disablePathToLower") is true, Get("uglyURLs") is true),
            Taxonomies = taxonomies,
            Extra = [.. fields.Where(f => !UsedKeys.Contains(f.Key)).Select(f => new KeyValuePair<string, object?>(f.Key, HugoValues.ForExtra(f.Value)))],
        };
    }
}
