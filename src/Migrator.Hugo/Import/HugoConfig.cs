using System.Text.Json;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.FrontMatter;
using Migrator.Core.Pipeline;
using Tomlyn;
using Tomlyn.Model;

namespace Migrator.Hugo.Import;

/// <summary>
/// The parts of a Hugo site configuration the importer uses, read as Hugo reads it (docs/hugo.md#configuration): the
/// file at the site root (<c>hugo.toml|yaml|json</c>, or the older <c>config.*</c>), then the configuration folder
/// <c>config/_default/</c> over it, then the environment's folder (<c>config/production/</c>) over that. Keys are
/// matched case-insensitively, as Hugo does.
/// </summary>
internal sealed record HugoConfig
{
    public static readonly string[] FileNames =
        ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    private static readonly string[] Extensions = [".toml", ".yaml", ".yml", ".json"];

    /// <summary>The environment whose folder is read: Hugo builds for <c>production</c> unless told otherwise.</summary>
    public const string DefaultEnvironment = "production";

    /// <summary>Every configuration file read, in the order they were merged.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
    public string? Title { get; init; }
    public string? BaseUrl { get; init; }
    public string? LanguageCode { get; init; }
    public string? TimeZoneName { get; init; }
    public TimeZoneInfo? TimeZone { get; init; }
    public string ContentDir { get; init; } = "content";
    public HugoUrlSettings Urls { get; init; } = HugoUrlSettings.Default;

    /// <summary>Taxonomies: front matter key (plural) → singular name. Default <c>categories → category</c>, <c>tags → tag</c>.</summary>
    public IReadOnlyDictionary<string, string> Taxonomies { get; init; } = DefaultTaxonomies;

    /// <summary>The languages a multilingual site declares (<c>[languages]</c>), in source order; empty for one language.</summary>
    public IReadOnlyList<HugoLanguage> Languages { get; init; } = [];

    /// <summary>The language of pages that name none (<c>defaultContentLanguage</c>, Hugo's default <c>en</c>).</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>Whether pages of the default language are served under <c>/&lt;language&gt;/</c> too.</summary>
    public bool DefaultLanguageInSubdir { get; init; }

    /// <summary>True when the site declares more than one language.</summary>
    public bool IsMultilingual => Languages.Count > 1;

    /// <summary>
    /// A content file's base name without its language (<c>hello.fr</c> → <c>hello</c>, <c>fr</c>) when the site is
    /// multilingual and the name ends in a declared language; else the name and the default language.
    /// </summary>
    public (string BaseName, string Language) LanguageOf(string baseName)
    {
        var dot = baseName.LastIndexOf('.');
        if (IsMultilingual && dot > 0 && Languages.FirstOrDefault(l => string.Equals(l.Code, baseName[(dot + 1)..], StringComparison.OrdinalIgnoreCase)) is { } language)
            return (baseName[..dot], language.Code);
        return (baseName, DefaultLanguage);
    }

    /// <summary>
    /// What other formats may keep of the configuration: the site's own parameters (<c>[params]</c>), verbatim. Every
    /// other key is a setting of Hugo itself (docs/hugo.md#configuration).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];

    /// <summary>The keys of Hugo's own settings that no other format understands (<c>theme</c>, <c>outputs</c>, <c>markup</c>…).</summary>
    public IReadOnlyList<string> HugoOnlyKeys { get; init; } = [];

