using System.Text.RegularExpressions;
using Migrator.Core.FrontMatter;
using Migrator.Core.Reporting;

namespace Migrator.Core.Review;

/// <summary>
/// What will break at cutover, foreseen from the audit and the output folder before the site is built (the review
/// report's first section): old URLs with neither a page nor a redirect (CUT002), pages and redirects still pointing at
/// files on the old host (CUT004, from the items' MED001 and MED006 messages), redirects to pages that were not written
/// (CUT005). <see cref="SiteCheck"/> finds the same in the built site, and more (missing pages, files a layout names).
/// </summary>
public static partial class CutoverForecast
{
    /// <summary>The foreseen breaks, and how many redirects the output holds.</summary>
    public sealed record Forecast(IReadOnlyList<CutoverProblem> Problems, int Redirects);

    /// <summary>Front matter keys that list a page's other URLs: jekyll-redirect-from and Hugo's aliases.</summary>
    private static readonly string[] RedirectKeys = ["redirect_from", "aliases"];

    /// <summary>Media codes that mean a file stays on the old host.</summary>
    private static readonly string[] OldHostCodes = ["MED001", "MED006"];

    /// <summary>The foreseen breaks. <paramref name="output"/> is the conversion's output folder (null for a dry run).</summary>
    public static Forecast Run(IReadOnlyList<AuditRow> rows, string? output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hosts = CutoverRules.Hosts(rows);
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var redirects = output is null ? [] : RedirectSources.Read(output);
        foreach (var row in rows.Where(CutoverRules.HasPage))
        {
            if (SiteAddress.Of(row.NewUrl) is { } address)
                pages.UnionWith(CutoverRules.Forms(address.Path));
            if (output is not null)
            {
                foreach (var from in FrontMatterRedirects(Path.Combine(output, row.OutputPath)))
                {
                    if (SiteAddress.Of(from) is { HasQuery: false } source)
                        redirects.TryAdd(source.Path, (row.NewUrl, row.OutputPath));
                }
            }
        }

        var problems = new List<CutoverProblem>();
        foreach (var row in rows)
        {
            var onOldHost = row.Warnings.Split(' ').Any(c => OldHostCodes.Contains(c, StringComparer.Ordinal));
            if (onOldHost && CutoverRules.HasPage(row))
            {
                var files = Files(row);
                problems.Add(new(CutoverDiagnostics.FileOnOldHost(files, row.NewUrl), files, row.NewUrl, row));
            }
            if (!CutoverRules.MustAnswer(row))
                continue;
            var path = SiteAddress.Of(row.OldUrl)!.Value.Path;
            if (CutoverRules.Forms(path).Any(pages.Contains))
                continue;
            if (CutoverRules.Forms(path).Select(p => redirects.TryGetValue(p, out var r) ? r : default).FirstOrDefault(r => r.To is not null) is not { To: { } to, File: var file })
            {
                problems.Add(new(CutoverDiagnostics.OldUrlUnanswered(row.OldUrl, row.Title), row.OldUrl, "", row));
                continue;
            }
            if (SiteAddress.Of(to) is not { } target || (target.Host.Length > 0 && !hosts.Contains(target.Host)))
                continue;
            if (PageReferences.IsFile(to))
            {
                if (output is not null && !File.Exists(Path.Combine(output, target.Path)) && !File.Exists(Path.Combine(output, "static", target.Path)))
                    problems.Add(new(CutoverDiagnostics.FileOnOldHost(to, $"the redirect from {row.OldUrl} ({file})"), to, file, row));
            }
            else if (!CutoverRules.Forms(target.Path).Any(pages.Contains))
            {
                problems.Add(new(CutoverDiagnostics.RedirectTargetMissing(row.OldUrl, to, file), to, file, row));
            }
        }
        return new Forecast(problems, redirects.Count);
    }

    /// <summary>The files an item leaves on the old host, as its media messages name them.</summary>
    private static string Files(AuditRow row)
    {
        var named = QuotedUrl().Matches(row.Messages).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0 && !row.Warnings.Contains("MED006", StringComparison.Ordinal))
            return string.Join(", ", named);
        var count = MediaCount().Match(row.Messages);
        return count.Success ? $"{count.Groups[1].Value} media file(s)" : "media files";
    }

    private static IEnumerable<string> FrontMatterRedirects(string file)
    {
        if (!File.Exists(file) || new FileInfo(file).Length > FrontMatterReader.MaxFrontMatterChars * 4L)
            return [];
        var document = FrontMatterReader.Read(File.ReadAllText(file));
        return document.Fields
            .Where(f => RedirectKeys.Contains(f.Key, StringComparer.Ordinal))
            .SelectMany(f => f.Value switch
            {
                string one => [one],
                List<object?> many => many.OfType<string>(),
                _ => [],
            });
    }

    [GeneratedRegex("MED001: the media file '([^']+)'")]
    private static partial Regex QuotedUrl();

    [GeneratedRegex(@"MED006: (\d+) media file")]
    private static partial Regex MediaCount();
}
