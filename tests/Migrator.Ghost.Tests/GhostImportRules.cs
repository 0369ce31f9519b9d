using System.Text.Json;
using System.Text.RegularExpressions;

namespace Migrator.Ghost.Tests;

/// <summary>
/// What Ghost's importer (Ghost 6) refuses or silently drops in an import file, as docs/ghost.md#what-ghosts-importer-checks
/// lists it: the test's own reading of the importer's checks and the database schema's validations, for machines where
/// the real Ghost is not installed (<see cref="RealGhostTests"/> judges with Ghost itself).
/// </summary>
internal static partial class GhostImportRules
{
    public static IReadOnlyList<string> Problems(string importFile)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(File.ReadAllText(importFile));
        var root = document.RootElement;
        if (!root.TryGetProperty("db", out var db) || db.ValueKind != JsonValueKind.Array || db.GetArrayLength() != 1)
            return ["no {\"db\": [ … ]} with one export"];
        var export = db[0];
        if (!export.TryGetProperty("meta", out var meta) || meta.GetProperty("version").GetString() is not { } version || !Semver().IsMatch(version))
            problems.Add("meta.version is missing or not a semantic version");
        var data = export.GetProperty("data");
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var table in new[] { "posts", "tags", "users" })
            ids[table] = [.. Rows(data, table).Select(r => r.GetProperty("id").GetString()!)];
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in Rows(data, "posts"))
        {
            var slug = post.GetProperty("slug").GetString()!;
            var title = post.GetProperty("title").GetString()!;
            if (!slugs.Add(slug))
                problems.Add($"duplicate slug '{slug}' (the importer drops the second)");
            if (slug.Length is 0 or > 191 || slug.Any(char.IsUpper) || slug.Any(c => !char.IsAscii(c) || "/?#%& ".Contains(c, StringComparison.Ordinal)))
                problems.Add($"slug '{slug}' is not one Ghost keeps");
            if (string.IsNullOrWhiteSpace(title))
                problems.Add($"title of '{slug}' is blank");
            if (title.Length > 255)
                problems.Add($"title of '{slug}' longer than 255");
            if (post.GetProperty("type").GetString() is not ("post" or "page"))
                problems.Add($"type of '{slug}'");
            var status = post.GetProperty("status").GetString();
            if (status is not ("published" or "draft" or "scheduled"))
                problems.Add($"status of '{slug}'");
            if (status == "scheduled" && !post.TryGetProperty("published_at", out _))
                problems.Add($"scheduled '{slug}' without published_at");
            if (post.TryGetProperty("custom_excerpt", out var excerpt) && excerpt.GetString()!.Length > 300)
                problems.Add($"custom_excerpt of '{slug}' longer than 300");
            if (!post.TryGetProperty("html", out _))
                problems.Add($"'{slug}' has no html");
        }
        foreach (var user in Rows(data, "users"))
        {
            if (user.GetProperty("email").GetString() is not { } email || !Email().IsMatch(email))
                problems.Add($"user {user.GetProperty("slug").GetString()} has no valid e-mail");
        }
        foreach (var (table, key, target) in new[] { ("posts_tags", "tag_id", "tags"), ("posts_authors", "author_id", "users") })
        {
            foreach (var row in Rows(data, table))
            {
                if (!ids["posts"].Contains(row.GetProperty("post_id").GetString()!) || !ids[target].Contains(row.GetProperty(key).GetString()!))
                    problems.Add($"{table} row pointing at nothing");
            }
        }
        return problems;
    }

    private static List<JsonElement> Rows(JsonElement data, string table) =>
        data.TryGetProperty(table, out var rows) ? [.. rows.EnumerateArray()] : [];

    [GeneratedRegex(@"^\d+\.\d+\.\d+")]
    private static partial Regex Semver();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Email();
}
