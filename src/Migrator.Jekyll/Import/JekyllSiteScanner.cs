using System.Text;
using System.Text.RegularExpressions;
using Migrator.Core.Input;
using Migrator.Core.Diagnostics;
using Migrator.Core.Model;
using Migrator.Core.Pipeline;

namespace Migrator.Jekyll.Import;

/// <summary>What a file is to Jekyll.</summary>
internal enum JekyllItemKind
{
    /// <summary>A file in <c>_posts</c> with a dated name.</summary>
    Post,
    /// <summary>A file in <c>_posts</c> without a dated name: Jekyll ignores it.</summary>
    UndatedPost,
    /// <summary>A file in <c>_drafts</c>.</summary>
    Draft,
    /// <summary>A content file with front matter outside the <c>_</c> folders.</summary>
    Page,
    /// <summary>A document of a collection with <c>output: true</c>.</summary>
    CollectionDocument,
    /// <summary>A document of a collection without <c>output: true</c>: Jekyll writes no page for it.</summary>
    UnwrittenDocument,
}

/// <summary>One file to read, with what its place in the site says about it.</summary>
/// <param name="FullPath">The file.</param>
/// <param name="RelativePath">Path relative to the site source, with <c>/</c> (the item id).</param>
/// <param name="Kind">What the file is to Jekyll.</param>
/// <param name="Collection"><c>posts</c> for posts and drafts, the label for collection documents, empty for pages.</param>
/// <param name="PathCategories">Folders above <c>_posts</c>/<c>_drafts</c> (Jekyll's categories from the path).</param>
/// <param name="Site">The site it belongs to.</param>
internal sealed record JekyllSourceFile(
    string FullPath,
    string RelativePath,
    JekyllItemKind Kind,
    string Collection,
    IReadOnlyList<string> PathCategories,
    JekyllSiteContext Site);

/// <summary>
/// Walks a site as Jekyll's reader does: <c>_posts</c> and <c>_drafts</c> in the source folder and in every folder it
/// visits, pages (content files with front matter) elsewhere, collections with <c>output: true</c>. Skips folders and
/// files starting with <c>. _ # ~</c> or ending in <c>~</c>, the <c>exclude</c> list and the usual tool folders.
/// Symbolic links are reported and skipped (Jekyll's safe mode skips them too): nothing outside the site is read, and a
/// link to a folder above cannot make the walk loop.
/// </summary>
internal static partial class JekyllSiteScanner
{
    private static readonly HashSet<string> AlwaysSkipped = new(StringComparer.Ordinal)
    {
        "_site", "_layouts", "_includes", "_sass", "_data", "vendor", "node_modules", ".git", ".jekyll-cache", ".sass-cache", "Gemfile", "Gemfile.lock", "gemfiles",
    };

    private static readonly (string Name, JekyllItemKind Kind)[] MagicFolders = [("_posts", JekyllItemKind.Post), ("_drafts", JekyllItemKind.Draft)];

    /// <summary>Every file of the site to report on, in Jekyll's reading order (posts, drafts, pages per folder, then collections).</summary>
    public static IEnumerable<JekyllSourceFile> Scan(JekyllSiteContext site, IDiagnosticSink diagnostics)
    {
        if (!Directory.Exists(site.SourceDir))
            yield break;
        var walk = new SiteWalk(site, diagnostics);
        foreach (var file in Walk(walk, site.SourceDir, []))
            yield return file;
        foreach (var collection in site.Config.Collections)
        {
            var dir = Path.Combine(site.CollectionsDir, "_" + collection.Label);
            if (!walk.IsRealFolder(dir))
                continue;
            var kind = collection.Output ? JekyllItemKind.CollectionDocument : JekyllItemKind.UnwrittenDocument;
            foreach (var path in FilesUnder(walk, dir).Where(HasFrontMatter))
                yield return new JekyllSourceFile(path, site.Relative(path), kind, collection.Label, [], site);
        }
    }

    /// <summary>A single post, draft or page given on its own (<c>migrator convert _posts/2020-01-01-x.md</c>).</summary>
    public static JekyllSourceFile SingleFile(string path, JekyllSiteContext site)
    {
        var relative = site.Relative(path);
        var segments = relative.Split('/');
        var kind = segments.Contains("_posts") ? JekyllItemKind.Post
            : segments.Contains("_drafts") ? JekyllItemKind.Draft
            : DatedName().IsMatch(Path.GetFileName(path)) ? JekyllItemKind.Post
            : JekyllItemKind.Page;
        if (kind == JekyllItemKind.Post && !DatedName().IsMatch(Path.GetFileName(path)))
            kind = JekyllItemKind.UndatedPost;
        return new JekyllSourceFile(path, relative, kind, kind == JekyllItemKind.Page ? "" : "posts", [], site);
    }

