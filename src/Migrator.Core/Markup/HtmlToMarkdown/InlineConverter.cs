using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>Walks inline DOM content into an <see cref="InlineRun"/>: Markdown where it is exact, raw tags around Markdown content otherwise.</summary>
internal static class InlineConverter
{
    private static readonly System.Buffers.SearchValues<char> NotInAutolinks = System.Buffers.SearchValues.Create("<> &\\\"`");

    public static void AddChildren(HtmlNode parent, InlineRun run, in WriterContext context)
    {
        foreach (var child in parent.ChildNodes)
            AddNode(child, run, context);
    }

    public static void AddNode(HtmlNode node, InlineRun run, in WriterContext context)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                run.AddText(HtmlText.Decode(((HtmlTextNode)node).Text));
                return;
            case HtmlNodeType.Comment:
                run.AddAtom(HtmlText.Comment(((HtmlCommentNode)node).Comment));
                return;
            case HtmlNodeType.Element:
                AddElement(node, run, context);
                return;
            default:
                AddChildren(node, run, context);
                return;
        }
    }

    private static void AddElement(HtmlNode element, InlineRun run, in WriterContext context)
    {
        if (HtmlDepth.IsBeyondMarkdownLimit(element))
        {
            run.AddAtom(RawHtmlWriter.Outer(element));
            return;
        }
        var plain = !element.HasAttributes;
        switch (element.Name)
        {
            case "br" when plain:
                run.HardBreak();
                return;
            case "em" or "i" when plain:
                AddEmphasis(element, EmphasisKind.Em, run, context);
                return;
            case "strong" or "b" when plain:
                AddEmphasis(element, EmphasisKind.Strong, run, context);
                return;
            case "del" or "s" or "strike" when plain && context.Options.Gfm:
                AddEmphasis(element, EmphasisKind.Strike, run, context);
                return;
            case "code" when plain && TryAddCodeSpan(element, run, context):
                return;
            case "a" when TryAddLink(element, run, context):
                return;
            case "img" when TryAddImage(element, run, context):
                return;
        }
        if (HtmlElements.Preformatted.Contains(element.Name) || element.Name is "svg" or "math")
            run.AddAtom(RawHtmlWriter.Outer(element));
        else
            AddWrappedInRawTags(element, run, context.InLinkText || element.Name != "a" ? context : context with { InLinkText = true });
    }

    /// <summary>Keeps the element's own tags as raw HTML and converts what is inside.</summary>
    private static void AddWrappedInRawTags(HtmlNode element, InlineRun run, in WriterContext context)
    {
        var tag = new StringBuilder();
        RawHtmlWriter.AppendOpenTag(tag, element);
        if (HtmlElements.Void.Contains(element.Name))
        {
            run.AddAtom(tag.ToString());
            return;
        }
        var link = element.Name == "a";
        run.AddOpening(tag.ToString(), link);
        AddChildren(element, run, context);
        tag.Clear();
        RawHtmlWriter.AppendCloseTag(tag, element);
        run.AddClosing(tag.ToString(), link);
    }

    private static void AddEmphasis(HtmlNode element, EmphasisKind kind, InlineRun run, in WriterContext context)
    {
        run.OpenEmphasis(kind);
        AddChildren(element, run, context);
        run.CloseEmphasis();
    }

    private static bool TryAddCodeSpan(HtmlNode element, InlineRun run, in WriterContext context)
    {
        if (!OnlyText(element))
            return false;
        var code = HtmlText.Decode(TextOf(element)).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        if (code.Length == 0)
            return false;
        var sb = new StringBuilder(code.Length + 4);
        if (context.InTableCell && code.Contains('|', StringComparison.Ordinal))
        {
            // Markdig keeps "\|" inside a code span in a table cell: write the span as HTML with the pipe as a reference.
            sb.Append("<code>");
            foreach (var c in code)
            {
                if (c == '|')
                    sb.Append("&#124;");
                else
                    HtmlText.AppendText(sb, c);
            }
            sb.Append("</code>");
        }
        else
            MarkdownEscaper.AppendCodeSpan(sb, code);
        run.AddAtom(sb.ToString());
        return true;
    }

    private static bool TryAddLink(HtmlNode element, InlineRun run, in WriterContext context)
    {
        if (context.InLinkText || !OnlyAttributes(element, "href", "title") || element.Attributes["href"] is not { } hrefAttribute)
            return false;
        var href = UrlText.Readable(HtmlText.Url(hrefAttribute.Value ?? ""));
        var title = element.Attributes["title"] is { } t ? HtmlText.Decode(t.Value ?? "") : null;
        if (href.Contains('\n', StringComparison.Ordinal) || (title is not null && HasBlankLine(title)))
            return false;
        if (title is null && AutolinkText(element, href, context) is { } autolink)
        {
            run.AddAtom(autolink);
            return true;
        }
        run.AddOpening("[", link: true);
        run.EnterLinkText();
        AddChildren(element, run, context with { InLinkText = true });
        run.ExitLinkText();
        var tail = new StringBuilder("](", href.Length + 8);
        MarkdownEscaper.AppendDestination(tail, href);
        if (title is not null)
        {
            tail.Append(' ');
            MarkdownEscaper.AppendTitle(tail, title);
        }
        tail.Append(')');
        run.AddClosing(tail.ToString(), link: true);
        return true;
    }

    /// <summary>The autolink <c>&lt;url&gt;</c> for a link whose text is its own URL, or null.</summary>
    private static string? AutolinkText(HtmlNode element, string href, in WriterContext context)
    {
        if (!OnlyText(element) || element.ChildNodes.Count == 0)
            return null;
        var text = HtmlText.Decode(TextOf(element));
        var candidate = href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && text == href[7..] && IsEmail(text)
            ? text
            : text == href && IsAbsoluteUri(href) ? href : null;
        if (candidate is null || candidate.AsSpan().ContainsAny(NotInAutolinks) || (context.InTableCell && candidate.Contains('|', StringComparison.Ordinal)))
            return null;
        return "<" + candidate + ">";
    }

    private static bool IsAbsoluteUri(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 2 or > 32 || !char.IsAsciiLetter(text[0]))
            return false;
        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '.' or '-'))
                return false;
        }
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\u007f')
                return false;
        }
        return true;
    }

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 1 || at == text.Length - 1)
            return false;
        foreach (var c in text.AsSpan(0, at))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".Contains(c, StringComparison.Ordinal)))
                return false;
        }
        foreach (var c in text.AsSpan(at + 1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
                return false;
        }
        return true;
    }

    private static bool TryAddImage(HtmlNode element, InlineRun run, in WriterContext context)
    {
        if (!OnlyAttributes(element, "src", "alt", "title") || element.Attributes["src"] is not { } srcAttribute)
            return false;
        var src = UrlText.Readable(HtmlText.Url(srcAttribute.Value ?? ""));
        var alt = element.Attributes["alt"] is { } a ? HtmlText.Decode(a.Value ?? "") : "";
        var title = element.Attributes["title"] is { } t ? HtmlText.Decode(t.Value ?? "") : null;
        if ((src + alt).AsSpan().ContainsAny('\n', '\r') || (title is not null && HasBlankLine(title)))
            return false;
        var sb = new StringBuilder("![", src.Length + alt.Length + 8);
        MarkdownEscaper.AppendText(sb, alt, '[', ']', context with { InLinkText = true, PlainBrackets = MarkdownEscaper.HasPlainBrackets(alt) });
        sb.Append("](");
        MarkdownEscaper.AppendDestination(sb, src);
        if (title is not null)
        {
            sb.Append(' ');
            MarkdownEscaper.AppendTitle(sb, title);
        }
        sb.Append(')');
        run.AddAtom(sb.ToString());
        return true;
    }

    /// <summary>A title may span lines, but a blank line would end the paragraph.</summary>
    private static bool HasBlankLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length - 1; i++)
        {
            if (lines[i].AsSpan().Trim(" \t\r").IsEmpty)
                return true;
        }
        return text.Contains('\r', StringComparison.Ordinal);
    }

    /// <summary>The raw (still encoded) text of an element whose children are all text nodes.</summary>
    internal static string TextOf(HtmlNode element)
    {
        if (element.ChildNodes.Count == 1)
            return ((HtmlTextNode)element.FirstChild!).Text;
        var sb = new StringBuilder();
        foreach (var child in element.ChildNodes)
            sb.Append(((HtmlTextNode)child).Text);
        return sb.ToString();
    }

    internal static bool OnlyText(HtmlNode element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Text)
                return false;
        }
        return true;
    }

    internal static bool OnlyAttributes(HtmlNode element, params ReadOnlySpan<string> allowed)
    {
        foreach (var attribute in element.Attributes)
        {
            if (!allowed.Contains(attribute.Name))
                return false;
        }
        return true;
    }
}
