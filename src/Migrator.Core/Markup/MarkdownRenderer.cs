using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace Migrator.Core.Markup;

/// <summary>Markdown flavours Migrator renders.</summary>
public enum MarkdownFlavor
{
    /// <summary>Plain CommonMark: the judge of the Markdown we write.</summary>
    CommonMark,
    /// <summary>As close to Jekyll's kramdown as Markdig goes (tables, footnotes, definition lists…).</summary>
    Kramdown,
    /// <summary>As close to Hugo's Goldmark (CommonMark + GFM) as Markdig goes.</summary>
    Goldmark,
    /// <summary>As close to markdown-it's default (Eleventy's and Astro's renderer: CommonMark, tables, strikethrough, no autolinks) as Markdig goes.</summary>
    MarkdownIt,
}

/// <summary>
/// Renders Markdown to HTML with Markdig. The pipelines are built once and never change:
/// <list type="bullet">
/// <item><see cref="MarkdownFlavor.CommonMark"/>: plain Markdig, no extension.</item>
/// <item><see cref="MarkdownFlavor.Kramdown"/>: pipe tables, footnotes, definition lists, abbreviations, and heading
/// ids from ASCII letters, digits and dashes like kramdown's <c>auto_ids</c> (Markdig transliterates accented letters
/// where kramdown drops them); <c>~~strikethrough~~</c> as the GFM input our <c>_config.yml</c> names renders it
/// (<c>&lt;del&gt;</c>), no other emphasis extras, no typographic quotes or dashes (kramdown's <c>smart_quotes</c> and
/// <c>typographic_syms</c> are not rendered).</item>
/// <item><see cref="MarkdownFlavor.Goldmark"/>: CommonMark plus GFM tables, strikethrough, autolinks and task lists.</item>
/// <item><see cref="MarkdownFlavor.MarkdownIt"/>: CommonMark plus pipe tables and strikethrough.</item>
/// </list>
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline CommonMarkPipeline = new MarkdownPipelineBuilder().Build();

    private static readonly MarkdownPipeline KramdownPipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseAbbreviations()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .Build();

    private static readonly MarkdownPipeline GoldmarkPipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseTaskLists()
        .Build();

    private static readonly MarkdownPipeline MarkdownItPipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <summary>Renders <paramref name="markdown"/> to HTML in the given flavour.</summary>
    public static string ToHtml(string markdown, MarkdownFlavor flavor = MarkdownFlavor.CommonMark)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Markdown.ToHtml(markdown, Pipeline(flavor));
    }

    internal static MarkdownPipeline Pipeline(MarkdownFlavor flavor) => flavor switch
    {
        MarkdownFlavor.Kramdown => KramdownPipeline,
        MarkdownFlavor.Goldmark => GoldmarkPipeline,
        MarkdownFlavor.MarkdownIt => MarkdownItPipeline,
        _ => CommonMarkPipeline,
    };
}
