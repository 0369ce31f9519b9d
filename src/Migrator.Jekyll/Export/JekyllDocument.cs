using Migrator.Core.Output;
using System.Security.Cryptography;
using System.Text;
using Migrator.Core.FrontMatter;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;
using Migrator.Core.Publishing;

namespace Migrator.Jekyll.Export;

/// <summary>
/// What the exporter planned for one post. <see cref="WritePlan.Note"/> says in words what happened to an item that
/// is written but not (yet) public, for the audit report: <c>draft: written to _drafts (not published)</c>; it is
/// null for an ordinary published item.
/// </summary>
public sealed record JekyllWritePlan(string OutputPath, string? NewUrl) : WritePlan(OutputPath, NewUrl)
{
    /// <summary>How the item was classified (published, scheduled, draft).</summary>
    public required Publication Publication { get; init; }

    /// <summary>The permalink written into the front matter (relative to <c>baseurl</c>, decoded), or null.</summary>
    public string? Permalink { get; init; }

    internal JekyllDocument? Document { get; init; }

    /// <summary>Where the post came from, to name it in messages about later items that clash with it.</summary>
    internal SourceRef? Source { get; init; }
}

/// <summary>
/// One planned file set, kept unrendered so that <c>Commit</c> can still move it (a <c>-2</c> suffix on a path
/// conflict) or pick another comments key: front matter <see cref="Head"/>, then <c>comments_key</c> when there are
/// comments, then <see cref="Tail"/> (taxonomies, meta, the source's own extra keys), then the body.
/// </summary>
internal sealed record JekyllDocument
{
    public const string CommentsKeyField = "comments_key";

    /// <summary>Folders from the output root, e.g. <c>["_posts"]</c> or <c>["parent", "child"]</c>.</summary>
    public required IReadOnlyList<string> Folders { get; init; }

    /// <summary>File name without extension: <c>2020-01-02-slug</c>, or <c>index</c> for pages.</summary>
    public required string Stem { get; init; }

    public required string Extension { get; init; }

    /// <summary>Pages are <c>folder/index.md</c>: a conflict suffix goes on the last folder, not on <c>index</c>.</summary>
    public bool SuffixOnFolder { get; init; }

    public required IReadOnlyList<KeyValuePair<string, object?>> Head { get; init; }
    public required IReadOnlyList<KeyValuePair<string, object?>> Tail { get; init; }
    public required string Body { get; init; }
    public required string Title { get; init; }
    public CommentData? Comments { get; init; }

    /// <summary>The comments key wanted when free: the WordPress id.</summary>
    public string? PreferredCommentsKey { get; init; }

    public bool HasComments => Comments is { Written.Count: > 0 };

    /// <summary>The main file's path with a conflict suffix (1 = none).</summary>
    public string PathWith(int suffix) =>
        ConflictSuffix.Apply(string.Join('/', Folders.Append(Stem + Extension)), suffix, onFolder: SuffixOnFolder);

    /// <summary>The comments key used when the preferred one is taken: derived from the final path.</summary>
    public static string KeyFromPath(string path)
    {
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        var builder = new StringBuilder();
        var droppedSome = false;
        foreach (var c in withoutExtension)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                builder.Append(c);
            else if (c == '/')
                builder.Append('-');
            else
                droppedSome = true;
        }
        var key = builder.ToString().Trim('-', '_');
        if (!droppedSome && key.Length > 0)
            return key;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..8];
        return key.Length == 0 ? hash : key + "-" + hash;
    }

    /// <summary>The files to write, main file first: the post, then its comments data when it has comments.</summary>
    public IReadOnlyList<OutputFile> Render(string mainPath, string? commentsKey)
    {
        var fields = new List<KeyValuePair<string, object?>>(Head);
        if (HasComments && commentsKey is not null)
            fields.Add(new(CommentsKeyField, commentsKey));
        fields.AddRange(Tail);
        var files = new List<OutputFile> { new(mainPath, FrontMatterWriter.Write(fields) + Body) };
        if (HasComments && commentsKey is not null)
            files.Add(new OutputFile($"_data/comments/{commentsKey}.yml", Comments!.ToYaml(Title)));
        return files;
    }
}
