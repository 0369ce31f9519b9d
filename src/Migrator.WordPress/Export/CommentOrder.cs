using Migrator.Core.Model;

namespace Migrator.WordPress.Export;

/// <summary>
/// Puts a post's comments in the shape the WordPress importer needs (docs/wordpress-wxr.md#comment-order): it inserts comments in id order and
/// keeps a reply's parent only when the parent was inserted before, so every parent needs a lower id than its replies.
/// When the ids already satisfy that (unique, positive, parent lower), order and ids are kept as they are.
/// Otherwise comments are written parents first (source order kept where the tree allows) and renumbered in that
/// order, reusing the post's own ids in ascending order when they are unique and positive (else 1, 2, 3…).
/// A reply whose parent is missing, or part of a loop, becomes top level.
/// </summary>
internal static class CommentOrder
{
    public sealed record Result(IReadOnlyList<Comment> Comments, int Renumbered, IReadOnlyList<(long Id, long ParentId)> Detached);

    public static Result Arrange(IReadOnlyList<Comment> comments)
    {
        if (comments.Count == 0)
            return new Result(comments, 0, []);
        var detached = new List<(long, long)>();
        var parentIndex = FindParents(comments, detached);
        if (AlreadyImportable(comments, parentIndex) && detached.Count == 0)
            return new Result(comments, 0, []);

        var order = ParentsFirst(comments, parentIndex, detached);
        var idsUsable = comments.All(c => c.Id > 0) && comments.Select(c => c.Id).Distinct().Count() == comments.Count;
        var newIds = idsUsable ? comments.Select(c => c.Id).Order().ToArray() : [.. Enumerable.Range(1, comments.Count).Select(i => (long)i)];
        var idOfIndex = new long[comments.Count];
        for (var k = 0; k < order.Count; k++)
            idOfIndex[order[k]] = newIds[k];

        var result = new List<Comment>(comments.Count);
        var renumbered = 0;
        foreach (var i in order)
        {
            var c = comments[i];
            var parent = parentIndex[i] is { } p ? idOfIndex[p] : 0;
            if (c.Id != idOfIndex[i])
                renumbered++;
            result.Add(c with { Id = idOfIndex[i], ParentId = parent });
        }
        return new Result(result, renumbered, detached);
    }

    // Index of each comment's parent; null at top level. Unknown parents and self-replies are detached.
    private static int?[] FindParents(IReadOnlyList<Comment> comments, List<(long, long)> detached)
    {
        var firstIndexOfId = new Dictionary<long, int>();
        for (var i = 0; i < comments.Count; i++)
            firstIndexOfId.TryAdd(comments[i].Id, i);
        var parents = new int?[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            var c = comments[i];
            if (c.ParentId == 0)
                continue;
            if (firstIndexOfId.TryGetValue(c.ParentId, out var p) && p != i)
                parents[i] = p;
            else
                detached.Add((c.Id, c.ParentId));
        }
        return parents;
    }

    private static bool AlreadyImportable(IReadOnlyList<Comment> comments, int?[] parents)
    {
        if (comments.Any(c => c.Id <= 0) || comments.Select(c => c.Id).Distinct().Count() != comments.Count)
            return false;
        for (var i = 0; i < comments.Count; i++)
        {
            if (parents[i] is { } p && comments[p].Id >= comments[i].Id)
                return false;
        }
        return true;
    }

    // Repeated passes in source order, each taking the comments whose parent is already placed; a loop is broken
    // by detaching its first remaining member.
    private static List<int> ParentsFirst(IReadOnlyList<Comment> comments, int?[] parents, List<(long, long)> detached)
    {
        var placed = new bool[comments.Count];
        var order = new List<int>(comments.Count);
        while (order.Count < comments.Count)
        {
            var progress = false;
            for (var i = 0; i < comments.Count; i++)
            {
                if (placed[i] || (parents[i] is { } p && !placed[p]))
                    continue;
                placed[i] = true;
                order.Add(i);
                progress = true;
            }
            if (progress)
                continue;
            var stuck = Array.FindIndex(placed, x => !x);
            detached.Add((comments[stuck].Id, comments[stuck].ParentId));
            parents[stuck] = null;
        }
        return order;
    }
}
