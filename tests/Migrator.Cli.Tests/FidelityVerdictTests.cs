using System.Text.RegularExpressions;
using Migrator.Testing;

namespace Migrator.Cli.Tests;

/// <summary>
/// The fidelity verdict on bodies whose real rendering is known: markup that renders the same is exact, a known loss
/// is changed. Each case is checked in the page real Jekyll builds, not by assumption.
/// </summary>
public sealed partial class FidelityVerdictTests(ITestOutputHelper output)
{
    private static readonly Dictionary<int, string> Bodies = new()
    {
        // An author's <pre> around a code shortcode: WordPress showed the code in a pre in a pre, then the paragraph.
        [10] = "<pre>[sourcecode language=\"php\"]\necho 1;\n[/sourcecode]</pre>\n\nAfter the code.",
        // A comment spanning a blank line: invisible in WordPress. Markdown (CommonMark) ends the HTML block at the
        // blank line, and the comment left open hides the rest of the page (Hugo); kramdown keeps it whole.
        [12] = "Before the comment.\n\n<!-- a note\n\nstill the note -->\n\nAfter the comment.",
        // Strikethrough and bold in their several forms, entities in several forms: all render alike.
        [2] = "Pro <del>a</del> <s>b</s> <strike>c</strike> <b>d</b> <strong>e</strong> &amp; &#38; f.",
        // Paragraphs inside a div: written as Markdown between raw <div> lines, which kramdown reads as Markdown only
        // because the writer marks the div markdown="1".
        [11] = "<div class=\"note\">\n\nSome <em>text</em> here.\n\n</div>",
        // A URL in angle brackets is an unknown tag to a browser: WordPress showed nothing there.
        [3] = "See <http://www.youtube.com/watch> and the list:\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
    };

    [Fact]
    public void Markup_that_renders_the_same_is_exact_and_known_losses_are_changed_in_real_Jekyll()
    {
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var export = CliRun.SampleWithBodies(temp.Combine("export.xml"), Bodies);
        var converted = CliRun.Run("convert", export, "--to", "jekyll", "--out", site, "--quiet");
        Assert.True(converted.ExitCode == 0, converted.Stderr);
        var rows = CliRun.ReadReport(Path.Combine(site, "migration-report.csv")).ToDictionary(r => r["source_id"], StringComparer.Ordinal);
        foreach (var id in Bodies.Keys)
            output.WriteLine($"{id}: {rows[id.ToString(System.Globalization.CultureInfo.InvariantCulture)]["fidelity"]} {rows[id.ToString(System.Globalization.CultureInfo.InvariantCulture)]["fidelity_notes"]}");

        Assert.Equal("exact", rows["10"]["fidelity"]);
        Assert.Equal("exact", rows["2"]["fidelity"]);
        Assert.Equal("changed", rows["12"]["fidelity"]);
        Assert.Equal("changed", rows["3"]["fidelity"]);
        Assert.Equal("exact", rows["11"]["fidelity"]);

        JekyllBuild.Require();
        var (built, log) = JekyllBuild.Run(site);
        Assert.True(built == 0, log);
        string Page(string id) => File.ReadAllText(JekyllBuild.ExpectedPage(site, rows[id]["new_url"]));

        // Exact, and truly the same: the shortcode inside the pre is one code block (highlighted as PHP), the paragraph
        // after it outside.
        Assert.Matches(CodeThenParagraph(), Page("10"));
        // Exact: <s> and <strike> became <del>, <b> <strong>, which a browser draws the same.
        Assert.Contains("<del>a</del> <del>b</del> <del>c</del> <strong>d</strong> <strong>e</strong> &amp; &amp; f.", Page("2"), StringComparison.Ordinal);
        // Exact, and truly the same: kramdown reads the Markdown inside the marked div, and drops the mark.
        Assert.Contains("Some <em>text</em> here.", Page("11"), StringComparison.Ordinal);
        Assert.DoesNotContain("markdown=", Page("11"), StringComparison.Ordinal);
        // Changed, and truly so: the new page shows a link where the old one showed nothing.
        Assert.Contains("youtube", Page("3"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_spanning_a_blank_line_is_changed_and_Hugo_really_loses_the_text_after_it()
    {
        HugoBuild.RequireHugo();
        using var temp = Corpus.NewTempFolder();
        var site = temp.Combine("site");
        var export = CliRun.SampleWithBodies(temp.Combine("export.xml"), new Dictionary<int, string> { [12] = Bodies[12] });
        var converted = CliRun.Run("convert", export, "--to", "hugo", "--out", site, "--quiet");
        Assert.True(converted.ExitCode == 0, converted.Stderr);
        var row = CliRun.ReadReport(Path.Combine(site, "migration-report.csv")).Single(r => r["source_id"] == "12");
        Assert.Equal("changed", row["fidelity"]);

        var build = HugoBuild.Build(site, temp.Combine("public"));
        Assert.True(build.ExitCode == 0, build.ToString());
        var page = Directory.GetFiles(temp.Combine("public"), "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Single(p => p.Contains("Before the comment.", StringComparison.Ordinal));
        output.WriteLine(page);
        // The comment is left open in the page: a browser hides everything after "<!--", "After the comment." too.
        var opened = page.IndexOf("<!-- a note", StringComparison.Ordinal);
        Assert.True(opened >= 0);
        var closed = page.IndexOf("-->", opened, StringComparison.Ordinal);
        var after = page.IndexOf("After the comment.", opened, StringComparison.Ordinal);
        Assert.True(after > opened && (closed < 0 || closed > after), "the rendered page shows the text after the comment: then the verdict should not be changed");
    }

    [GeneratedRegex(@"<div class=""language-php highlighter-rouge""><div class=""highlight""><pre class=""highlight""><code>(?:(?!<pre).)*echo(?:(?!<pre).)*1(?:(?!<pre).)*;(?:</span>)?\s*</code></pre></div></div>\s*<p>After the code\.</p>", RegexOptions.Singleline)]
    private static partial Regex CodeThenParagraph();
}
