using System.Globalization;
using Migrator.Core.FrontMatter;

namespace Migrator.Jekyll.Import;

/// <summary>One <c>defaults:</c> entry of <c>_config.yml</c>.</summary>
internal sealed record DefaultsScope(string? Path, string? Type, IReadOnlyList<KeyValuePair<string, object?>> Values);

/// <summary>One collection of <c>_config.yml</c> (posts excluded).</summary>
internal sealed record CollectionConfig(string Label, bool Output, string? Permalink);

/// <summary>What the importer needs from <c>_config.yml</c>, with Jekyll's defaults, and every key as read.</summary>
internal sealed record JekyllConfig
{
    /// <summary>Every key as read, in order (duplicates resolved: the last wins, as in Psych).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Fields { get; init; } = [];

    /// <summary>The config file, or null when the site has none.</summary>
    public string? File { get; init; }

    public string? Title => Text("title");
    public string? Description => Text("description");
    public string? Url => Text("url");
    public string? BaseUrl => Text("baseurl");
    public string? TimeZone => Text("timezone");
    public string? Language => Text("lang");

    /// <summary>The permalink style or template; Jekyll's default is <c>date</c>.</summary>
    public string Permalink => Text("permalink") is { Length: > 0 } p ? p : "date";

    /// <summary>The posts template (the style expanded).</summary>
    public string PostsTemplate => JekyllUrl.StyleToTemplate(Permalink);

    /// <summary><c>source:</c> (Octopress sites keep content in <c>source/</c>).</summary>
    public string Source => Text("source") is { Length: > 0 } s ? s : ".";

    public string CollectionsDir => Text("collections_dir") ?? "";

    public bool Future => Get("future") is true;

    public IReadOnlyList<string> Exclude => Strings(Get("exclude"));
    public IReadOnlyList<string> Include => Strings(Get("include"));

    /// <summary>Markdown extensions (<c>markdown_ext</c>), with their dot.</summary>
    public IReadOnlyList<string> MarkdownExtensions =>
        [.. (Text("markdown_ext") ?? "markdown,mkdown,mkdn,mkd,md").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.TrimStart('.').ToLowerInvariant())];

    /// <summary>The <c>defaults:</c> entries in order.</summary>
    public IReadOnlyList<DefaultsScope> Defaults
    {
        get
        {
            if (Get("defaults") is not List<object?> list)
                return [];
            var result = new List<DefaultsScope>();
            foreach (var entry in list.OfType<List<KeyValuePair<string, object?>>>())
            {
                var scope = Find(entry, "scope") as List<KeyValuePair<string, object?>>;
                if (Find(entry, "values") is not List<KeyValuePair<string, object?>> values)
                    continue;
                result.Add(new DefaultsScope(
                    scope is null ? null : Scalar(Find(scope, "path")),
                    scope is null ? null : Scalar(Find(scope, "type")),
                    values));
            }
            return result;
        }
    }

    /// <summary>Collections other than posts (a map of label → metadata, or a list of labels).</summary>
    public IReadOnlyList<CollectionConfig> Collections
    {
        get
        {
            var result = new List<CollectionConfig>();
            switch (Get("collections"))
            {
                case List<KeyValuePair<string, object?>> map:
                    foreach (var (label, meta) in map)
                    {
                        var metadata = meta as List<KeyValuePair<string, object?>> ?? [];
                        result.Add(new CollectionConfig(label, Find(metadata, "output") is true, Scalar(Find(metadata, "permalink"))));
                    }
                    break;
                case List<object?> labels:
                    result.AddRange(labels.Select(Scalar).OfType<string>().Select(l => new CollectionConfig(l, false, null)));
                    break;
            }
            return [.. result.Where(c => !string.Equals(c.Label, "posts", StringComparison.Ordinal))];
        }
    }

    /// <summary>The posts collection's own permalink (<c>collections: posts: permalink:</c>), which wins over the site style.</summary>
    public string? PostsCollectionPermalink =>
        Get("collections") is List<KeyValuePair<string, object?>> map && Find(map, "posts") is List<KeyValuePair<string, object?>> posts
            ? Scalar(Find(posts, "permalink"))
            : null;

    /// <summary>The home URL: <c>url</c> + <c>baseurl</c>, or null without <c>url</c>.</summary>
    public string? SiteUrl => string.IsNullOrEmpty(Url) ? null : Url.TrimEnd('/') + NormalisedBaseUrl;

    /// <summary><c>baseurl</c> with a leading slash and no trailing one; empty when none.</summary>
    public string NormalisedBaseUrl => string.IsNullOrEmpty(BaseUrl) || BaseUrl == "/" ? "" : "/" + BaseUrl.Trim('/');

    public object? Get(string key) => Find(Fields, key);

    private string? Text(string key) => Scalar(Get(key));

    public static object? Find(IReadOnlyList<KeyValuePair<string, object?>> fields, string key) =>
        fields.LastOrDefault(kv => string.Equals(kv.Key, key, StringComparison.Ordinal)).Value;

    /// <summary>A scalar as the text Ruby's <c>to_s</c> would give; null for null, lists and maps.</summary>
    public static string? Scalar(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => RubyFloat(d),
        YamlTimestamp t => t.Text,
        System.Collections.IEnumerable => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A YAML float as Jekyll (Ruby) prints it: <c>3.0</c> stays <c>3.0</c>, not <c>3</c>.</summary>
    private static string RubyFloat(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(d) && !text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal) ? text + ".0" : text;
    }

    private static List<string> Strings(object? value) => value switch
    {
        List<object?> list => [.. list.Select(Scalar).OfType<string>()],
        string s => [s],
        _ => [],
    };
}
