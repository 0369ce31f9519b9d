using System.Text;

namespace Migrator.WordPress.Export;

/// <summary>FNV-1a over UTF-8: the same text gives the same number on every machine and run.</summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
