using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Migrator.Blogger.Import;

/// <summary>
/// Turns the markup Blogger's editor writes into the plain HTML it stands for, so that the HTML → Markdown
/// conversion gives Markdown rather than raw <c>&lt;div&gt;</c>s (docs/blogger.md#bodies):
/// <list type="bullet">
/// <item>the editor's wrapper (<c>&lt;div dir="ltr" trbidi="on"&gt;</c>) is unwrapped;</item>
/// <item>a <c>&lt;div&gt;</c> holding only a line break is a blank line between paragraphs, and goes;</item>
/// <item>a plain <c>&lt;div&gt;</c> of text is a paragraph, and an image's <c>separator</c> div a paragraph holding the
/// image (its centring goes); the editor's own attributes on the image and its link go;</item>
/// <item>a captioned image (the editor's <c>tr-caption-container</c> table) is the figure it stands for;</item>
/// <item>two or more line breaks in a row between text end a paragraph, as they did on the page.</item>
/// </list>
/// Only the top level of the body is changed; anything else is kept as written.
/// </summary>
internal static partial class BloggerHtml
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "ul", "iframe", "script", "style", "center", "object", "embed", "video", "audio",
    };

    public static string Tidy(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
            return html;
        var document = new HtmlDocument { OptionOutputOriginalCase = true, OptionWriteEmptyNodes = true };
        document.LoadHtml(html);
        var root = document.DocumentNode;
        var changed = false;
        while (root.ChildNodes.Where(n => !IsBlank(n)).ToList() is [{ Name: "div" } wrapper] && IsPlain(wrapper))
        {
            Unwrap(wrapper);
            changed = true;
        }
        foreach (var node in root.ChildNodes.ToList())
        {
            if (node.Name == "table" && CaptionedImage(node) is { } figure)
            {
                root.InsertBefore(figure, node);
                node.Remove();
                changed = true;
                continue;
            }
            if (node.Name != "div")
                continue;
            if (IsSpacer(node))
            {
                node.Remove();
                changed = true;
            }
            else if (node.GetAttributeValue("class", "") == "separator" && !node.ChildNodes.Any(IsBlock))
            {
                ToParagraph(node);
                foreach (var image in node.Descendants("img"))
                    DropEditorAttributes(image);
                foreach (var link in node.Descendants("a"))
                    DropEditorAttributes(link);
                changed = true;
            }
            else if (IsPlain(node) && !node.ChildNodes.Any(IsBlock))
            {
                ToParagraph(node);
                changed = true;
            }
        }
        changed |= SplitAtDoubleBreaks(root);
        return changed ? root.OuterHtml : html;
    }

    /// <summary>A div with no attributes but the editor's own: a text direction, left alignment (the default), <c>trbidi</c>.</summary>
    private static bool IsPlain(HtmlNode div) => div.Attributes.All(a => a.Name.ToLowerInvariant() switch
    {
        "dir" or "trbidi" => true,
        "style" => DefaultStyle().IsMatch(a.Value ?? ""),
        _ => false,
    });

    private static bool IsSpacer(HtmlNode div) =>
        IsPlain(div) && div.ChildNodes.All(n => n.Name == "br" || IsBlank(n)) && div.ChildNodes.Any(n => n.Name == "br");

    private static bool IsBlank(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Comment
        || (node.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(HtmlEntity.DeEntitize(node.InnerHtml).Replace('\u00a0', ' ')));

    private static bool IsBlock(HtmlNode node) => node.NodeType == HtmlNodeType.Element && BlockElements.Contains(node.Name);

    private static void Unwrap(HtmlNode node)
    {
        var parent = node.ParentNode;
        foreach (var child in node.ChildNodes.ToList())
        {
            child.Remove();
            parent!.InsertBefore(child, node);
        }
        node.Remove();
    }

    private static void ToParagraph(HtmlNode div)
    {
        div.Name = "p";
        div.Attributes.RemoveAll();
    }

    /// <summary>
    /// The editor's captioned image, a table of class <c>tr-caption-container</c> with the image (and its link) in the
    /// first row and the caption (<c>td.tr-caption</c>) in the second, as the figure it stands for; null for any other table.
    /// </summary>
    private static HtmlNode? CaptionedImage(HtmlNode table)
    {
        if (!table.GetAttributeValue("class", "").Split(' ').Contains("tr-caption-container"))
            return null;
        var rows = table.Descendants("tr").ToList();
        var cells = rows.Select(r => r.Elements("td").ToList()).ToList();
        if (rows.Count != 2 || cells.Any(c => c.Count != 1) || !cells[1][0].GetAttributeValue("class", "").Contains("tr-caption", StringComparison.Ordinal))
            return null;
        var image = cells[0][0].ChildNodes.Where(n => !IsBlank(n)).ToList();
        if (image is not [{ Name: "a" or "img" } picture])
            return null;
        var figure = table.OwnerDocument.CreateElement("figure");
        picture.Remove();
        DropEditorAttributes(picture);
        foreach (var inner in picture.Descendants("img"))
            DropEditorAttributes(inner);
        figure.AppendChild(picture);
        var caption = table.OwnerDocument.CreateElement("figcaption");
        foreach (var child in cells[1][0].ChildNodes.ToList())
        {
            child.Remove();
            caption.AppendChild(child);
        }
        figure.AppendChild(caption);
        return figure;
    }

    /// <summary>
    /// The editor's attributes on an image and its link: sizes Blogger also writes into the image's address
    /// (<c>/s320/</c>), the original size, and the old presentational ones.
    /// </summary>
    private static void DropEditorAttributes(HtmlNode element)
    {
        foreach (var name in new[] { "border", "imageanchor", "style", "data-original-height", "data-original-width" })
            element.Attributes.Remove(name);
        if (element.Name == "img" && SizedAddress().IsMatch(element.GetAttributeValue("src", "")))
        {
            element.Attributes.Remove("width");
            element.Attributes.Remove("height");
        }
    }

    /// <summary>
    /// Runs of text at the top level split into paragraphs where two or more line breaks follow each other; a run with
    /// no such break is left as it is.
    /// </summary>
    private static bool SplitAtDoubleBreaks(HtmlNode root)
    {
        var changed = false;
        var run = new List<HtmlNode>();
        foreach (var node in root.ChildNodes.ToList().Append(null))
        {
            if (node is not null && !IsBlock(node))
            {
                run.Add(node);
                continue;
            }
            changed |= SplitRun(root, run, node);
            run.Clear();
        }
        return changed;
    }

    private static bool SplitRun(HtmlNode root, List<HtmlNode> run, HtmlNode? before)
    {
        var paragraphs = new List<List<HtmlNode>> { new() };
        var split = false;
        for (var i = 0; i < run.Count; i++)
        {
            var breaks = 0;
            var j = i;
            while (j < run.Count && (run[j].Name == "br" || (IsBlank(run[j]) && breaks > 0)))
            {
                if (run[j].Name == "br")
                    breaks++;
                j++;
            }
            if (breaks >= 2)
            {
                foreach (var dropped in run.Skip(i).Take(j - i))
                    dropped.Remove();
                paragraphs.Add([]);
                split = true;
                i = j - 1;
                continue;
            }
            paragraphs[^1].Add(run[i]);
        }
        if (!split)
            return false;
        foreach (var paragraph in paragraphs.Where(p => p.Any(n => !IsBlank(n) && n.Name != "br")))
        {
            var p = root.OwnerDocument.CreateElement("p");
            foreach (var node in paragraph)
            {
                node.Remove();
                p.AppendChild(node);
            }
            if (before is null)
                root.AppendChild(p);
            else
                root.InsertBefore(p, before);
        }
        foreach (var leftover in paragraphs.SelectMany(p => p).Where(n => n.ParentNode == root))
            leftover.Remove();
        return true;
    }

    [GeneratedRegex(@"^\s*(text-align:\s*left;?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultStyle();

    [GeneratedRegex(@"/(s\d+|w\d+-h\d+)(-[a-z0-9-]+)?/[^/]+$|=s\d+(-c)?$")]
    private static partial Regex SizedAddress();
}
