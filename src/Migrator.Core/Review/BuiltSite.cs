using System.Text;

namespace Migrator.Core.Review;

/// <summary>
/// A built static site (Jekyll's <c>_site/</c>, Hugo's <c>public/</c>) seen as a web server serves it: a path answers
/// when it names a file, or a folder with an <c>index.html</c>, or <c>path.html</c> (pretty URLs). Symbolic links are
/// not followed; nothing is read outside the folder.
/// </summary>
public sealed class BuiltSite : IServedSite
{
    private readonly HashSet<string> _files;

    public BuiltSite(string root, string basePath = "")
    {
        ArgumentNullException.ThrowIfNull(basePath);
        Root = Path.GetFullPath(root);
        BasePath = basePath.Trim('/');
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        _files = new HashSet<string>(
            Directory.EnumerateFiles(Root, "*", options).Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/').Normalize(NormalizationForm.FormC)),
            StringComparer.Ordinal);
    }

    public string Root { get; }

    /// <summary>The path the site is served at, without slashes (<c>blog</c>); empty at the root.</summary>
    public string BasePath { get; }

    /// <summary>Every file, relative to the root, with <c>/</c>.</summary>
    public IEnumerable<string> Files => _files.Order(StringComparer.Ordinal);

    /// <summary>The HTML pages, relative to the root, in order.</summary>
    public IEnumerable<string> Pages => Files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>The file that answers <paramref name="path"/> (a <see cref="SiteAddress.Path"/>), or null when none does.</summary>
    public string? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (BasePath.Length > 0)
        {
            if (path == BasePath)
                path = "";
            else if (path.StartsWith(BasePath + "/", StringComparison.Ordinal))
                path = path[(BasePath.Length + 1)..];
            else
                return null;
        }
        if (path.Length == 0 || path.EndsWith('/'))
            return _files.Contains(path + "index.html") ? path + "index.html" : null;
        if (_files.Contains(path))
            return path;
        if (_files.Contains(path + "/index.html"))
            return path + "/index.html";
        return _files.Contains(path + ".html") ? path + ".html" : null;
    }

    public string ReadPage(string page) => File.ReadAllText(Path.Combine(Root, page));

    public IReadOnlyList<string> RedirectFolders => [Root];

    public bool FollowsRedirects => false;

    public bool IsRedirected(string path) => false;

    /// <summary>The root-relative URL of a page file (<c>about/index.html</c> → <c>/about/</c>).</summary>
    public string UrlOf(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length]
            : page == "index.html" ? "" : page;
        return "/" + (BasePath.Length > 0 ? BasePath + "/" : "") + url;
    }
}
