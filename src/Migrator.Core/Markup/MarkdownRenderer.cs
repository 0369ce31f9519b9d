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
}

/// <summary>Renders Markdown to HTML with Markdig. Placeholder until the markup work lands.</summary>
public static class MarkdownRenderer
{
    public static string ToHtml(string markdown, MarkdownFlavor flavor = MarkdownFlavor.CommonMark)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        _ = flavor;
        return Markdig.Markdown.ToHtml(markdown);
    }
}
