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
    /// The rows are passed over three times and never held: <paramref name="rows"/> may read the audit file anew on
    /// each pass (<see cref="AuditReportReader.Rows"/>). First the hosts and the pages (as <see cref="PathKey"/>s), from
    /// the rows alone; then the redirects the written pages' front matter names; then the breaks, each page's body
    /// rendered and read on every core, given out in the rows' order. A large export's review keeps only the pages'
    /// keys and the redirects. A page's file is read in both later passes: its breaks can be judged only once every
    /// redirect is known, and keeping what each page names until then would hold the breaks after all.
    /// </remarks>
    public static Forecast Run(IEnumerable<AuditRow> rows, string? output, string? publishedRoot = null, MarkdownFlavor? flavor = null)
    {
        var problems = new List<CutoverProblem>();
        var redirects = Run(rows, problems.Add, output, publishedRoot, flavor);
        return new Forecast(problems, redirects);
    }

    /// <summary>
    /// The same forecast, each break given to <paramref name="found"/> as it is found (in the rows' order) and none
    /// kept; returns how many redirects the output holds.
    /// </summary>
    public static int Run(IEnumerable<AuditRow> rows, Action<CutoverProblem> found, string? output, string? publishedRoot = null, MarkdownFlavor? flavor = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(found);
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        var pages = new HashSet<PathKey>();
        foreach (var row in rows)
        {
            CutoverRules.AddHost(hosts, row.OldUrl);
            CutoverRules.AddHost(hosts, row.NewUrl);
            if (CutoverRules.HasPage(row) && SiteAddress.Of(row.NewUrl) is { } address)
                pages.UnionWith(CutoverRules.Forms(address.Path).Select(PathKey.Of));
        }
        var served = output is null ? null : string.IsNullOrEmpty(publishedRoot) ? output : Path.Combine(output, publishedRoot);
        var redirects = output is null ? [] : RedirectSources.Read(served == output ? [output] : [output, served!]);
        if (output is not null)
        {
            var named = InParallel(rows.Where(CutoverRules.HasPage), row => (row.NewUrl, row.OutputPath, From: FrontMatterRedirects(Path.Combine(output, row.OutputPath))));
            foreach (var (newUrl, outputPath, froms) in named)
            {
                foreach (var from in froms)
                {
                    if (SiteAddress.Of(from) is { HasQuery: false } source)
                        redirects.TryAdd(source.Path, (newUrl, outputPath));
                }
            }
        }

        bool IsPage(string path) => CutoverRules.Forms(path).Any(form => pages.Contains(PathKey.Of(form)));
        foreach (var breaks in InParallel(rows, row => Breaks(row).ToList()))
        {
            foreach (var problem in breaks)
                found(problem);
        }
        return redirects.Count;

        IEnumerable<CutoverProblem> Breaks(AuditRow row)
        {
            if (output is not null && CutoverRules.HasPage(row))
            {
                foreach (var problem in PageFiles(row, output, served!, hosts, IsPage, flavor ?? MarkdownFlavor.CommonMark))
                    yield return problem;
            }
            if (!CutoverRules.MustAnswer(row))
                yield break;
            var path = SiteAddress.Of(row.OldUrl)!.Value.Path;
            if (IsPage(path))
                yield break;
            if (CutoverRules.Forms(path).Select(p => redirects.TryGetValue(p, out var r) ? r : default).FirstOrDefault(r => r.To is not null) is not { To: { } to, File: var file })
            {
                yield return new(CutoverDiagnostics.OldUrlUnanswered(row.OldUrl, row.Title), row.OldUrl, "", row);
                yield break;
            }
            if (SiteAddress.Of(to) is not { } target || (target.Host.Length > 0 && !hosts.Contains(target.Host)))
                yield break;
            if (PageReferences.IsFile(to))
            {
                if (output is not null && !HasFile(output, served!, target.Path))
                    yield return new(CutoverDiagnostics.FileOnOldHost(to, $"the redirect from {row.OldUrl} ({file})"), to, file, row);
            }
            else if (!IsPage(target.Path))
            {
                yield return new(CutoverDiagnostics.RedirectTargetMissing(row.OldUrl, to, file), to, file, row);
            }
        }
    }

    /// <summary>
    /// <paramref name="work"/> on every row, on every core, the results in the rows' order; the rows are read as the
    /// work goes, not all first.
    /// </summary>
    private static ParallelQuery<T> InParallel<T>(IEnumerable<AuditRow> rows, Func<AuditRow, T> work) =>
        rows.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(work);

    /// <summary>
    /// The files the item's page names (its body rendered as its generator would, Markdown included) by a root-relative
    /// address or on the site's own hosts, that neither the output's files nor its pages answer: CUT003 and CUT004.
    /// </summary>
    private static IEnumerable<CutoverProblem> PageFiles(AuditRow row, string output, string served, HashSet<string> hosts, Func<string, bool> isPage, MarkdownFlavor flavor)
    {
        var file = Path.Combine(output, row.OutputPath);
        if (row.OutputPath.Length == 0 || IsImportFile(file) || SiteAddress.Of(row.NewUrl) is not { } page || !File.Exists(file) || new FileInfo(file).LinkTarget is not null)
            yield break;
        var text = File.ReadAllText(file);
        var split = FrontMatterReader.Split(text);
        var body = split.HasFrontMatter ? split.Body : text;
        var html = Path.GetExtension(file) is ".md" or ".markdown"
            ? MarkdownRenderer.ToLinkingHtml(body, flavor)
            : body;
        var where = page.Display;
        foreach (var url in PageReferences.Read(html).Files.Select(f => f.Url).Distinct(StringComparer.Ordinal))
        {
            if (SiteAddress.Of(url) is not { } address || (address.Host.Length > 0 && !hosts.Contains(address.Host)))
                continue;
            if (HasFile(output, served, address.Path) || isPage(address.Path))
                continue;
            yield return new(address.Host.Length == 0 ? CutoverDiagnostics.FileMissing(url, where) : CutoverDiagnostics.FileOnOldHost(url, where), url, where, row);
        }
    }

    /// <summary>
    /// An import file (a WordPress export, a Ghost JSON file) holds every item, not one page: reading it once per item
    /// would read the whole export as many times as it has items, for files a page never names.
    /// </summary>
    private static bool IsImportFile(string file) => Path.GetExtension(file) is ".xml" or ".json";

    /// <summary>
    /// The URLs a page's front matter redirects from (jekyll-redirect-from, Hugo's aliases). The YAML is read only when
    /// it names one of those keys.
    /// </summary>
    private static List<string> FrontMatterRedirects(string file)
    {
        if (IsImportFile(file) || !File.Exists(file) || new FileInfo(file).Length > FrontMatterReader.MaxFrontMatterChars * 4L)
            return [];
        var split = FrontMatterReader.Split(File.ReadAllText(file));
        if (split.Yaml is not { } yaml || !RedirectKeys.Any(k => yaml.Contains(k, StringComparison.Ordinal)))
            return [];
        return
        [
            .. FrontMatterReader.Read(split).Fields
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