    /// <summary>The site folder of a single file: the folder above its <c>_posts</c> or <c>_drafts</c>, else its own folder.</summary>
    public static string SiteRootOfFile(string path)
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!);
        for (var d = dir; d is not null; d = d.Parent)
        {
            if (d.Name is "_posts" or "_drafts" && d.Parent is not null)
                return d.Parent.FullName;
        }
        return dir.FullName;
    }

    /// <summary>Jekyll's <c>DATE_FILENAME_MATCHER</c> on a file name: date, slug, extension.</summary>
    public static Match MatchDatedName(string fileName) => DatedName().Match(fileName);

    /// <summary>One scan of a site: the site, and where the links met are reported.</summary>
    private sealed record SiteWalk(JekyllSiteContext Site, IDiagnosticSink Diagnostics)
    {
        /// <summary>True for a folder that is there and is no symbolic link (a link is reported).</summary>
        public bool IsRealFolder(string dir)
        {
            var info = new DirectoryInfo(dir);
            return !IsLinkReported(info) && info.Exists;
        }

        /// <summary>True for a symbolic link, which is reported (and is then not to be read or entered).</summary>
        public bool IsLinkReported(FileSystemInfo entry)
        {
            if (!SiteFolder.IsLink(entry))
                return false;
            Diagnostics.Report(JekyllReadDiagnostics.LinkNotFollowed(entry.FullName, entry.LinkTarget));
            return true;
        }
    }

    private static IEnumerable<JekyllSourceFile> Walk(SiteWalk walk, string dir, IReadOnlyList<string> folders)
    {
        var site = walk.Site;
        foreach (var (magic, kind) in MagicFolders)
        {
            var magicDir = Path.Combine(dir, magic);
            if (!walk.IsRealFolder(magicDir))
                continue;
            foreach (var path in FilesUnder(walk, magicDir))
            {
                var fileKind = kind == JekyllItemKind.Post && !DatedName().IsMatch(Path.GetFileName(path)) ? JekyllItemKind.UndatedPost : kind;
                yield return new JekyllSourceFile(path, site.Relative(path), fileKind, "posts", folders, site);
            }
        }
        foreach (var info in SiteFolder.Entries(dir))
        {
            var (entry, name) = (info.FullName, info.Name);
            if (IsSpecial(name, site) || AlwaysSkipped.Contains(name) || IsExcluded(site, entry))
                continue;
            if (info is DirectoryInfo)
            {
                if (walk.IsLinkReported(info))
                    continue;
                foreach (var file in Walk(walk, entry, [.. folders, name]))
                    yield return file;
            }
            else if (site.IsContentExtension(Path.GetExtension(name)) && !walk.IsLinkReported(info) && HasFrontMatter(entry))
                yield return new JekyllSourceFile(entry, site.Relative(entry), JekyllItemKind.Page, "", [], site);
        }
    }

    private static IEnumerable<string> FilesUnder(SiteWalk walk, string dir)
    {
        foreach (var info in SiteFolder.Entries(dir))
        {
            var (entry, name) = (info.FullName, info.Name);
            if (IsSpecial(name, walk.Site) || IsExcluded(walk.Site, entry) || walk.IsLinkReported(info))
                continue;
            if (info is DirectoryInfo)
            {
                foreach (var file in FilesUnder(walk, entry))
                    yield return file;
            }
            else
                yield return entry;
        }
    }

    private static bool IsSpecial(string name, JekyllSiteContext site) =>
        (name.Length > 0 && name[0] is '.' or '_' or '#' or '~' || name.EndsWith('~')) && !site.Config.Include.Contains(name);

    // EntryFilter#glob_include?: the pattern matches as a glob, or the path starts with it.
    private static bool IsExcluded(JekyllSiteContext site, string fullPath)
    {
        var relative = site.Relative(fullPath);
        foreach (var pattern in site.Config.Exclude)
        {
            var p = pattern.TrimStart('/');
            if (p.Length == 0)
                continue;
            if (relative.StartsWith(p, StringComparison.Ordinal) || string.Equals(p, relative + "/", StringComparison.Ordinal))
                return true;
            if (p.AsSpan().IndexOfAny('*', '?', '[') >= 0 && Glob(p).IsMatch(relative))
                return true;
        }
        return false;
    }

    private static Regex Glob(string pattern)
    {
        var builder = new StringBuilder("^");
        foreach (var c in pattern)
        {
            builder.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }
        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Jekyll's <c>has_yaml_header?</c>: the first line is <c>---</c> (trailing spaces allowed).</summary>
    public static bool HasFrontMatter(string path)
    {
        try
        {
            using var stream = SiteFolder.OpenRead(path);
            Span<byte> head = stackalloc byte[8];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var start = read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
            if (read - start < 3 || head[start] != '-' || head[start + 1] != '-' || head[start + 2] != '-')
                return false;
            for (var i = start + 3; i < read; i++)
            {
                if (head[i] is (byte)'\n' or (byte)'\r')
                    return true;
                if (head[i] is not ((byte)' ' or (byte)'\t'))
                    return false;
            }
            return read - start == 3 || read < head.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Cannot tell: let the reader open it and report why it cannot.
            return true;
        }
    }

    [GeneratedRegex(@"^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)(\.[^.]+)$", RegexOptions.Singleline)]
    private static partial Regex DatedName();
}
