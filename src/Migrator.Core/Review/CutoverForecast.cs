using Migrator.Core.FrontMatter;
using Migrator.Core.Markup;
using Migrator.Core.Output;
using Migrator.Core.Reporting;

namespace Migrator.Core.Review;

/// <summary>
/// What will break at cutover, foreseen from the audit and the output folder before the site is built (the review
/// report's first section): old URLs with neither a page nor a redirect (CUT002), files a page names that the output
/// does not have (CUT003, or CUT004 when named on the old host), redirects to files left on the old host (CUT004) or to
/// pages that were not written (CUT005). <see cref="SiteCheck"/> finds the same in the built site, and what only a
/// build can show (CUT001: a written page the generator left out; files a theme's layouts name).
/// </summary>
public static class CutoverForecast
{
    /// <summary>The foreseen breaks, and how many redirects the output holds.</summary>
    public sealed record Forecast(IReadOnlyList<CutoverProblem> Problems, int Redirects);

    /// <summary>Front matter keys that list a page's other URLs: jekyll-redirect-from and Hugo's aliases.</summary>
    private static readonly string[] RedirectKeys = ["redirect_from", "aliases"];

    /// <summary>
    /// The foreseen breaks. <paramref name="output"/> is the conversion's output folder (null for a dry run);
    /// <paramref name="publishedRoot"/> the folder in it whose files the generator serves as they are (the writer's
    /// <c>PublishedRoot</c>: "" for Jekyll, <c>static</c> for Hugo, <c>public</c> for Eleventy), where media and
    /// redirect files are; <paramref name="flavor"/> the Markdown the generator renders (the writer's <c>Flavor</c>),
    /// by which written Markdown bodies are read for the files they name.
    /// </summary>
    /// <remarks>
    /// The rows are passed over three times (hosts; pages, read from the output; breaks) and never held: <paramref
    /// name="rows"/> may read the audit file anew on each pass (<see cref="AuditReportReader.Rows"/>), so that a large
    /// export's review keeps only the set of page paths (as <see cref="PathKey"/>s), the files pages name that the
    /// output lacks, and the breaks found. Each written page is read once, on every core; what is found is in the rows'
    /// order.
    /// </remarks>
    public static Forecast Run(IEnumerable<AuditRow> rows, string? output, string? publishedRoot = null, MarkdownFlavor? flavor = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hosts = CutoverRules.Hosts(rows);
        var served = output is null ? null : string.IsNullOrEmpty(publishedRoot) ? output : Path.Combine(output, publishedRoot);
        var redirects = output is null ? [] : RedirectSources.Read(served == output ? [output] : [output, served!]);
        var pages = new HashSet<PathKey>();
        // What each page (by its place among the pages) names that the output has no file for: a break unless a page answers it.
        var lacking = new Dictionary<int, List<CutoverProblem>>();
        var read = rows.Where(CutoverRules.HasPage).AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(row => (row.NewUrl, row.OutputPath, Page: output is null ? WrittenPage.None : WrittenPage.Read(row, output, served!, hosts, flavor ?? MarkdownFlavor.CommonMark)));
        var index = 0;
        foreach (var (newUrl, outputPath, page) in read)
        {
            if (SiteAddress.Of(newUrl) is { } address)
                pages.UnionWith(CutoverRules.Forms(address.Path).Select(PathKey.Of));
            foreach (var from in page.RedirectsFrom)
            {
                if (SiteAddress.Of(from) is { HasQuery: false } source)
                    redirects.TryAdd(source.Path, (newUrl, outputPath));
            }
            if (page.Lacking.Count > 0)
                lacking[index] = page.Lacking;
            index++;
        }

        bool IsPage(string path) => CutoverRules.Forms(path).Any(form => pages.Contains(PathKey.Of(form)));
        var problems = new List<CutoverProblem>();
        index = 0;
        foreach (var row in rows)
        {
            if (CutoverRules.HasPage(row) && lacking.TryGetValue(index++, out var named))
                problems.AddRange(named.Where(p => !IsPage(SiteAddress.Of(p.Url)!.Value.Path)));
            if (!CutoverRules.MustAnswer(row))
                continue;
            var path = SiteAddress.Of(row.OldUrl)!.Value.Path;
            if (IsPage(path))
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
                if (output is not null && !HasFile(output, served!, target.Path))
                    problems.Add(new(CutoverDiagnostics.FileOnOldHost(to, $"the redirect from {row.OldUrl} ({file})"), to, file, row));
            }
            else if (!IsPage(target.Path))
            {
                problems.Add(new(CutoverDiagnostics.RedirectTargetMissing(row.OldUrl, to, file), to, file, row));
            }
        }
        return new Forecast(problems, redirects.Count);
    }

    /// <summary>
    /// What the forecast reads of one written page, its file read once: the URLs its front matter redirects from, and the
    /// files it names (its body rendered as its generator would, Markdown included) by a root-relative address or on the
    /// site's own hosts that the output has no file for (CUT003, or CUT004 when named on the old host) — breaks unless
    /// a page answers them, which is known only once every page is read.
    /// </summary>
    private sealed record WrittenPage(IReadOnlyList<string> RedirectsFrom, List<CutoverProblem> Lacking)
    {
        public static WrittenPage None { get; } = new([], []);

        public static WrittenPage Read(AuditRow row, string output, string served, HashSet<string> hosts, MarkdownFlavor flavor)
        {
            var file = Path.Combine(output, row.OutputPath);
            // An import file (a WordPress export, a Ghost JSON file) holds every item, not one page: reading it once per
            // item would read the whole export as many times as it has items, for files a page never names.
            if (Path.GetExtension(file) is ".xml" or ".json" || !File.Exists(file))
                return None;
            var info = new FileInfo(file);
            var isPage = row.OutputPath.Length > 0 && SiteAddress.Of(row.NewUrl) is not null && info.LinkTarget is null;
            var forRedirects = info.Length <= FrontMatterReader.MaxFrontMatterChars * 4L;
            if (!isPage && !forRedirects)
                return None;
            var text = File.ReadAllText(file);
            var split = FrontMatterReader.Split(text);
            var from = forRedirects && split.Yaml is { } yaml && RedirectKeys.Any(k => yaml.Contains(k, StringComparison.Ordinal))
                ? RedirectsFromFrontMatter(text)
                : [];
            return new(from, isPage ? LackingFiles(row, split.HasFrontMatter ? split.Body : text, Path.GetExtension(file), output, served, hosts, flavor) : []);
        }

        private static List<CutoverProblem> LackingFiles(AuditRow row, string body, string extension, string output, string served, HashSet<string> hosts, MarkdownFlavor flavor)
        {
            var html = extension is ".md" or ".markdown" ? MarkdownRenderer.ToHtml(body, flavor) : body;
            var where = SiteAddress.Of(row.NewUrl)!.Value.Display;
            var lacking = new List<CutoverProblem>();
            foreach (var url in PageReferences.Read(html).Files.Select(f => f.Url).Distinct(StringComparer.Ordinal))
            {
                if (SiteAddress.Of(url) is not { } address || (address.Host.Length > 0 && !hosts.Contains(address.Host)))
                    continue;
                if (!HasFile(output, served, address.Path))
                    lacking.Add(new(address.Host.Length == 0 ? CutoverDiagnostics.FileMissing(url, where) : CutoverDiagnostics.FileOnOldHost(url, where), url, where, row));
            }
            return lacking;
        }

        private static List<string> RedirectsFromFrontMatter(string text) =>
        [
            .. FrontMatterReader.Read(text).Fields
                .Where(f => RedirectKeys.Contains(f.Key, StringComparer.Ordinal))
                .SelectMany(f => f.Value switch
                {
                    string one => [one],
                    List<object?> many => many.OfType<string>(),
                    _ => [],
                }),
        ];
    }

    /// <summary>True when the output has the file a site path names: at its root, under the published root, or under <c>static/</c> (Hugo).</summary>
    private static bool HasFile(string output, string served, string path) =>
        path.Length > 0 && (File.Exists(Path.Combine(output, path)) || File.Exists(Path.Combine(served, path)) || File.Exists(Path.Combine(output, "static", path)));
}
