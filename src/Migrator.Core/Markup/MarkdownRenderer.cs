using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    /// <summary>
    /// The HTML <see cref="ToHtml"/> renders, reduced to the markup that can name another file: the raw HTML as written,
    /// and Markdig's own <c>&lt;a href&gt;</c> and <c>&lt;img src&gt;</c> for each Markdown link, autolink and image, with
    /// the URL escaped as Markdig escapes it; text, code and every other tag are left out (docs/cutover.md, "Files a page
    /// names"). What is left out is escaped text and tags without addresses, so it cannot open or close a tag, a comment
    /// or a <c>&lt;script&gt;</c> of the raw HTML around it: an HTML reader finds the same addresses, in the same order,
    /// in this as in the whole page, from a fraction of the text.
    /// </summary>
    public static string ToLinkingHtml(string markdown, MarkdownFlavor flavor = MarkdownFlavor.CommonMark)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        WriteLinking(Markdown.Parse(markdown, Pipeline(flavor)), renderer);
        return writer.ToString();
    }

    /// <summary>Writes what of <paramref name="node"/> can name a file, as Markdig's renderers write it.</summary>
    private static void WriteLinking(MarkdownObject node, HtmlRenderer renderer)
    {
        switch (node)
        {
            case HtmlBlock block:
                renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: false);
                break;
            case HtmlInline inline:
                renderer.Write(inline.Tag).WriteLine();
                break;
            case LinkInline { IsImage: true } image:
                // An image's description is rendered as plain alt text: nothing in it is markup.
                renderer.Write("<img src=\"").WriteEscapeUrl(DestinationOf(image)).WriteLine("\" />");
                break;
            case LinkInline link:
                renderer.Write("<a href=\"").WriteEscapeUrl(DestinationOf(link)).WriteLine("\">");
                WriteChildren(link, renderer);
                break;
            case AutolinkInline autolink:
                renderer.Write("<a href=\"").WriteEscapeUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url).WriteLine("\">");
                break;
            case ContainerInline container:
                WriteChildren(container, renderer);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                    WriteLinking(child, renderer);
                break;
            case LeafBlock { Inline: { } inlines }:
                WriteChildren(inlines, renderer);
                break;
        }
    }

    private static void WriteChildren(ContainerInline container, HtmlRenderer renderer)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            WriteLinking(child, renderer);
    }

    /// <summary>The URL Markdig's link renderer writes: a heading link's computed one, else the link's own.</summary>
    private static string? DestinationOf(LinkInline link) => link.GetDynamicUrl is { } dynamic ? dynamic() ?? link.Url : link.Url;

    internal static MarkdownPipeline Pipeline(MarkdownFlavor flavor) => flavor switch
    {
        MarkdownFlavor.Kramdown => KramdownPipeline,
        MarkdownFlavor.Goldmark => GoldmarkPipeline,
        MarkdownFlavor.MarkdownIt => MarkdownItPipeline,
        _ => CommonMarkPipeline,
    };
}
