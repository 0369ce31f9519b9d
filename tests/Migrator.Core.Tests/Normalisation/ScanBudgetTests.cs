using System.Text.RegularExpressions;
using Migrator.Core.Model;
using Migrator.Core.Normalisation;

namespace Migrator.Core.Tests.Normalisation;

/// <summary>A scan's time budget running out once is the clock's doing, twice the text's: only the second counts.</summary>
public sealed class ScanBudgetTests
{
    private static readonly RegexMatchTimeoutException RanOut = new("x", "y", TimeSpan.FromSeconds(5));

    [Fact]
    public void A_scan_that_runs_out_once_is_run_again_and_its_first_try_leaves_no_trace()
    {
        var (context, bag) = TestPosts.Context();
        var post = TestPosts.WordPress("text");
        var tries = 0;
        var result = ScanBudget.Run(post, context, "wpautop", scan =>
        {
            tries++;
            scan.Diagnostics.Report(NormaliseDiagnostics.UnknownShortcodeKept(post.Source, "try" + tries, 1));
            if (tries == 1)
                throw RanOut;
            return post.WithBody("<p>text</p>");
        });
        Assert.Equal(2, tries);
        Assert.Equal("<p>text</p>", result.Content.Text);
        Assert.Equal(["NRM020"], bag.Codes());
        Assert.Contains("try2", bag.Items.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_that_runs_out_twice_is_skipped_with_NRM090_and_the_post_kept()
    {
        var (context, bag) = TestPosts.Context();
        var post = TestPosts.WordPress("text");
        var tries = 0;
        var result = ScanBudget.Run(post, context, "wpautop", _ =>
        {
            tries++;
            throw RanOut;
        });
        Assert.Equal(2, tries);
        Assert.Same(post, result);
        Assert.Equal(["NRM090"], bag.Codes());
    }

    [Fact]
    public void A_pure_scan_is_retried_once_then_lets_the_timeout_through()
    {
        var tries = 0;
        Assert.Equal(7, ScanBudget.Retry(() => ++tries == 1 ? throw RanOut : 7));
        tries = 0;
        Assert.Throws<RegexMatchTimeoutException>(() => ScanBudget.Retry<int>(() => { tries++; throw RanOut; }));
        Assert.Equal(2, tries);
    }
}
