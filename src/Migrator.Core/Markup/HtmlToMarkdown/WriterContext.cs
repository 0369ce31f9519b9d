namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Read-only context passed down the DOM walk (pandoc's WriterEnv); what accumulates is in <see cref="MarkdownWriter"/>.</summary>
internal readonly record struct WriterContext(HtmlToMarkdownOptions Options)
{
    /// <summary>Inside a tight list item: inline content is not a paragraph and blocks are not separated by blank lines.</summary>
    public bool Tight { get; init; }

    /// <summary>Inside a GFM table cell: one line, <c>|</c> escaped, no hard breaks.</summary>
    public bool InTableCell { get; init; }

    /// <summary>Inside link text or image alt text: <c>]</c> escaped, no nested links.</summary>
    public bool InLinkText { get; init; }

    /// <summary>
    /// Image alt text whose brackets pair up and cannot form a link: they are written unescaped, since Goldmark (Hugo)
    /// copies backslashes into the <c>alt</c> attribute.
    /// </summary>
    public bool PlainBrackets { get; init; }

    /// <summary>Inside an ATX heading: one line, a closing <c>#</c> sequence escaped, no hard breaks.</summary>
    public bool InHeading { get; init; }

    /// <summary>Content must stay on one line (headings, table cells).</summary>
    public bool SingleLine => InHeading || InTableCell;
}
