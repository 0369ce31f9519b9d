using System.Text;
using HtmlAgilityPack;

namespace Migrator.Core.Markup.HtmlToMarkdown;

/// <summary>
/// GFM pipe tables, for the tables they can express exactly: one header row of <c>th</c>, body rows of <c>td</c>, the
/// same number of cells in every row, no spans, captions or column groups, inline content only, and one alignment per
/// column. Everything else stays a raw HTML table.
/// </summary>
internal static class TableConverter
{
    public static bool TryWrite(HtmlNode table, MarkdownWriter writer, in WriterContext context)
    {
        if (!context.Options.Gfm || table.HasAttributes || !TryCollectRows(table, out var rows) || rows.Count == 0)
            return false;
        var header = rows[0];
        var columns = header.Count;
        var alignments = new string?[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Count != columns)
                return false;
            for (var c = 0; c < columns; c++)
            {
                var cell = rows[r][c];
                if (cell.Name != (r == 0 ? "th" : "td") || !TryAlignment(cell, out var alignment) || HasBlockChild(cell))
                    return false;
                if (r == 0)
                    alignments[c] = alignment;
                else if (alignments[c] != alignment)
                    return false;
            }
        }

        var cellContext = context with { InTableCell = true };
        var sb = new StringBuilder();
        AppendRow(sb, header, writer.Inlines, cellContext);
        sb.Append('|');
        foreach (var alignment in alignments)
        {
            sb.Append(alignment switch
            {
                "left" => " :-- |",
                "center" => " :-: |",
                "right" => " --: |",
                _ => " --- |",
            });
        }
        sb.Append('\n');
        for (var r = 1; r < rows.Count; r++)
            AppendRow(sb, rows[r], writer.Inlines, cellContext);
        writer.Write(sb.ToString());
        return true;
    }

    private static void AppendRow(StringBuilder sb, List<HtmlNode> cells, InlineRun run, in WriterContext context)
    {
        sb.Append('|');
        foreach (var cell in cells)
        {
            run.Clear();
            InlineConverter.AddChildren(cell, run, context);
            sb.Append(' ');
            run.Render(sb, context);
            sb.Append(" |");
        }
        sb.Append('\n');
    }

    private static bool TryCollectRows(HtmlNode table, out List<List<HtmlNode>> rows)
    {
        rows = [];
        var sawHead = false;
        foreach (var child in table.ChildNodes)
        {
            if (IsWhitespace(child))
                continue;
            if (child.NodeType != HtmlNodeType.Element || child.HasAttributes)
                return false;
            switch (child.Name)
            {
                case "thead" when rows.Count == 0 && !sawHead:
                    sawHead = true;
                    if (!TryCollectSection(child, rows) || rows.Count != 1)
                        return false;
                    break;
                case "tbody":
                    if (!TryCollectSection(child, rows))
                        return false;
                    break;
                case "tr":
                    if (!TryCollectRow(child, rows))
                        return false;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static bool TryCollectSection(HtmlNode section, List<List<HtmlNode>> rows)
    {
        foreach (var child in section.ChildNodes)
        {
            if (IsWhitespace(child))
                continue;
            if (child.NodeType != HtmlNodeType.Element || child.Name != "tr" || child.HasAttributes || !TryCollectRow(child, rows))
                return false;
        }
        return true;
    }

    private static bool TryCollectRow(HtmlNode tr, List<List<HtmlNode>> rows)
    {
        var cells = new List<HtmlNode>();
        foreach (var child in tr.ChildNodes)
        {
            if (IsWhitespace(child))
                continue;
            if (child.NodeType != HtmlNodeType.Element || child.Name is not ("td" or "th"))
                return false;
            cells.Add(child);
        }
        rows.Add(cells);
        return true;
    }

    /// <summary>Reads a cell's alignment from <c>align</c> or <c>style="text-align: …"</c>; false when the cell has other attributes.</summary>
    private static bool TryAlignment(HtmlNode cell, out string? alignment)
    {
        alignment = null;
        foreach (var attribute in cell.Attributes)
        {
            var value = HtmlText.Decode(attribute.Value ?? "").Trim().ToLowerInvariant();
            if (attribute.Name == "align")
                alignment = value;
            else if (attribute.Name == "style" && value.StartsWith("text-align:", StringComparison.Ordinal))
                alignment = value[11..].Trim().TrimEnd(';').Trim();
            else
                return false;
        }
        return alignment is null or "left" or "center" or "right";
    }

    private static bool HasBlockChild(HtmlNode cell)
    {
        foreach (var child in cell.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Element && (HtmlElements.Block.Contains(child.Name) || child.Name == "br"))
                return true;
        }
        return false;
    }

    private static bool IsWhitespace(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Text && HtmlText.Decode(((HtmlTextNode)node).Text).AsSpan().TrimStart(" \t\r\n\f").IsEmpty;
}
