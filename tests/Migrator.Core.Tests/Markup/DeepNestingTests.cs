using Migrator.Core.Diagnostics;
using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Tests.Markup;

/// <summary>
/// A body nested thousands of elements deep converts without exhausting the stack: below the Markdown depth limit it is
/// kept as raw HTML, and the fidelity notes and a warning say so; deeper than the parser's limit, the item fails alone. The tests run on a thread with a 1 MB stack, the
/// smallest the program meets (.NET gives the main thread 8 MB on Linux and thread-pool threads 1.5 MB; with
/// <c>--jobs</c> above 1 the conversion runs on the thread pool), so a recursion left unbounded fails here first.
/// </summary>
public sealed class DeepNestingTests
{
    private const int OneMegabyte = 1024 * 1024;

    private static string Nested(string open, string close, int depth, string inner = "x") =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    /// <summary>Runs <paramref name="work"/> on a new thread with a 1 MB stack and returns its result (a stack overflow kills the test host).</summary>
    private static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                error = ex;
            }
        }, OneMegabyte);
        thread.Start();
        thread.Join();
        if (error is not null)
            throw new InvalidOperationException("the conversion threw", error);
        return result;
    }

    /// <summary>Runs <paramref name="work"/> on a 1 MB stack and returns what it threw.</summary>
    private static Exception? ThrownOnSmallStack(Action work)
    {
        try
        {
            OnSmallStack(() =>
            {
                work();
                return 0;
            });
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return ex.InnerException;
        }
    }

    [Fact]
    public void Twelve_thousand_nested_lists_fail_alone_with_a_clear_message_on_a_1_MB_stack()
    {
        var html = Nested("<ul><li>", "</li></ul>", 12_000);
        Assert.True(html.Length > 210_000);
        var thrown = ThrownOnSmallStack(() => HtmlToMarkdownConverter.ConvertAndCheck(html, null, MarkdownFlavor.Goldmark));

        var tooDeep = Assert.IsType<MarkupTooDeepException>(thrown);
        Assert.Equal(4096, tooDeep.Limit);
        Assert.Contains("nests elements more than 4096 deep", tooDeep.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_nested_divs_fail_alone_on_a_1_MB_stack()
    {
        var html = Nested("<div>", "</div>", 20_000);
        Assert.IsType<MarkupTooDeepException>(ThrownOnSmallStack(() => HtmlToMarkdownConverter.Convert(html)));
        Assert.IsType<MarkupTooDeepException>(ThrownOnSmallStack(() => FidelityCheck.Check(html, "x\n", MarkdownFlavor.CommonMark)));
    }

    [Fact]
    public void Two_thousand_nested_lists_convert_on_a_1_MB_stack_kept_as_raw_HTML_below_the_Markdown_limit_and_reported()
    {
        var html = Nested("<ul><li>", "</li></ul>", 2_000);
        var diagnostics = new DiagnosticBag();
        var (markdown, fidelity) = OnSmallStack(() => HtmlToMarkdownConverter.ConvertAndCheck(html, null, MarkdownFlavor.Goldmark, diagnostics));

        Assert.StartsWith("- + - + ", markdown, StringComparison.Ordinal);
        Assert.Contains("<ul><li><ul><li>x</li></ul>", markdown, StringComparison.Ordinal);
        Assert.Equal(FidelityVerdict.Exact, fidelity.Verdict);
        Assert.Contains("elements nested 4000 deep: kept as raw HTML below depth 64", fidelity.Notes, StringComparison.Ordinal);
        Assert.Equal("MKD001", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Four_thousand_nested_divs_convert_on_a_1_MB_stack()
    {
        var html = Nested("<div>", "</div>", 4_000);
        var (markdown, fidelity) = OnSmallStack(() => HtmlToMarkdownConverter.ConvertAndCheck(html, null, MarkdownFlavor.CommonMark));

        Assert.Contains("<div><div>x</div></div>", markdown, StringComparison.Ordinal);
        Assert.Equal(FidelityVerdict.Exact, fidelity.Verdict);
        Assert.Contains("elements nested 4000 deep", fidelity.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_inline_elements_stay_raw_HTML_inside_the_paragraph()
    {
        var html = "<p>a " + Nested("<span>", "</span>", 4_000) + " b</p>";
        var markdown = OnSmallStack(() => HtmlToMarkdownConverter.Convert(html));

        Assert.StartsWith("a <span><span>", markdown, StringComparison.Ordinal);
        Assert.EndsWith("</span></span> b\n", markdown, StringComparison.Ordinal);
        Assert.Equal(FidelityVerdict.Exact, OnSmallStack(() => FidelityCheck.Check(html, markdown, MarkdownFlavor.CommonMark)).Verdict);
    }

    [Fact]
    public void Nesting_within_the_limit_stays_Markdown_and_is_not_reported()
    {
        var html = Nested("<blockquote>", "</blockquote>", HtmlDepth.MarkdownLimit);
        var diagnostics = new DiagnosticBag();
        var (markdown, fidelity) = HtmlToMarkdownConverter.ConvertAndCheck(html, null, MarkdownFlavor.CommonMark, diagnostics);

        Assert.Equal(string.Concat(Enumerable.Repeat("> ", HtmlDepth.MarkdownLimit)) + "x\n", markdown);
        Assert.Equal(FidelityVerdict.TextEqual, fidelity.Verdict); // Markdown adds the paragraph the bare text lacked
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_pre_holding_deeply_nested_markup_is_written_without_HtmlAgilityPacks_recursive_OuterHtml()
    {
        var html = "<pre>" + Nested("<b>", "</b>", 4_000) + "</pre>";
        var markdown = OnSmallStack(() => HtmlToMarkdownConverter.Convert(html));

        Assert.StartsWith("<pre><b><b>", markdown, StringComparison.Ordinal);
        Assert.EndsWith("</b></b></pre>\n", markdown, StringComparison.Ordinal);
    }
}
