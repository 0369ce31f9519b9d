namespace Migrator.Core.Media;

/// <summary>
/// The image fields of a static site's front matter (docs/media.md#front-matter-image-fields): the keys themes and
/// plugins read an image from (<c>image</c>, <c>images</c>, <c>featured_image</c>, <c>cover</c>, <c>thumbnail</c>…),
/// each a URL, a list of URLs, or a map whose image keys (and <c>path</c>, <c>src</c>, <c>url</c>) hold them, and the
/// same keys under <c>header</c> (Minimal Mistakes). Relative values (<c>a.jpg</c>: a page resource) are not read.
/// </summary>
public static class FrontMatterImages
{
    private static readonly HashSet<string> ImageKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "image", "images", "featured_image", "featuredImage", "feature_image", "cover", "cover_image", "coverImage",
        "thumbnail", "teaser", "banner", "og_image", "share_image", "overlay_image", "header_image",
    };

    /// <summary>Keys that hold the URL inside a map under an image key (<c>image: {path: …}</c>, <c>cover: {image: …}</c>).</summary>
    private static readonly HashSet<string> InnerKeys = new(StringComparer.OrdinalIgnoreCase) { "path", "src", "url" };

    /// <summary>Every image URL of the fields, in order.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var found = new List<string>();
        Rewrite(fields, url =>
        {
            found.Add(url);
            return null;
        });
        return found;
    }

    /// <summary>The fields with every image URL that <paramref name="newUrl"/> gives a new value for replaced (the same list when none).</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Rewrite(IReadOnlyList<KeyValuePair<string, object?>> fields, Func<string, string?> newUrl)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(newUrl);
        var changed = false;
        var result = new List<KeyValuePair<string, object?>>(fields.Count);
        foreach (var (key, value) in fields)
        {
            var next = ImageKeys.Contains(key) ? Value(value, newUrl, nested: true)
                : string.Equals(key, "header", StringComparison.OrdinalIgnoreCase) && value is IReadOnlyList<KeyValuePair<string, object?>> header ? Map(header, newUrl)
                : value;
            changed |= !ReferenceEquals(next, value);
            result.Add(new KeyValuePair<string, object?>(key, next));
        }
        return changed ? result : fields;
    }

    private static object? Value(object? value, Func<string, string?> newUrl, bool nested) => value switch
    {
        string url when IsSiteOrAbsolute(url) => newUrl(url.Trim()) ?? value,
        IReadOnlyList<KeyValuePair<string, object?>> map when nested => Map(map, newUrl),
        IReadOnlyList<object?> list => List(list, newUrl),
        _ => value,
    };

    private static object Map(IReadOnlyList<KeyValuePair<string, object?>> map, Func<string, string?> newUrl)
    {
        var changed = false;
        var result = new List<KeyValuePair<string, object?>>(map.Count);
        foreach (var (key, value) in map)
        {
            var next = ImageKeys.Contains(key) || InnerKeys.Contains(key) ? Value(value, newUrl, nested: false) : value;
            changed |= !ReferenceEquals(next, value);
            result.Add(new KeyValuePair<string, object?>(key, next));
        }
        return changed ? result : map;
    }

    private static object List(IReadOnlyList<object?> list, Func<string, string?> newUrl)
    {
        var changed = false;
        var result = new List<object?>(list.Count);
        foreach (var item in list)
        {
            var next = item is string ? Value(item, newUrl, nested: false) : item;
            changed |= !ReferenceEquals(next, item);
            result.Add(next);
        }
        return changed ? result : list;
    }

    private static bool IsSiteOrAbsolute(string url)
    {
        var text = url.Trim();
        return text.StartsWith('/') || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }
}
