using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
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

    /// <summary>
    /// The key of a file path as the file systems a site is copied to see it: Windows and macOS ignore letter case,
    /// and macOS also Unicode normalisation (<c>é</c> as one code point or as <c>e</c> plus a combining accent), so
    /// <c>About.md</c>, <c>about.md</c> and their decomposed forms share this key there. Writers keep such paths apart,
    /// so that a site copied, cloned or built on those systems loses nothing. The run is globalization-invariant, where
    /// <c>string.Normalize</c> does nothing, so accented Latin letters are decomposed by <see cref="LatinDecomposition"/>;
    /// other scripts are compared as written, up to case.
    /// </summary>
    public static PathKey OfFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folded = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            if (LatinDecomposition.Canonical.TryGetValue(c, out var decomposed))
                folded.Append(decomposed);
            else
                folded.Append(c);
        }
        return Of(folded.ToString().ToUpperInvariant());
    }
}

/// <summary>
/// Who wrote a path or owns a URL, for messages about a later item that wants the same one: the item's source
/// (<c>export.xml line 120, item 87</c>), else the path it was written to. The path is kept only when there is no
/// source: a run keeps an owner for every path it wrote, and the path's text would be most of it. Whether a path was
/// written exactly as spelled is the output folder's to say (<see cref="OutputFolder.WasWritten"/>).
/// </summary>
public readonly struct PathOwner(SourceRef? source, string path)
{
    private readonly object _owner = source ?? (object)path;

    public override string ToString() =>
        _owner is SourceRef source ? source.ToString() : $"the item written to {_owner}";
}
