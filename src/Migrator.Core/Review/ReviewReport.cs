using System.Globalization;
using System.Net;
using Migrator.Core.Diagnostics;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Output;
using Migrator.Core.Reporting;

namespace Migrator.Core.Review;

/// <summary>
/// The review report (<c>migration-report.html</c>): one self-contained HTML file for the owner checking a migration
/// before cutover. First the verdict and what breaks at cutover (<see cref="CutoverForecast"/>), then the summary, the
/// old site's archive and feed URLs, and a table of every audit row, filterable and sortable by plain inline script
/// (every row shows, and the page reads top to bottom, with scripts off), then every message code it uses, explained.
/// No network: no external script, style, font or image.
/// </summary>
public static class ReviewReport
{
    /// <summary>Writes the report atomically.</summary>
    /// <param name="path">Where the report goes.</param>
    /// <param name="rows">The audit's rows.</param>
    /// <param name="breaks">What breaks at cutover.</param>
    /// <param name="catalogue">Explains the codes.</param>
    /// <param name="redirects">How many redirects the output holds (server files and front matter).</param>
    /// <param name="diffs">The side-by-side view of each body that is not exact, in the rows' order.</param>
    public static void Write(string path, IEnumerable<AuditRow> rows, BreakTable breaks, MessageCatalogue catalogue, int redirects,
        BodyDiffTable? diffs = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(breaks);
        ArgumentNullException.ThrowIfNull(catalogue);
        using var file = new AtomicFileWriter(path);
        Render(file.Writer, rows, breaks, catalogue, redirects, diffs);
        file.Commit();
    }

