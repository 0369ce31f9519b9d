namespace Migrator.Benchmarks.Generation;

/// <summary>An attachment the generator will write; posts refer to it by ID and URL.</summary>
internal sealed record GeneratedAttachment(int Id, int ParentId, string RelativePath, string Url, string AltText, string Title);

/// <summary>What a body builder needs to know about the post it writes for.</summary>
internal sealed record ContentContext(
    string SiteUrl,
    IReadOnlyList<GeneratedAttachment> OwnAttachments,
    IReadOnlyList<GeneratedAttachment> RecentAttachments,
    int TargetLength)
{
    /// <summary>An attachment of this post if it has one, else a recent one of another post (real content does both).</summary>
    public GeneratedAttachment? AnyAttachment(SeededRandom random) =>
        OwnAttachments.Count > 0 ? random.Pick(OwnAttachments)
        : RecentAttachments.Count > 0 ? random.Pick(RecentAttachments)
        : null;
}

/// <summary>YouTube addresses in the forms content carries them.</summary>
internal static class VideoAddress
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string NewId(SeededRandom random)
    {
        Span<char> id = stackalloc char[11];
        for (var i = 0; i < id.Length; i++)
            id[i] = IdAlphabet[random.Next(IdAlphabet.Length)];
        return new string(id);
    }

    public static string Watch(string id) => "https://www.youtube.com/watch?v=" + id;
}
