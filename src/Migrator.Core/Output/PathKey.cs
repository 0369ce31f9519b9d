using System.IO.Hashing;
using System.Runtime.InteropServices;
using Migrator.Core.Model;

namespace Migrator.Core.Output;

/// <summary>
/// A path or URL reduced to its 128-bit xxHash: what a run remembers about every file it wrote (sixteen bytes, however
/// long the path), so that memory does not grow with the length of the paths of a large export. Two different paths
/// share a key with a probability of about 2⁻¹²⁸ per pair.
/// </summary>
public readonly record struct PathKey(UInt128 Hash)
{
    public static PathKey Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(path.AsSpan())));
    }
}

/// <summary>
/// Who wrote a path or owns a URL, for messages about a later item that wants the same one: the item's source
/// (<c>export.xml line 120, item 87</c>), else the path it was written to.
/// </summary>
public readonly record struct PathOwner(SourceRef? Source, string? Path)
{
    public override string ToString() =>
        Source is not null ? Source.ToString() : $"the item written to {Path}";
}
