using Migrator.Core.Diagnostics;
using Migrator.Core.Input;
using Migrator.Core.Media;
using Migrator.Core.Model;

namespace Migrator.Hugo.Import;

/// <summary>
/// A leaf bundle's files (docs/hugo.md#page-bundles-files): every file in the bundle's folder and its sub-folders
/// (<c>cat.jpg</c>, <c>images/cat.jpg</c>) is a resource Hugo publishes beside the page, except content files (Markdown,
/// HTML and the other formats Hugo renders: inside a bundle they are page resources, which Hugo does not publish as files),
/// hidden files (a leading <c>.</c>) and symbolic links, which are reported and never followed. And the references of
/// the page's text to files of its folder that are not there.
/// </summary>
internal static class HugoBundleFiles
{
    /// <summary>
    /// The resources of the leaf bundle whose folder is <paramref name="folder"/>, sorted by path (ordinal); each
    /// symbolic link met is handed to <paramref name="link"/> and neither read nor entered.
    /// </summary>
    public static IReadOnlyList<PageResource> Collect(string folder, Func<string, bool> isContentFile, Action<FileSystemInfo> link)
    {
        var found = new List<PageResource>();
        Collect(folder, "", isContentFile, link, found);
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static void Collect(string dir, string prefix, Func<string, bool> isContentFile, Action<FileSystemInfo> link, List<PageResource> found)
    {
        foreach (var entry in SiteFolder.Entries(dir))
        {
            if (entry.Name.StartsWith('.'))
                continue;
            if (entry is FileInfo && isContentFile(entry.Name))
                continue;
            if (SiteFolder.IsLink(entry))
            {
                link(entry);
                continue;
            }
            var path = prefix + entry.Name;
            if (entry is DirectoryInfo)
                Collect(entry.FullName, path + "/", isContentFile, link, found);
            else if (PageFiles.SafePath(path) is not null)
                found.Add(new PageResource(path, entry.FullName));
        }
    }

    /// <summary>
    /// The page's references to files of its folder that the bundle does not hold: images and media sources by any name,
    /// links only when they name a file by its extension (a link to <c>other/</c> is a page, not a file).
    /// </summary>
    public static IEnumerable<Diagnostic> Missing(Post post)
    {
        if (post.Content.Format is not (BodyFormat.Markdown or BodyFormat.Html))
            yield break;
        var held = post.Resources.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in PageFiles.References(post.Content.Text, post.Content.Format == BodyFormat.Markdown))
        {
            if (!held.Contains(reference.Path) && (!reference.IsLink || MediaReferences.HasFileExtension(reference.Path)))
                yield return HugoDiagnostics.BundleFileMissing(post.Source, reference.Path);
        }
    }
}
