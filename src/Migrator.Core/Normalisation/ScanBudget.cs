using System.Text.RegularExpressions;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Normalisation;

/// <summary>
/// Runs a scan whose regular expressions have a time budget, the guard against text that makes a pattern backtrack
/// without end. The budget is time, so on a loaded machine the clock rather than the text may run out: a scan that
/// runs out is run once more before it counts, so that the output does not depend on what else the machine was doing
/// (docs/wordpress-content.md#scans-with-a-time-budget). Diagnostics of a try that ran out are dropped, not doubled.
/// </summary>
public static class ScanBudget
{
    /// <summary>The scan's result, tried twice; throws <see cref="RegexMatchTimeoutException"/> when both tries run out.</summary>
    public static T Retry<T>(Func<T> scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        try
        {
            return scan();
        }
        catch (RegexMatchTimeoutException)
        {
            return scan();
        }
    }

    /// <summary>
    /// The transform's scan of <paramref name="post"/>, tried twice; when both run out, NRM090 and
    /// <paramref name="kept"/> (the post as it was, by default).
    /// </summary>
    public static Post Run(Post post, TransformContext context, string step, Func<TransformContext, Post> scan, Func<Post>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scan);
        try
        {
            var (result, reported) = Retry(() =>
            {
                var bag = new DiagnosticBag();
                return (scan(context with { Diagnostics = bag }), bag);
            });
            foreach (var diagnostic in reported.Items)
                context.Diagnostics.Report(diagnostic);
            return result;
        }
        catch (RegexMatchTimeoutException)
        {
            context.Diagnostics.Report(NormaliseDiagnostics.TransformSkipped(post.Source, step, "the content is too irregular to scan in time"));
            return kept is null ? post : kept();
        }
    }
}
