using System.Text.RegularExpressions;

namespace Migrator.Core.Review;

/// <summary>
/// The redirects a server will answer from the files Migrator writes: Netlify/Cloudflare <c>_redirects</c> lines
/// (<c>/from /to 301</c>) and the nginx <c>map</c> (<c>"/from" "/to";</c>). Apache rules are not read. Redirect stubs
/// of jekyll-redirect-from and Hugo aliases are pages of the built site, found there.
/// </summary>
public static partial class RedirectSources
{
    /// <summary>Where the redirect files can be, relative to a built site or an output folder.</summary>
    public static IReadOnlyList<string> Places { get; } = ["_redirects", "static/_redirects", "redirects/_redirects", "redirects/nginx-redirects.conf"];

    /// <summary>The redirects of the files found in <paramref name="folders"/>: old path → (target URL, the file it is in).</summary>
    public static Dictionary<string, (string To, string File)> Read(params string[] folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var place in Places)
            {
                var file = Path.Combine(folder, place);
                if (!File.Exists(file) || new FileInfo(file).LinkTarget is not null)
                    continue;
                var nginx = place.EndsWith(".conf", StringComparison.Ordinal);
                foreach (var line in File.ReadLines(file))
                {
                    var pair = nginx ? NginxLine(line) : NetlifyLine(line);
                    if (pair is var (from, to) && SiteAddress.Of(from) is { HasQuery: false } address)
                        map.TryAdd(address.Path, (to, place));
                }
            }
        }
        return map;
    }

    private static (string, string)? NetlifyLine(string line)
    {
        if (line.TrimStart().StartsWith('#'))
            return null;
        var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 2 ? (fields[0], fields[1]) : null;
    }

    private static (string, string)? NginxLine(string line)
    {
        var m = NginxPair().Match(line);
        return m.Success ? (Unquote(m.Groups["from"].Value), Unquote(m.Groups["to"].Value)) : null;
    }

    private static string Unquote(string value) => value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex("""^\s*"(?<from>(?:[^"\\]|\\.)*)"\s+"(?<to>(?:[^"\\]|\\.)*)"\s*;""")]
    private static partial Regex NginxPair();
}
