using System.Globalization;

namespace Migrator.Core.Output;

/// <summary>
/// The one rule for a path that is already taken: <c>-2</c>, <c>-3</c>… before the extension of its last segment
/// (<c>a/b.md</c> → <c>a/b-2.md</c>), or at the end of the folder that names the item when the file is that folder's
/// index (<c>a/b/index.md</c> → <c>a/b-2/index.md</c>), as WordPress numbers a taken slug.
/// </summary>
public static class ConflictSuffix
{
    /// <summary><paramref name="name"/> with <c>-<paramref name="number"/></c> after it (<c>key</c> → <c>key-2</c>).</summary>
    public static string Append(string name, int number) =>
        name + "-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="path"/> (segments separated by <c>/</c>) numbered <paramref name="number"/>; 1 or less leaves it
    /// as it is. With <paramref name="onFolder"/> the number goes on the last folder, when there is one.
    /// </summary>
    public static string Apply(string path, int number, bool onFolder = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (number <= 1)
            return path;
        var slash = path.LastIndexOf('/');
        if (onFolder && slash > 0)
        {
            var folderStart = path.LastIndexOf('/', slash - 1) + 1;
            return path[..folderStart] + Append(path[folderStart..slash], number) + path[slash..];
        }
        var name = path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        var extension = dot > 0 ? name[dot..] : "";
        return path[..(slash + 1)] + Append(stem, number) + extension;
    }
}
