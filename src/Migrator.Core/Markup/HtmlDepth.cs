using HtmlAgilityPack;

namespace Migrator.Core.Markup;

/// <summary>
/// How deep elements nest, measured without recursion. The converter walks the DOM recursively (its nesting is what
/// Markdown's containers mirror), so it stops descending at <see cref="MarkdownLimit"/>: an element nested deeper is
/// written as raw HTML by an iterative serialiser, and the fidelity check says so. No real post nests anywhere near
/// that deep; a body that does (a broken editor, a paste gone wrong, a hostile export) is still written in full, because a
/// site owner expects every post to arrive, and a warning is easier to act on than a missing post or a crashed run.
/// </summary>
internal static class HtmlDepth
{
    /// <summary>
    /// The deepest element written as Markdown. Markdig, our judge, refuses more than 128 nested blocks; a list is two
    /// of them (list, item) for two elements (<c>ul</c>, <c>li</c>), so 64 elements stay well inside, and so does
    /// the stack of the converter's recursive walk on a 1 MB thread.
    /// </summary>
    public const int MarkdownLimit = 64;

    /// <summary>True when <paramref name="node"/> has <see cref="MarkdownLimit"/> or more element ancestors.</summary>
    public static bool IsBeyondMarkdownLimit(HtmlNode node)
    {
        var depth = 0;
        for (var parent = node.ParentNode; parent is not null; parent = parent.ParentNode)
        {
            if (parent.NodeType == HtmlNodeType.Element && ++depth >= MarkdownLimit)
                return true;
        }
        return false;
    }

    /// <summary>The deepest element nesting under <paramref name="root"/> (1 for an element without element children), iteratively.</summary>
    public static int Of(HtmlNode root)
    {
        var deepest = 0;
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((root, root.NodeType == HtmlNodeType.Element ? 1 : 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType is HtmlNodeType.Element or HtmlNodeType.Document)
                    stack.Push((child, depth + (child.NodeType == HtmlNodeType.Element ? 1 : 0)));
            }
        }
        return deepest;
    }
}
