using System.Text;
using Migrator.Core.Markup;
using Migrator.Core.Markup.Fidelity;
using Migrator.Core.Markup.HtmlToMarkdown;
using Migrator.Core.Pipeline;

namespace Migrator.Core.Tests.Markup;

/// <summary>Checks a conversion twice: the exact Markdown, and what that Markdown renders back to.</summary>
internal static class ConversionAssert
{
    public static readonly HtmlToMarkdownOptions CommonMarkOnly = new() { Gfm = false };

    /// <summary>Asserts the exact Markdown and that it renders back to the same HTML (after the fidelity normalisation).</summary>
    public static void Converts(string html, string expectedMarkdown, HtmlToMarkdownOptions? options = null)
    {
        var markdown = HtmlToMarkdownConverter.Convert(html, options);
        Assert.Equal(Visible(expectedMarkdown), Visible(markdown));
        var flavor = options?.Gfm == false ? MarkdownFlavor.CommonMark : MarkdownFlavor.Goldmark;
        var fidelity = FidelityCheck.Check(html, markdown, flavor);
        Assert.True(fidelity.Verdict == FidelityVerdict.Exact,
            $"rendering back differs ({fidelity.Verdict}: {fidelity.Notes})\nrendered: {Visible(MarkdownRenderer.ToHtml(markdown, flavor))}");
    }

    /// <summary>Shows tabs, trailing spaces and U+00A0 in failure messages.</summary>
    public static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\t' => "→",
                '\u00A0' => "⍽",
                _ => c.ToString(),
            });
        }
        return sb.Replace(" \n", "·\n").ToString();
    }
}