    private static readonly Dictionary<string, string> DefaultTaxonomies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["categories"] = "category",
        ["tags"] = "tag",
    };

    private static readonly HashSet<string> UsedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "baseurl", "languagecode", "timezone", "contentdir", "permalinks", "disablepathtolower", "uglyurls", "taxonomies",
    };

    /// <summary>The configuration file at the root of a site folder, or null when there is none.</summary>
    public static string? FindFile(string siteFolder) =>
        FileNames.Select(n => Path.Combine(siteFolder, n)).FirstOrDefault(System.IO.File.Exists);

    /// <summary>Whether the site keeps its configuration in Hugo's configuration folder (<c>config/_default/</c>).</summary>
    public static bool HasFolder(string siteFolder) => Directory.Exists(Path.Combine(siteFolder, "config", "_default"));

    /// <summary>
    /// Reads the site's configuration; problems are reported and defaults used. A configuration file that is a symbolic
    /// link is reported and not read; one larger than the front matter limit, or YAML past the reader's limits (an alias
    /// bomb), is refused with an <see cref="InputException"/>.
    /// </summary>
    public static HugoConfig Read(string siteFolder, IDiagnosticSink diagnostics, string environment = DefaultEnvironment)
    {
        var merged = new List<KeyValuePair<string, object?>>();
        var files = new List<string>();
        void Add(string file, string? under)
        {
            if (ReadFile(file, diagnostics) is not { } fields)
                return;
            files.Add(file);
            Merge(merged, under is null ? fields : Nest(under, fields));
        }
        if (FindFile(siteFolder) is { } root)
            Add(root, null);
        foreach (var folder in new[] { "_default", environment })
        {
            var dir = Path.Combine(siteFolder, "config", folder);
            if (!Directory.Exists(dir) || SiteFolder.LinkOnPath(siteFolder, dir) is not null)
                continue;
            foreach (var entry in SiteFolder.Entries(dir).OfType<FileInfo>().Where(IsConfigFile).OrderBy(f => f.Name, StringComparer.Ordinal))
                Add(entry.FullName, KeyOf(entry.Name));
        }
        return files.Count == 0 ? new HugoConfig() : FromFields(files, merged);
    }

    private static bool IsConfigFile(FileInfo file) =>
        !file.Name.StartsWith('.') && Extensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where a file of the configuration folder goes: <c>hugo.toml</c> and <c>config.toml</c> at the root, every other
    /// file under the key its name gives (<c>params.toml</c> → <c>params</c>), and a name with a language
    /// (<c>menus.en.toml</c>) under that language (<c>languages.en.menus</c>). Null means the root.
    /// </summary>
    private static string? KeyOf(string fileName)
    {
        var parts = Path.GetFileNameWithoutExtension(fileName).Split('.');
        if (parts[0] is "hugo" or "config")
            return null;
        return parts.Length == 2 ? $"languages.{parts[1]}.{parts[0]}" : parts[0];
    }

    private static List<KeyValuePair<string, object?>> Nest(string path, List<KeyValuePair<string, object?>> fields)
    {
        object? value = fields;
        foreach (var key in path.Split('.').Reverse())
            value = new List<KeyValuePair<string, object?>> { new(key, value) };
        return (List<KeyValuePair<string, object?>>)value!;
    }

    /// <summary>Merges <paramref name="over"/> into <paramref name="into"/>: tables key by key (case-insensitively), anything else replaced.</summary>
    private static void Merge(List<KeyValuePair<string, object?>> into, List<KeyValuePair<string, object?>> over)
    {
        foreach (var (key, value) in over)
        {
            var at = into.FindIndex(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
                into.Add(new(key, value));
            else if (into[at].Value is List<KeyValuePair<string, object?>> table && value is List<KeyValuePair<string, object?>> overTable)
                Merge(table, overTable);
            else
                into[at] = new(into[at].Key, value);
        }
    }

    private static List<KeyValuePair<string, object?>>? ReadFile(string file, IDiagnosticSink diagnostics)
    {
        var info = new FileInfo(file);
        if (SiteFolder.IsLink(info))
        {
            diagnostics.Report(HugoDiagnostics.LinkNotFollowed(file, info.LinkTarget));
            return null;
        }
        if (info.Length > FrontMatterReader.MaxFrontMatterChars)
            throw new InputException($"'{file}' is larger than {FrontMatterReader.MaxFrontMatterChars / 1024} KiB ({info.Length} bytes); a site configuration that large is not read.");
        string text;
        using (var reader = new StreamReader(SiteFolder.OpenRead(file)))
            text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return Parse(file, text, diagnostics);
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

    private static bool IsParams(string key) => string.Equals(key, "params", StringComparison.OrdinalIgnoreCase);

    private static HugoConfig FromFields(IReadOnlyList<string> files, List<KeyValuePair<string, object?>> fields)
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
            Files = files,
            Title = HugoValues.AsText(Get("title")),
            BaseUrl = HugoValues.AsText(Get("baseURL")),
            LanguageCode = HugoValues.AsText(Get("languageCode")),
            TimeZoneName = zoneName,
            TimeZone = HugoDates.FindZone(zoneName),
            ContentDir = HugoValues.AsText(Get("contentDir")) is { Length: > 0 } dir ? dir : "content",
            Urls = new HugoUrlSettings(permalinks, Get("disablePathToLower") is true, Get("uglyURLs") is true),
            Taxonomies = taxonomies,
            Languages = Get("languages") is List<KeyValuePair<string, object?>> languages ? HugoLanguage.Read(languages) : [],
            DefaultLanguage = HugoValues.AsText(Get("defaultContentLanguage"))?.ToLowerInvariant() is { Length: > 0 } language ? language : "en",
            DefaultLanguageInSubdir = Get("defaultContentLanguageInSubdir") is true,
            Extra = [.. fields.Where(f => IsParams(f.Key)).Select(f => new KeyValuePair<string, object?>(f.Key, HugoValues.ForExtra(f.Value)))],
            HugoOnlyKeys = [.. fields.Where(f => !UsedKeys.Contains(f.Key) && !IsParams(f.Key)).Select(f => f.Key)],
        };
    }
}
