namespace Migrator.Jekyll.Import;

/// <summary>
/// Jekyll's <c>FrontmatterDefaults#all</c>: the <c>defaults:</c> entries whose scope matches a file's path (a prefix, or a
/// glob with <c>*</c>) and type, merged so that a more specific scope (longer path, then one with a type) wins.
/// Front matter then wins over all of them (<see cref="Merge"/>).
/// </summary>
internal static class FrontMatterDefaults
{
    /// <summary>The default values for a file.</summary>
    /// <param name="scopes">The <c>defaults:</c> entries in order.</param>
    /// <param name="relativePath">Path relative to the site source (<c>_posts/2020-01-01-x.md</c>).</param>
    /// <param name="type">Jekyll's type: <c>posts</c>, <c>drafts</c>, <c>pages</c>, or a collection label.</param>
    public static IReadOnlyList<KeyValuePair<string, object?>> For(IReadOnlyList<DefaultsScope> scopes, string relativePath, string type)
    {
        IReadOnlyList<KeyValuePair<string, object?>> result = [];
        DefaultsScope? old = null;
        foreach (var scope in scopes.Where(s => AppliesPath(s.Path, relativePath) && AppliesType(s.Type, type)))
        {
            if (HasPrecedence(old, scope))
            {
                result = Merge(result, scope.Values);
                old = scope;
            }
            else
                result = Merge(scope.Values, result);
        }
        return result;
    }

    /// <summary>Deep merge: keys of <paramref name="over"/> win; maps present in both are merged key by key.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> Merge(
        IReadOnlyList<KeyValuePair<string, object?>> under, IReadOnlyList<KeyValuePair<string, object?>> over)
    {
        var result = new List<KeyValuePair<string, object?>>(under);
        foreach (var (key, value) in over)
        {
            var index = result.FindIndex(kv => string.Equals(kv.Key, key, StringComparison.Ordinal));
            if (index < 0)
            {
                result.Add(new(key, value));
                continue;
            }
            var merged = result[index].Value is List<KeyValuePair<string, object?>> a && value is List<KeyValuePair<string, object?>> b
                ? (object)Merge(a, b).ToList()
                : value;
            result[index] = new(key, merged);
        }
        return result;
    }

    private static bool AppliesPath(string? scopePath, string relativePath)
    {
        if (string.IsNullOrEmpty(scopePath))
            return true;
        var scope = scopePath.TrimStart('/');
        if (scope.Contains('*', StringComparison.Ordinal))
            return GlobMatches(scope, relativePath);
        return relativePath.StartsWith(scope, StringComparison.Ordinal);
    }

    // Jekyll matches a glob scope against every parent of the path as well (File.fnmatch with FNM_PATHNAME).
    private static bool GlobMatches(string pattern, string relativePath)
    {
        var parts = relativePath.Split('/');
        for (var n = parts.Length; n > 0; n--)
        {
            var candidate = string.Join('/', parts.Take(n));
            if (FnMatch(pattern, candidate))
                return true;
        }
        return false;
    }

    private static bool FnMatch(string pattern, string text)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern)
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    private static bool AppliesType(string? scopeType, string type)
    {
        if (string.IsNullOrEmpty(scopeType))
            return true;
        // Jekyll 2 used singular names; they still work with a deprecation warning.
        var wanted = scopeType switch
        {
            "post" => "posts",
            "page" => "pages",
            "draft" => "drafts",
            _ => scopeType,
        };
        return string.Equals(wanted, type, StringComparison.Ordinal) ||
               (type == "drafts" && wanted == "posts");
    }

    private static bool HasPrecedence(DefaultsScope? old, DefaultsScope next)
    {
        if (old is null)
            return true;
        var newPath = (next.Path ?? "").TrimStart('/');
        var oldPath = (old.Path ?? "").TrimStart('/');
        if (newPath.Length != oldPath.Length)
            return newPath.Length >= oldPath.Length;
        return next.Type is not null || old.Type is null;
    }
}