    /// <summary>Renders the report with the breaks given as a list.</summary>
    public static void Render(TextWriter w, IEnumerable<AuditRow> rows, IReadOnlyList<CutoverProblem> breaks, MessageCatalogue catalogue, int redirects,
        BodyDiffTable? diffs = null)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        using var table = BreakTable.InMemory(catalogue);
        foreach (var problem in breaks)
            table.Add(problem);
        Render(w, rows, table, catalogue, redirects, diffs);
    }

    /// <summary>
    /// Renders the report. The rows are passed over twice, never held: once for the counts and lists the report opens
    /// with (<see cref="RowTally"/>), once for the table of every row; <paramref name="rows"/> may read the audit file anew
    /// on each pass (<see cref="AuditReportReader.Rows"/>).
    /// </summary>
    public static void Render(TextWriter w, IEnumerable<AuditRow> rows, BreakTable breaks, MessageCatalogue catalogue, int redirects,
        BodyDiffTable? diffs = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(breaks);
        ArgumentNullException.ThrowIfNull(catalogue);
        var tally = RowTally.Of(rows);
        var failed = tally.Items.Count(ItemResult.Failed);
        var changed = tally.Fidelity.GetValueOrDefault("changed");

        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Migration review</title>\n<style>");
        w.Write(Style);
        w.Write("</style>\n</head>\n<body>\n<h1>Migration review</h1>\n");

        // The verdict: what to do before switching DNS.
        var verdictClass = breaks.Count > 0 || failed > 0 ? "bad" : changed > 0 ? "check" : "good";
        w.Write($"<p id=\"verdict\" class=\"verdict {verdictClass}\">");
        w.Write(breaks.Count == 0 && failed == 0
            ? "Nothing is foreseen to break at cutover."
            : $"{N(breaks.Count)} thing(s) break at cutover; {N(failed)} item(s) failed.");
        if (changed > 0)
            w.Write($" {N(changed)} converted bod{(changed == 1 ? "y" : "ies")} changed: compare them by eye.");
        w.Write(" After building the new site, run <code>migrator verify</code> on it to check the build itself.</p>\n");

        WriteBreaks(w, breaks);
        WriteSummary(w, tally, redirects);
        WriteArchives(w, tally.OldHosts);
        WriteItems(w, rows, tally, catalogue, diffs);
        WriteCodes(w, tally.Codes, breaks.Codes, catalogue);
        w.Write("<script>");
        w.Write(Script);
        w.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>What the report says of all rows before it lists them, counted in one pass.</summary>
    private sealed class RowTally
    {
        /// <summary>Results of the items (every row but media), of media, and of the items by type.</summary>
        public ResultCounts Items { get; } = new();
        public ResultCounts Media { get; } = new();
        public SortedDictionary<string, ResultCounts> ItemTypes { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Types { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Codes { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, int> Fidelity { get; } = new(StringComparer.Ordinal);
        public HashSet<string> OldHosts { get; } = new(StringComparer.Ordinal);
        public int Rows { get; private set; }
        public int Comments { get; private set; }

        public static RowTally Of(IEnumerable<AuditRow> rows)
        {
            var tally = new RowTally();
            foreach (var row in rows)
                tally.Add(row);
            return tally;
        }

        private void Add(AuditRow row)
        {
            Rows++;
            Types.Add(row.Type);
            Codes.UnionWith(ReviewReport.Codes(row));
            CutoverRules.AddHost(OldHosts, row.OldUrl);
            if (row.Type == "media")
            {
                Media.Add(row.Result);
                return;
            }
            Items.Add(row.Result);
            if (!ItemTypes.TryGetValue(row.Type, out var ofType))
                ItemTypes[row.Type] = ofType = new ResultCounts();
            ofType.Add(row.Result);
            Comments += row.Comments;
            if (row.Fidelity.Length > 0)
                Fidelity[row.Fidelity] = Fidelity.GetValueOrDefault(row.Fidelity) + 1;
        }
    }

    /// <summary>How many rows have each result.</summary>
    private sealed class ResultCounts
    {
        private readonly int[] counts = new int[Enum.GetValues<ItemResult>().Length];

        public int Total => counts.Sum();

        public void Add(ItemResult result) => counts[(int)result]++;

        public int Count(ItemResult result) => counts[(int)result];
    }

    private static void WriteBreaks(TextWriter w, BreakTable breaks)
    {
        w.Write($"<section id=\"breaks\">\n<h2>Breaks at cutover ({N(breaks.Count)})</h2>\n");
        if (breaks.Count == 0)
        {
            w.Write("<p>Every old URL the old site published has a page or a redirect, and no page points at a file left on the old host.</p>\n</section>\n");
            return;
        }
        w.Write("<table class=\"breaks\">\n<thead><tr><th>code</th><th>what breaks</th><th>where</th><th>item</th><th>why, and what to do</th></tr></thead>\n<tbody>\n");
        breaks.WriteRowsTo(w);
        w.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteSummary(TextWriter w, RowTally tally, int redirects)
    {
        w.Write("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<thead><tr><th>type</th><th>written</th><th>skipped</th><th>failed</th></tr></thead>\n<tbody>\n");
        var types = tally.ItemTypes.AsEnumerable();
        if (tally.Media.Total > 0)
            types = types.Append(new("media", tally.Media));
        foreach (var (type, ofType) in types)
        {
            w.Write($"<tr><td>{H(type)}</td>");
            foreach (var result in Enum.GetValues<ItemResult>())
            {
                var count = ofType.Count(result);
                w.Write(count == 0
                    ? "<td>0</td>"
                    : $"<td><button type=\"button\" class=\"link\" data-filter=\"type\" data-value=\"{H(type)}\" data-filter2=\"result\" data-value2=\"{Word(result)}\">{N(count)}</button></td>");
            }
            w.Write("</tr>\n");
        }
        var items = tally.Items;
        var media = tally.Media;
        w.Write("</tbody>\n</table>\n<ul>\n");
        w.Write($"<li>{N(items.Total)} items read: {N(items.Count(ItemResult.Written))} written, {N(items.Count(ItemResult.Skipped))} skipped, {N(items.Count(ItemResult.Failed))} failed.</li>\n");
        w.Write($"<li>Comments written: {N(tally.Comments)}.</li>\n");
        w.Write($"<li>Media files: {(media.Total == 0 ? "none copied (this run copied no media)" : $"{N(media.Total - media.Count(ItemResult.Failed))} in the new site, {N(media.Count(ItemResult.Failed))} failed")}.</li>\n");
        w.Write($"<li>Redirects written: {N(redirects)}.</li>\n");
        if (tally.Fidelity.Count > 0)
            w.Write($"<li>Body fidelity (the Markdown rendered back and compared): {string.Join(", ", tally.Fidelity.Select(v => $"{N(v.Value)} {H(v.Key)}"))}.</li>\n");
        w.Write("</ul>\n</section>\n");
    }

    /// <summary>The old site's archive and feed URLs, which no item's row names, and what answers them.</summary>
    private static void WriteArchives(TextWriter w, HashSet<string> hosts)
    {
        w.Write("<section id=\"archives\">\n<h2>Archive and feed URLs of the old site</h2>\n");
        w.Write("<p>WordPress also answered these URLs, which are no items and have no row below. Search engines and feed readers know them; check what the new site answers.</p>\n");
        w.Write("<table>\n<thead><tr><th>old URL</th><th>on the new site</th></tr></thead>\n<tbody>\n");
        w.Write("<tr><td><code>/category/NAME/</code>, <code>/tag/NAME/</code></td><td>Hugo makes <code>/categories/NAME/</code> and <code>/tags/NAME/</code>; with <code>--redirects</code> the old archive URLs redirect there. Jekyll makes no archive pages unless the theme or a plugin does: they answer 404.</td></tr>\n");
        w.Write("<tr><td><code>/feed/</code>, <code>/comments/feed/</code></td><td>Hugo writes <code>/index.xml</code>; Jekyll writes a feed only with jekyll-feed (<code>/feed.xml</code>). The old feed URL answers 404 unless a server redirect sends it there: feed readers stop updating.</td></tr>\n");
        w.Write("<tr><td><code>/page/2/</code></td><td>The home page's later pages exist only when the layout paginates (Hugo's list layouts do; Jekyll needs jekyll-paginate).</td></tr>\n");
        w.Write("<tr><td><code>/?p=ID</code>, <code>/?page_id=ID</code></td><td>A static file cannot answer a query string: the server shows the home page. The nginx and Apache redirects (<code>--redirects nginx,apache</code>) send each to its post.</td></tr>\n");
        w.Write("</tbody>\n</table>\n");
        if (hosts.Count > 0)
            w.Write($"<p>The old site's hosts, as the export names them: {string.Join(", ", hosts.Order(StringComparer.Ordinal).Select(h => $"<code>{H(h)}</code>"))}.</p>\n");
        w.Write("</section>\n");
    }

    private static void WriteItems(TextWriter w, IEnumerable<AuditRow> rows, RowTally tally, MessageCatalogue catalogue, BodyDiffTable? diffs)
    {
        w.Write($"<section id=\"items\">\n<h2>Every item (<span id=\"shown\">{N(tally.Rows)}</span> of {N(tally.Rows)} shown)</h2>\n");
        w.Write("<form id=\"filters\" hidden>\n");
        Select(w, "result", "result", Enum.GetValues<ItemResult>().Select(Word));
        Select(w, "type", "type", tally.Types);
        Select(w, "code", "message code", tally.Codes);
        Select(w, "fidelity", "fidelity", tally.Fidelity.Keys);
        w.Write("<button type=\"button\" id=\"show-all\">show all</button>\n");
        foreach (var quick in new[] { ("result", "failed"), ("result", "skipped"), ("fidelity", "changed") })
            w.Write($"<button type=\"button\" data-filter=\"{quick.Item1}\" data-value=\"{quick.Item2}\">only {quick.Item2}</button>\n");
        w.Write("</form>\n<p class=\"hint\">Click a column heading to sort. Open an item's messages for what happened and what to do.</p>\n");
        w.Write("<table id=\"item-table\">\n<thead><tr><th>result</th><th>type</th><th>title</th><th>old URL → new URL</th><th>output path</th><th>fidelity</th><th>codes</th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            var rowCodes = Codes(r).ToList();
            w.Write($"<tr data-result=\"{Word(r.Result)}\" data-type=\"{H(r.Type)}\" data-code=\"{H(string.Join(' ', rowCodes))}\" data-fidelity=\"{H(r.Fidelity)}\">");
            w.Write($"<td class=\"{Word(r.Result)}\">{Word(r.Result)}</td><td>{H(r.Type)}<br><span class=\"dim\">{H(r.Status)}</span></td>");
            w.Write($"<td>{H(r.Title.Length > 0 ? r.Title : "(no title)")}<br><span class=\"dim\">{H(Path.GetFileName(r.SourceFile))}{(r.SourceId.Length > 0 ? " #" + H(r.SourceId) : "")}{(r.SourceLine > 0 ? " line " + N(r.SourceLine) : "")}</span>");
            var messages = Messages(r);
            // Asked of every row with an output path, so that the table's views are taken in the rows' order.
            var view = r.OutputPath.Length > 0 ? diffs?.Take(r.OutputPath) : null;
            var diff = r.Fidelity is "changed" or "text-equal" ? view : null;
            if (messages.Count > 0 || r.Reason.Length > 0 || r.FidelityNotes.Length > 0 || diff is not null)
            {
                w.Write($"<details><summary>{N(messages.Count)} message(s){(diff is null ? "" : ", the body side by side")}</summary>");
                if (r.Reason.Length > 0)
                    w.Write($"<p><b>Reason:</b> {H(r.Reason)}</p>");
                if (r.FidelityNotes.Length > 0)
                    w.Write($"<p><b>What differs in the body:</b> {H(r.FidelityNotes)}</p>");
                if (diff is not null)
                    w.Write(diff);
                foreach (var (code, message) in messages)
                {
                    var kind = catalogue.Find(code);
                    w.Write($"<p class=\"message\"><a href=\"#code-{H(code)}\">{H(code)}</a> <span class=\"dim\">{H(kind?.Severity.ToString().ToLowerInvariant() ?? "")}</span> {H(message)}");
                    if (kind is not null)
                        w.Write($"<br><span class=\"explain\">{H(kind.Title)}. {H(kind.Explanation)}</span>");
                    w.Write("</p>");
                }
                w.Write("</details>");
            }
            w.Write($"</td><td class=\"url\">{H(r.OldUrl)}{(r.NewUrl.Length > 0 && r.NewUrl != r.OldUrl ? "<br>→ " + H(r.NewUrl) : r.NewUrl.Length > 0 ? "<br><span class=\"dim\">(kept)</span>" : "")}</td>");
            w.Write($"<td class=\"url\">{H(r.OutputPath)}</td><td class=\"{H(r.Fidelity)}\">{H(r.Fidelity)}</td><td>{H(string.Join(' ', rowCodes))}</td></tr>\n");
        }
        w.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteCodes(TextWriter w, SortedSet<string> rowCodes, SortedSet<string> breakCodes, MessageCatalogue catalogue)
    {
        // A row's codes (Codes) hold the codes of its messages too.
        var codes = rowCodes.Concat(breakCodes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        w.Write("<section id=\"codes\">\n<h2>The messages of this report</h2>\n<dl>\n");
        foreach (var code in codes)
        {
            if (catalogue.Find(code) is not { } kind)
                continue;
            w.Write($"<dt id=\"code-{H(code)}\">{H(code)} <span class=\"dim\">{H(kind.Severity.ToString().ToLowerInvariant())}</span> {H(kind.Title)}</dt><dd>{H(kind.Explanation)}</dd>\n");
        }
        w.Write("</dl>\n</section>\n");
    }

    private static void Select(TextWriter w, string name, string label, IEnumerable<string> values)
    {
        w.Write($"<label>{H(label)} <select name=\"{name}\"><option value=\"\">all</option>");
        foreach (var v in values)
            w.Write($"<option>{H(v)}</option>");
        w.Write("</select></label>\n");
    }

    /// <summary>The codes of the row: its warnings, then the codes of its other messages.</summary>
    private static IEnumerable<string> Codes(AuditRow row) =>
        row.Warnings.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(Messages(row).Select(m => m.Code)).Distinct(StringComparer.Ordinal);

    /// <summary>The row's messages (<c>CODE: text | CODE: text</c>).</summary>
    private static List<(string Code, string Message)> Messages(AuditRow row) =>
        row.Messages.Length == 0 ? [] : [.. row.Messages.Split(" | ").Select(m => m.IndexOf(": ", StringComparison.Ordinal) is var at and > 0 && at <= 8 ? (m[..at], m[(at + 2)..]) : ("", m))];

    private static string Word(ItemResult result) => result.ToString().ToLowerInvariant();

    /// <summary>Text as HTML: every part of the report, its tables' rows included, is escaped by this.</summary>
    internal static string H(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A count as the report writes it (1,234).</summary>
    internal static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private const string Style = """

body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em auto; max-width: 80em; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } #item-table > thead th { cursor: pointer; } table.summary { width: auto; }
.url { word-break: break-all; font-size: .9em; } .dim { color: #666; font-size: .9em; } .explain { color: #444; font-size: .9em; }
.verdict { padding: .6em 1em; border-radius: 4px; font-weight: 600; } .verdict.good { background: #e5f5e5; } .verdict.check { background: #fff6d5; } .verdict.bad { background: #fde3e1; }
td.failed, td.changed { color: #a40000; font-weight: 600; } td.skipped { color: #775c00; }
#filters { display: flex; flex-wrap: wrap; gap: .5em 1em; margin: .5em 0; } #filters[hidden] { display: none; }
button.link { border: 0; background: none; color: #0645ad; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
tr[hidden] { display: none; } details p { margin: .3em 0; } .hint { color: #666; }
table.diff { table-layout: fixed; margin: .4em 0; font-size: .9em; } table.diff td { white-space: pre-wrap; overflow-wrap: anywhere; width: 50%; }
table.diff td.old { background: #fde3e1; } table.diff td.new { background: #e5f5e5; } table.diff tr.skip td { color: #666; font-style: italic; background: #f7f7f7; }
table.diff .mark { user-select: none; color: #666; padding-right: .3em; }
@media print { #filters, .hint { display: none; } details { display: block; } body { max-width: none; } }

""";

    private const string Script = """

(function () {
  "use strict";
  var table = document.getElementById("item-table");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var form = document.getElementById("filters");
  var shown = document.getElementById("shown");
  var filters = {};
  form.hidden = false;
  function matches(row) {
    return Object.keys(filters).every(function (name) {
      var wanted = filters[name];
      if (!wanted) { return true; }
      var value = row.getAttribute("data-" + name) || "";
      return name === "code" ? (" " + value + " ").indexOf(" " + wanted + " ") >= 0 : value === wanted;
    });
  }
  function apply() {
    var count = 0;
    rows.forEach(function (row) { var ok = matches(row); row.hidden = !ok; if (ok) { count++; } });
    shown.textContent = String(count);
  }
  function set(name, value) {
    filters[name] = value;
    var select = form.querySelector("select[name='" + name + "']");
    if (select) { select.value = value; }
  }
  Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) {
    select.addEventListener("change", function () { set(select.name, select.value); apply(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-filter]"), function (button) {
    button.addEventListener("click", function () {
      filters = {};
      Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) { select.value = ""; });
      set(button.getAttribute("data-filter"), button.getAttribute("data-value"));
      if (button.getAttribute("data-filter2")) { set(button.getAttribute("data-filter2"), button.getAttribute("data-value2")); }
      apply();
      if (!form.contains(button)) { document.getElementById("items").scrollIntoView(); }
    });
  });
  document.getElementById("show-all").addEventListener("click", function () {
    filters = {};
    Array.prototype.forEach.call(form.querySelectorAll("select"), function (select) { select.value = ""; });
    apply();
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.addEventListener("click", function () {
      var up = th.getAttribute("data-order") !== "up";
      th.setAttribute("data-order", up ? "up" : "down");
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent, y = b.cells[column].textContent;
        return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
}());

""";
}
